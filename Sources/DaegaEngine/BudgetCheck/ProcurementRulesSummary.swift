extension ProcurementRuleBook {
    /// Every version of every rule for listing, each with the days it was in force.
    public var summary: RateBookSummary {
        var figures: [RateFigureListing] = []
        func rows<Value>(_ rule: DatedRule<Value>, _ describe: (Value) -> String) {
            for version in rule.versions {
                figures.append(RateFigureListing(key: rule.name, value: "\(version.period): \(describe(version.value.value))",
                                                 reference: version.value.reference))
            }
        }
        rows(awardRatioPercent) { "예산의 \($0)%" }
        rows(awardRatioComparisonPercent) { "비교용 낙찰률 \($0)%" }
        rows(participationThresholds) { thresholds in
            ParticipationTier.allCases.map { "\($0.name(thresholds).ko) \($0.floor(thresholds).grouped)원" }.joined(separator: ", ") + " 이상 (VAT 포함)"
        }
        rows(participationMarginPercent) { "참여하한의 \($0)% 이내" }
        rows(conglomerateBan) { $0 ? "참여 제한" : "제한 없음" }
        rows(directPurchase) { "사업 \($0.project.grouped)원 이상, 제품 \($0.product.grouped)원 이상" }
        rows(simplifiedTaskReviewUpTo) { "\($0.grouped)원 이하 간소화 심의" }
        rows(priceScore) { score in
            "기술 \(score.technicalPoints) : 가격 \(score.pricePoints), 추정가격 \(score.lowBidPercent)% 미만 저가 산식, \(score.floorPercent)% 미만은 \(score.floorPercent)%로, 소수 \(score.decimals)자리"
        }
        rows(negotiationQualificationPercent) { "기술점수 배점의 \($0)% 이상" }
        rows(tenderFailureRates) { $0.sorted { $0.key < $1.key }.map { "\($0.key)년 \($0.value)%" }.joined(separator: ", ") }
        rows(vatExclusiveTolerancePercent) { "±\($0)%" }
        return RateBookSummary(book: book, title: title, kind: "procurement", effectiveFrom: effectiveFrom, figures: figures)
    }
}
