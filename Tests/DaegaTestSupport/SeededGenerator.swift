import DaegaEngine

/// The engine's seeded generator (SplitMix64), so property tests repeat exactly.
public typealias SeededGenerator = SplitMix64
