/// A small, seeded pseudo-random generator (SplitMix64, Steele–Lea–Flood 2014): the same seed gives the same
/// sequence on every machine, so a range is repeatable. Not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1) from the top 53 bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform whole number in `0..<count` (`count` > 0), without modulo bias.
    public mutating func below(_ count: Int) -> Int { Int(next(upperBound: UInt64(count))) }
}
