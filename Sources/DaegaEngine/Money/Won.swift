/// An exact amount of Korean won. Arithmetic is checked: overflow is an error, never a wrapped number.
public struct Won: Sendable, BitwiseCopyable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in whole won.
    public var value: Int64

    /// Creates an amount.
    /// - Parameter value: whole won.
    public init(_ value: Int64) { self.value = value }

    /// Zero won.
    public static let zero = Won(0)

    public static func < (lhs: Won, rhs: Won) -> Bool { lhs.value < rhs.value }

    /// Adds two amounts.
    /// - Throws: `DaegaError.amountOverflow` naming `what` when the sum does not fit.
    public func adding(_ other: Won, what: String) throws -> Won {
        let (sum, overflow) = value.addingReportingOverflow(other.value)
        if overflow { throw DaegaError.amountOverflow(what) }
        return Won(sum)
    }

    /// Subtracts an amount.
    /// - Throws: `DaegaError.amountOverflow` naming `what` when the difference does not fit.
    public func subtracting(_ other: Won, what: String) throws -> Won {
        let (difference, overflow) = value.subtractingReportingOverflow(other.value)
        if overflow { throw DaegaError.amountOverflow(what) }
        return Won(difference)
    }

    /// Sums amounts.
    /// - Throws: `DaegaError.amountOverflow` naming `what` when the total does not fit.
    @inline(__always)
    public static func sum(_ amounts: [Won], what: String) throws -> Won {
        try amounts.reduce(Won.zero) { try $0.adding($1, what: what) }
    }

    /// Multiplies by exact decimals and rounds once, at the end, by `step`.
    /// - Parameters:
    ///   - factors: the multipliers, applied exactly.
    ///   - step: the rounding applied to the exact product.
    ///   - what: the name of the result, for the overflow error.
    /// - Throws: `DaegaError.amountOverflow` when the result does not fit.
    @inline(__always)
    public func multiplied(by factors: [ExactDecimal], rounding step: RoundingStep, what: String) throws -> Won {
        var product = ExactProduct(self)
        for factor in factors { try product.multiply(by: factor, what: what) }
        return try product.rounded(by: step, what: what)
    }

    /// Multiplies by one exact decimal and rounds by `step`.
    /// - Throws: `DaegaError.amountOverflow` when the result does not fit.
    @inline(__always)
    public func multiplied(by factor: ExactDecimal, rounding step: RoundingStep, what: String) throws -> Won {
        var product = ExactProduct(self)
        try product.multiply(by: factor, what: what)
        return try product.rounded(by: step, what: what)
    }

    /// Multiplies by two or three exact decimals (such as a percentage and 1/100) and rounds once by `step`, as
    /// `multiplied(by: [first, second, third], …)` does, without building an array.
    /// - Throws: `DaegaError.amountOverflow` when the result does not fit.
    @inline(__always)
    public func multiplied(by first: ExactDecimal, _ second: ExactDecimal, _ third: ExactDecimal? = nil,
                           rounding step: RoundingStep, what: String) throws -> Won {
        var product = ExactProduct(self)
        try product.multiply(by: first, what: what)
        try product.multiply(by: second, what: what)
        if let third { try product.multiply(by: third, what: what) }
        return try product.rounded(by: step, what: what)
    }

    /// The ratio `self / other` as a percentage with `decimals` places, rounded half away from zero.
    /// - Returns: `nil` when `other` is zero.
    public func percent(of other: Won, decimals: Int = 1) -> ExactDecimal? {
        WonTotal(self).percent(of: WonTotal(other), decimals: decimals)
    }

    /// The amount with thousands separators, e.g. `68,467,488`.
    public var grouped: String { WonTotal(self).grouped }

    public var description: String { grouped }
}
