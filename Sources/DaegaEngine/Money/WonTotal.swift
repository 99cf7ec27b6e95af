/// A sum of won amounts in 128 bits: a portfolio's total budget or cost, which can pass the 64-bit range of one
/// ``Won`` even when every project's amount fits (2^64 amounts of the largest `Won` still fit).
public struct WonTotal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The sum in won.
    public private(set) var value: Int128

    /// Zero.
    public static let zero = WonTotal(Won.zero)

    /// A total of one amount.
    public init(_ amount: Won) {
        value = Int128(amount.value)
    }

    /// Adds one amount; a 128-bit sum of 64-bit amounts overflows only after more than 2^63 of them.
    public mutating func add(_ amount: Won) {
        value += Int128(amount.value)
    }

    /// The ratio `self / other` as a percentage with `decimals` places, rounded half away from zero.
    /// - Returns: `nil` when `other` is zero or the percentage does not fit in an `ExactDecimal`.
    public func percent(of other: WonTotal, decimals: Int = 1) -> ExactDecimal? {
        guard other.value != 0 else { return nil }
        // In 64 bits when the amounts and the scaled one fit, as a project's do; the same quotient as in 128.
        if let amount = Int64(exactly: value), let base = Int64(exactly: other.value), base != .min,
           let hundredfold = ExactDecimal.narrowScaled(amount, by: decimals + 2), hundredfold != .min {
            let units = base > 0 ? RoundingRule.toNearestOrAway.divideNarrow(hundredfold, by: base)
                : RoundingRule.toNearestOrAway.divideNarrow(-hundredfold, by: -base)
            return ExactDecimal(significand: units, scale: decimals)
        }
        let (hundredfold, overflow) = value.multipliedReportingOverflow(by: 100 * ExactDecimal.powerOfTen(decimals))
        guard !overflow else { return nil }
        let units = other.value > 0
            ? RoundingRule.toNearestOrAway.divide(hundredfold, by: other.value)
            : RoundingRule.toNearestOrAway.divide(-hundredfold, by: -other.value)
        guard let significand = Int64(exactly: units) else { return nil }
        return ExactDecimal(significand: significand, scale: decimals)
    }

    /// The total with thousands separators, e.g. `12,345,678,901,234,567,890`.
    public var grouped: String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    public var description: String { grouped }

    public static func < (a: WonTotal, b: WonTotal) -> Bool { a.value < b.value }
}
