/// How a range is simulated: the stage whose size band applies (none when the size is exact), how many samples,
/// and the seed that makes the run repeatable.
public struct RangeSettings: Sendable, Equatable {
    /// The default number of samples.
    public static let defaultSamples = 1_000
    /// The most samples accepted.
    public static let maximumSamples = 100_000
    /// The default seed (any fixed value; the year the feature was written).
    public static let defaultSeed: UInt64 = 2026

    /// The stage whose size band applies; `nil` when the size is taken as exact.
    public var stage: SizingStage?
    /// How many samples.
    public var samples: Int
    /// The generator's seed.
    public var seed: UInt64

    /// Creates settings.
    public init(stage: SizingStage? = nil, samples: Int = defaultSamples, seed: UInt64 = defaultSeed) {
        self.stage = stage
        self.samples = samples
        self.seed = seed
    }
}
