/// A calendar day (no time, no zone), for effective dates of rate books.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Year, e.g. 2025.
    public var year: Int
    /// Month 1…12.
    public var month: Int
    /// Day 1…31.
    public var day: Int

    /// Creates a date; returns `nil` for an impossible day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(parsing text: some StringProtocol) {
        let parts = String(text).split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The following day.
    public var nextDay: CalendarDate {
        CalendarDate(year: year, month: month, day: day + 1) ?? CalendarDate(year: year, month: month + 1, day: 1)
            ?? CalendarDate(year: year + 1, month: 1, day: 1)!
    }

    /// The day before.
    public var previousDay: CalendarDate {
        if let day = CalendarDate(year: year, month: month, day: day - 1) { return day }
        if month == 1 { return CalendarDate(year: year - 1, month: 12, day: 31)! }
        return (28...31).reversed().lazy.compactMap { CalendarDate(year: year, month: month - 1, day: $0) }.first!
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        padded(year, width: 4) + "-" + padded(month, width: 2) + "-" + padded(day, width: 2)
    }
}

private func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
