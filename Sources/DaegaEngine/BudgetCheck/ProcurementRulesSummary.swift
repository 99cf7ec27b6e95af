extension ProcurementRules {
    /// Every figure of this rule set for listing.
    public var summary: RateBookSummary {
        func row(_ reference: RateReference, _ value: String) -> RateFigureListing {
            RateFigureListing(key: reference.key, value: value, reference: reference)
        }
        let thresholds = participationThresholds.value, score = priceScore.value
        var figures = [
            row(awardRatioPercent.reference, "예산의 \(awardRatioPercent.value)%"),
            row(participationThresholds.reference, ParticipationTier.allCases.map { "\($0.name(thresholds).ko) \($0.floor(thresholds).grouped)원" }
                    .joined(separator: ", ") + " 이상 (VAT 포함)"),
            row(participationMarginPercent.reference, "참여하한의 \(participationMarginPercent.value)% 이내"),
            row(conglomerateBan.reference, conglomerateBan.value ? "참여 제한" : "제한 없음"),
            row(directPurchase.reference, "사업 \(directPurchase.value.project.grouped)원 이상, 제품 \(directPurchase.value.product.grouped)원 이상"),
            row(simplifiedTaskReviewUpTo.reference, "\(simplifiedTaskReviewUpTo.value.grouped)원 이하 간소화 심의"),
            row(priceScore.reference, "기술 \(score.technicalPoints) : 가격 \(score.pricePoints), 추정가격 \(score.lowBidPercent)% 미만 저가 산식, \(score.floorPercent)% 미만은 \(score.floorPercent)%로, 소수 \(score.decimals)자리"),
            row(negotiationQualificationPercent.reference, "기술점수 배점의 \(negotiationQualificationPercent.value)% 이상"),
            row(tenderFailureRates.reference, tenderFailureRates.value.sorted { $0.key < $1.key }.map { "\($0.key)년 \($0.value)%" }.joined(separator: ", ")),
            row(vatExclusiveTolerancePercent.reference, "±\(vatExclusiveTolerancePercent.value)%"),
        ]
        if let contractChange { figures += contractChange.listings }
        return RateBookSummary(book: book, title: title, kind: "procurement", effectiveFrom: effectiveFrom, figures: figures)
    }
}
