/// Collects trace steps and the rate-book figures they use, keeping each figure once in order of first use.
public struct TraceRecorder: Sendable {
    /// The steps so far.
    public private(set) var steps: [TraceStep] = []
    /// The figures used so far.
    public private(set) var rates: [RateReference] = []

    /// Creates an empty recorder.
    public init() {}

    /// Records a step and the figures it used.
    public mutating func record(_ step: TraceStep) {
        steps.append(step)
        use(step.rates)
    }

    /// Records figures used outside any step.
    public mutating func use(_ references: [RateReference]) {
        for reference in references where !rates.contains(reference) { rates.append(reference) }
    }
}
