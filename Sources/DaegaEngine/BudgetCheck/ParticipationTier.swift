/// The company tiers of the 대기업 참여하한, from the lowest floor up.
public enum ParticipationTier: CaseIterable, Sendable {
    case recentMidsize, largeSmallerRevenue, largeBiggerRevenue

    /// The VAT-inclusive amount from which the tier may bid.
    public func floor(_ thresholds: ParticipationThresholds) -> Won {
        switch self {
        case .recentMidsize: thresholds.recentMidsize
        case .largeSmallerRevenue: thresholds.largeSmallerRevenue
        case .largeBiggerRevenue: thresholds.largeBiggerRevenue
        }
    }

    /// The firms of the tier, described with the book's figures (built only for sentences).
    public func name(_ thresholds: ParticipationThresholds) -> LocalizedText {
        let years = thresholds.recentMidsizeYears, boundary = thresholds.revenueBoundary
        return switch self {
        case .recentMidsize:
            LocalizedText(ko: "중소기업에서 중견으로 바뀐 지 \(years)년 이내 기업", en: "firms that left SME status within \(years) years")
        case .largeSmallerRevenue:
            LocalizedText(ko: "매출 \(boundary.koreanUnits) 미만 대기업", en: "large firms with revenue under \(boundary.englishUnits)")
        case .largeBiggerRevenue:
            LocalizedText(ko: "매출 \(boundary.koreanUnits) 이상 대기업", en: "large firms with revenue of \(boundary.englishUnits) or more")
        }
    }
}
