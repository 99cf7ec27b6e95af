import DaegaEngine

/// One cell read from a sheet: what kind of value it holds, its text, and whether it came from a formula
/// (then the text is the value last saved with the file, which daega never recalculates).
public struct WorksheetCell: Sendable, Equatable {
    /// The kind of value.
    public enum Kind: Sendable, Equatable {
        /// Text (shared, inline or a formula's text result).
        case text
        /// A number, `text` being its decimal digits as stored (e.g. `68467488`, `0.873`, `1E-3`).
        case number
        /// A number shown as a date or time by its cell format.
        case date
        /// `TRUE` or `FALSE`.
        case boolean
        /// An error value such as `#DIV/0!`.
        case error
    }

    /// The kind of value.
    public var kind: Kind
    /// The value as text.
    public var text: String
    /// Whether the cell holds a formula.
    public var isFormula: Bool

    /// Creates a cell.
    public init(kind: Kind, text: String, isFormula: Bool = false) {
        self.kind = kind
        self.text = text
        self.isFormula = isFormula
    }

    /// Why the cell cannot stand for a number typed in, or `nil` when it can: a formula (never recalculated by
    /// daega), a date, an error value or true/false.
    public var problemAsTypedNumber: String? {
        if isFormula { return "수식 셀입니다 (저장된 값 '\(text)'; daega는 수식을 다시 계산하지 않습니다)" }
        switch kind {
        case .date: return "날짜 형식 셀입니다"
        case .error: return "오류 값 \(text)입니다"
        case .boolean: return "참/거짓 값입니다"
        case .text, .number: return nil
        }
    }

    /// The value as a record field: numbers in plain decimal digits (exponents expanded when exact), booleans as
    /// `TRUE`/`FALSE`, anything else as stored.
    public var fieldText: String {
        guard kind == .number else { return text }
        return Self.plainDecimal(text) ?? text
    }

    /// `1.5E3` → `1500`, `6.8467488E7` → `68467488`, `-2.5E-2` → `-0.025`; plain digits unchanged; `nil` when
    /// `text` is not a number.
    static func plainDecimal(_ text: String) -> String? {
        // Most stored numbers are already plain digits: keep them without taking them apart.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), ExactDecimal(parsing: text) != nil {
            return text
        }
        let parts = text.uppercased().split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false)
        guard let mantissa = parts.first, !mantissa.isEmpty else { return nil }
        guard parts.count == 2 else { return ExactDecimal(parsing: mantissa) == nil && Double(mantissa) == nil ? nil : String(mantissa) }
        guard let exponent = Int(parts[1]), abs(exponent) <= 30 else { return nil }
        let negative = mantissa.hasPrefix("-")
        let unsigned = mantissa.drop { $0 == "-" || $0 == "+" }
        let pieces = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(pieces[0]), fraction = pieces.count == 2 ? String(pieces[1]) : ""
        guard !(whole + fraction).isEmpty, (whole + fraction).allSatisfy(\.isASCII), (whole + fraction).allSatisfy(\.isNumber) else { return nil }
        var digits = whole + fraction
        var point = whole.count + exponent
        if point < 0 {
            digits = String(repeating: "0", count: -point) + digits
            point = 0
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var integerPart = String(digits.prefix(point)).drop { $0 == "0" }
        var fractionPart = Substring(digits.dropFirst(point))
        while fractionPart.last == "0" { fractionPart = fractionPart.dropLast() }
        if integerPart.isEmpty { integerPart = "0" }
        let body = fractionPart.isEmpty ? String(integerPart) : "\(integerPart).\(fractionPart)"
        return (negative && body != "0" ? "-" : "") + body
    }
}
