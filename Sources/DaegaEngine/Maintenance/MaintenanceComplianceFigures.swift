/// A rate below a threshold: both rates and how much of the threshold the rate is.
public struct RateShortfall: Sendable, BitwiseCopyable, Equatable {
    /// The budget's rate (percent).
    public var rate: ExactDecimal
    /// The threshold it falls below (percent).
    public var threshold: ExactDecimal
    /// `rate` as a percentage of `threshold`, one decimal, truncated.
    public var ratioPercent: ExactDecimal
}

/// An application-SW rate against the guide's rules, as ``MaintenanceComplianceCore`` decides it.
public struct ApplicationRateCheck: Sendable, BitwiseCopyable, Equatable {
    /// Below the range's low end, when it is.
    public var belowRange: RateShortfall?
    /// Below the TMP-based rate, when it is.
    public var belowDifficulty: RateShortfall?
}

/// A commercial-SW rate against the guide's rules, as ``MaintenanceComplianceCore`` decides it.
public struct CommercialRateCheck: Sendable, BitwiseCopyable, Equatable {
    /// Below the book's floor whatever the grade, when it is.
    public var belowFloor: RateShortfall?
    /// Below the grade's rate (or the products' weighted rate), when it is.
    public var belowGrade: RateShortfall?
}
