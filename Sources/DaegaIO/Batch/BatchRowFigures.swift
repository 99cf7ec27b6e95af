import DaegaEngine

/// What a batch row's core check found: the figures of its result columns and its findings.
struct BatchRowFigures {
    /// The function-point size, 개발비 with and without VAT, and the cost without profit, when a scope was given.
    typealias FunctionPoints = (size: ExactDecimal, total: Won, withVAT: Won, costWithoutMargin: Won)
    /// The man-month 사업대가 with and without VAT, the man-months, and the cost without technical fee.
    typealias ManMonths = (total: Won, withVAT: Won, manMonths: ExactDecimal?, costWithoutMargin: Won)

    /// The budget, VAT 포함.
    var budget: Won
    /// The function-point figures, when a scope was given.
    var functionPoints: FunctionPoints?
    /// The man-month figures, when staffing was given.
    var manMonths: ManMonths?
    /// The proper cost the budget is measured against, VAT 포함.
    var properCostWithVAT: Won
    /// The budget against the proper cost.
    var coverage: CoverageFigures
    /// The findings, most severe first.
    var findings: BatchRowFindings
}
