/// 영향계수 of the guide's redevelopment form: the share of a changed function's weight that is counted, by band of
/// 기능변경률 (e.g. up to 25% → 0.25, up to 50% → 0.5, up to 75% → 0.75, up to 100% → 1.0).
public struct ImpactFactorTable: Sendable, Equatable {
    /// One band: rates up to `upperPercent` (inclusive) take `factor`.
    public struct Band: Sendable, Equatable {
        /// The band's highest change rate, in percent.
        public var upperPercent: ExactDecimal
        /// The 영향계수 of the band.
        public var factor: ExactDecimal

        /// Creates a band.
        public init(upperPercent: ExactDecimal, factor: ExactDecimal) {
            self.upperPercent = upperPercent
            self.factor = factor
        }
    }

    /// The bands in ascending order; the last ends at 100%.
    public var bands: [Band]

    /// Creates a table; the rate-book reader checks the order and the 100% end.
    public init(bands: [Band]) { self.bands = bands }

    /// The band a change rate falls in (rates above 100% are rejected before this is asked).
    public func band(for rate: ChangeRate) -> Band {
        bands.first { rate.isAtMost(percent: $0.upperPercent) } ?? bands[bands.count - 1]
    }
}
