/// A project's planned 하도급: the share of the project amount (goods and 상용SW purchase excluded) given to
/// subcontractors, and whether they subcontract again (재하도급).
public struct SubcontractingPlan: Sendable, Equatable {
    /// The subcontracted share, percent of 사업금액 without goods and 상용SW.
    public var percent: ExactDecimal
    /// Whether a subcontractor passes work on again.
    public var resubcontracting: Bool

    /// Creates a plan.
    public init(percent: ExactDecimal, resubcontracting: Bool = false) {
        self.percent = percent
        self.resubcontracting = resubcontracting
    }
}
