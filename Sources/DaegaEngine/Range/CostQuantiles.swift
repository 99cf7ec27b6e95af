/// The P10, P50 and P90 of a simulated cost, and every sample sorted (for an S-curve).
public struct CostQuantiles: Sendable, Equatable {
    /// 10th percentile.
    public var p10: Won
    /// Median.
    public var p50: Won
    /// 90th percentile.
    public var p90: Won
    /// Every sample's cost, smallest first.
    public var sorted: [Won]

    /// Quantiles of `samples` by the nearest-rank rule: Pq is the ⌈q·n⌉-th smallest sample.
    /// - Precondition: `samples` is not empty.
    public init(_ samples: [Won]) {
        precondition(!samples.isEmpty, "quantiles of no sample")
        let ordered = samples.sorted()
        func rank(_ percent: Int) -> Won { ordered[max(0, (percent * ordered.count + 99) / 100 - 1)] }
        sorted = ordered
        p10 = rank(10)
        p50 = rank(50)
        p90 = rank(90)
    }

    /// The share of samples at or below `amount` (its cumulative probability), in thousandths.
    public func permilleAtOrBelow(_ amount: Won) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= amount { low = middle + 1 } else { high = middle }
        }
        return Int(RoundingRule.toNearestOrAway.divide(Int128(low) * 1000, by: Int128(sorted.count)))
    }
}
