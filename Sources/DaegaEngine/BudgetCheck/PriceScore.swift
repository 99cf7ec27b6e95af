/// The 협상에 의한 계약 price score of a bid, with bids as percentages of 추정가격.
///
/// bid ≥ 80%: P × L ÷ bid. bid < 80%: P × L ÷ 80 + 2 × (80 − b) ÷ (80 − 60) with b = max(bid, 60).
/// L is the lowest valid bid; the result is rounded half away from zero to the rule's decimals.
public enum PriceScore {
    /// The score of `bidPercent` when the lowest bid is `lowestPercent`.
    /// - Throws: `DaegaError` when a percentage is not positive or the lowest bid exceeds the bid.
    public static func score(bidPercent: ExactDecimal, lowestPercent: ExactDecimal, rule: PriceScoreRule) throws -> ExactDecimal {
        guard bidPercent > .zero, lowestPercent > .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("bids"), "입찰률은 0보다 커야 합니다", expected: "추정가격 대비 % (예: 85)")
        }
        guard lowestPercent <= bidPercent else {
            throw DaegaError(.conflictingInputs, at: .field("lowest"), "최저 입찰률 \(lowestPercent)%가 입찰률 \(bidPercent)%보다 큽니다",
                             expected: "입찰률 이하의 최저 입찰률")
        }
        let scale = max(bidPercent.scale, lowestPercent.scale, rule.lowBidPercent.scale, rule.floorPercent.scale)
        let bid = bidPercent.significand(atScale: scale), lowest = lowestPercent.significand(atScale: scale)
        let low = rule.lowBidPercent.significand(atScale: scale), floor = rule.floorPercent.significand(atScale: scale)
        let points = Int128(rule.pricePoints), bonus = Int128(rule.bonusPoints)
        let unit = ExactDecimal.powerOfTen(rule.decimals)
        let scaled: Int128
        if bid >= low {
            scaled = RoundingRule.toNearestOrAway.divide(points * lowest * unit, by: bid)
        } else {
            let b = max(bid, floor)
            // P × L / low + bonus × (low − b) / (low − floor), over the common denominator low × (low − floor).
            let numerator = points * lowest * (low - floor) + bonus * (low - b) * low
            scaled = RoundingRule.toNearestOrAway.divide(numerator * unit, by: low * (low - floor))
        }
        return ExactDecimal(significand: Int64(scaled), scale: rule.decimals)
    }
}
