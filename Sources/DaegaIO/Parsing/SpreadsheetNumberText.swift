import DaegaEngine
import Foundation

/// Numbers as spreadsheet users type them, read exactly: full-width digits (`１２０`), thousands separators that
/// group by three, a won sign in front (`￦`, `₩`, or `\` as Korean fonts show it), and Korean units in amounts
/// (`4억`, `1.5억원`, `3천만원`, `1억 5천만원`). What could mean two things is refused rather than guessed: `0,500`,
/// `1,23`, `1.234.567` and units out of order (`5천 1억`).
///
/// This is the slow path behind ``ValueText``: a cell of plain ASCII digits never comes here.
enum SpreadsheetNumberText {
    /// A decimal number read from text: `significand × 10^-scale`.
    struct Number: Equatable {
        /// The digits as one integer.
        var significand: Int128
        /// How many of them are after the point.
        var scale: Int
    }

    /// What a cell's text holds.
    enum Reading: Equatable {
        /// A number.
        case number(Number)
        /// Not a number in any accepted form (or an ambiguous one).
        case unreadable
        /// More digits than 38.
        case tooLarge
    }

    /// What an amount cell holds.
    enum AmountReading: Equatable {
        /// A whole number of won.
        case won(Int128)
        /// Not an amount in any accepted form (or an ambiguous one).
        case unreadable
        /// A fraction of a won (`0.5원`, `1.23456789억`).
        case notWhole
        /// More than any `Int128` holds.
        case tooLarge
    }

    /// The text with compatibility forms folded (full-width digits, `，`, `．`, `％` and `￦` become their ASCII or
    /// usual forms) and white space trimmed.
    static func folded(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        let trimmed = utf8.trimmingWhiteSpace
        // ASCII needs no folding (the common case: `1,250.5`); only other text pays for normalisation.
        guard trimmed.contains(where: { $0 >= 0x80 }) else { return String(decoding: trimmed, as: UTF8.self) }
        return String(decoding: trimmed, as: UTF8.self).precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
    }

    /// Reads a decimal number with an optional sign and one of `suffixes` after it (`144%` with `["%"]`).
    /// - Parameters:
    ///   - text: folded text (see ``folded(_:)``).
    ///   - suffixes: units allowed after the number.
    static func number(_ text: String, suffixes: [String] = []) -> Reading {
        var body = Substring(text)
        if let suffix = suffixes.first(where: { body.hasSuffix($0) }) {
            body = body.dropLast(suffix.count)
            while body.last?.isWhitespace == true { body = body.dropLast() }
        }
        let negative = body.first == "-"
        if negative || body.first == "+" { body = body.dropFirst() }
        let reading = grouped(body)
        guard case var .number(number) = reading else { return reading }
        if negative { number.significand.negate() }
        return .number(number)
    }

    /// Reads an amount in won: `￦400,000,000`, `400,000,000원`, `4억`, `1.5억원`, `3천만원`, `1억 5천만원`.
    /// - Parameter text: folded text (see ``folded(_:)``).
    static func won(_ text: String) -> AmountReading {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        if body.first == "₩" || body.first == "\\" { body = body.dropFirst().drop(while: \.isWhitespace) }
        if body.last == "원" { body = body.dropLast() }
        while body.last?.isWhitespace == true { body = body.dropLast() }
        guard !body.isEmpty else { return .unreadable }
        var total: Int128 = 0
        var previousExponent = Int.max
        while !body.isEmpty {
            let end = body.firstIndex { !($0.isASCIIDigit || $0 == "," || $0 == ".") } ?? body.endIndex
            let term: Number
            switch grouped(body[..<end]) {
            case let .number(number): term = number
            case .tooLarge: return .tooLarge
            case .unreadable: return .unreadable
            }
            body = body[end...]
            guard let unit = units.first(where: { body.hasPrefix($0.name) }) ?? (body.isEmpty ? ("", 0) : nil),
                  unit.exponent < previousExponent else { return .unreadable }
            body = body.dropFirst(unit.name.count).drop(while: \.isWhitespace)
            previousExponent = unit.exponent
            guard let scaled = multiply(term.significand, byPowerOfTen: unit.exponent) else { return .tooLarge }
            let divisor = ExactDecimal.powerOfTen(term.scale)
            guard scaled % divisor == 0 else { return .notWhole }
            let (sum, overflow) = total.addingReportingOverflow(scaled / divisor)
            guard !overflow else { return .tooLarge }
            total = sum
        }
        return .won(negative ? -total : total)
    }

    /// Korean amount units, longest first where one starts another (`천만` before `천`).
    private static let units: [(name: String, exponent: Int)] = [
        ("억", 8), ("천만", 7), ("백만", 6), ("십만", 5), ("만", 4), ("천", 3), ("백", 2),
    ]

    /// Reads unsigned digits grouped by three with commas (or not grouped) and an optional fraction after a point.
    private static func grouped(_ text: Substring) -> Reading {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? parts[1] : ""
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), fraction.allSatisfy(\.isASCIIDigit),
              parts.count == 1 || !fraction.isEmpty else { return .unreadable }
        guard fraction.count <= 38 else { return .tooLarge }
        if groups.count > 1 {
            // `0,500` could be a half or five hundred; `1,23` is not grouped by three.
            guard groups[0].count <= 3, groups[0].first != "0", groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .unreadable }
        }
        var significand: Int128 = 0
        for digit in groups.joined() + fraction {
            guard let next = multiply(significand, byPowerOfTen: 1) else { return .tooLarge }
            let (sum, overflow) = next.addingReportingOverflow(Int128(digit.asciiValue! - UInt8(ascii: "0")))
            guard !overflow else { return .tooLarge }
            significand = sum
        }
        return .number(Number(significand: significand, scale: fraction.count))
    }

    /// `value × 10^exponent`, or `nil` when it does not fit.
    private static func multiply(_ value: Int128, byPowerOfTen exponent: Int) -> Int128? {
        let (product, overflow) = value.multipliedReportingOverflow(by: ExactDecimal.powerOfTen(exponent))
        return overflow ? nil : product
    }
}

private extension Character {
    /// Whether this is one of `0`…`9` alone (`8` with a combining mark after it is not: a found fuzz case).
    var isASCIIDigit: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
