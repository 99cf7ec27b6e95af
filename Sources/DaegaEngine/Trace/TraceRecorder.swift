/// Collects trace steps and the rate-book figures they use, keeping each figure once in order of first use.
/// Under `.silent` narration nothing is built or kept.
public struct TraceRecorder: Sendable {
    /// The steps so far.
    public private(set) var steps: [TraceStep] = []
    /// The figures used so far.
    public private(set) var rates: [RateReference] = []
    /// Whether steps are recorded.
    public let narration: Narration

    /// Creates an empty recorder.
    public init(_ narration: Narration = .full) { self.narration = narration }

    /// Records a step and the figures it used, building the step only when narrating.
    public mutating func record(_ step: @autoclosure () -> TraceStep) {
        guard narration == .full else { return }
        let built = step()
        steps.append(built)
        use(built.rates)
    }

    /// Records figures used outside any step.
    public mutating func use(_ references: @autoclosure () -> [RateReference]) {
        guard narration == .full else { return }
        for reference in references() where !rates.contains(reference) { rates.append(reference) }
    }
}
