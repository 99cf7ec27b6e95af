import DaegaEngine

/// A table of 협상 price scores for several bids, to show how little a deep discount buys.
public struct PriceScoreTable: Sendable {
    /// One bid's score.
    public struct Row: Sendable {
        /// The bid as a percentage of 추정가격.
        public var bidPercent: ExactDecimal
        /// Its price score.
        public var score: ExactDecimal
    }

    /// The rows, highest bid first.
    public var rows: [Row]
    /// The lowest bid, which every score is measured against.
    public var lowestPercent: ExactDecimal
    /// The rule used, with the weights chosen.
    public var rule: Sourced<PriceScoreRule>
    /// The case that allows the alternative weights, when they were chosen.
    public var weightCase: PriceWeightCase?
    /// The alternative weights' rule, when they were chosen.
    public var alternativeWeights: Sourced<AlternativePriceWeights>?

    /// Scores every bid against the lowest of them.
    /// - Parameters:
    ///   - rule: the book's rule with the weights already chosen (see ``PriceWeightsChoice``).
    ///   - alternative: the case and the book's alternative weights, when `rule` carries them.
    /// - Throws: `DaegaError` for a bid that is not positive.
    public init(bids: [ExactDecimal], rule: Sourced<PriceScoreRule>,
                alternative: (PriceWeightCase, Sourced<AlternativePriceWeights>)? = nil) throws {
        let lowest = bids.min() ?? .zero
        rows = try bids.sorted(by: >).map { Row(bidPercent: $0, score: try PriceScore.score(bidPercent: $0, lowestPercent: lowest, rule: rule.value)) }
        lowestPercent = lowest
        self.rule = rule
        weightCase = alternative?.0
        alternativeWeights = alternative?.1
    }

    /// The table as text.
    public func rendered(_ language: Language) -> String {
        let ko = language == .ko
        let r = rule.value
        var report = TextReport(title: ko ? "협상에 의한 계약 가격점수 (기술 \(r.technicalPoints) : 가격 \(r.pricePoints))"
                                          : "Negotiated-contract price score (technical \(r.technicalPoints) : price \(r.pricePoints))")
        let top = rows.first?.score ?? .zero
        report.rows(ko ? "입찰률 (추정가격 대비) → 가격점수, 최저 입찰 \(lowestPercent)% 기준" : "Bid (of estimated price) → price score, lowest bid \(lowestPercent)%",
                    rows.map { row in
                        let gain = row.score.adding(top.negated)!
                        return ("\(row.bidPercent)%", row.score.fixedText, ko ? "최고 입찰 대비 +\(gain.fixedText)점" : "+\(gain.fixedText) vs the highest bid")
                    })
        report.bullets(ko ? "읽는 법" : "How to read", [
            ko ? "가격 배점은 \(r.pricePoints)점뿐이라 큰 폭의 할인도 몇 점을 더할 뿐이고, 기술점수(\(r.technicalPoints)점)의 차이가 결과를 정합니다."
               : "Price carries only \(r.pricePoints) points, so a deep discount adds a few points at most; the technical score (\(r.technicalPoints)) decides.",
            ko ? "추정가격의 \(r.lowBidPercent)% 미만 입찰은 저가 산식으로 계산하고, \(r.floorPercent)% 미만은 \(r.floorPercent)%로 봅니다."
               : "Bids under \(r.lowBidPercent)% of the estimated price use the low-bid formula; under \(r.floorPercent)% they count as \(r.floorPercent)%.",
            "\(ko ? "근거" : "Rule"): \(rule.reference.source)",
        ] + alternativeLines(language))
        return report.rendered
    }
}

extension PriceScoreTable {
    /// The lines naming the case that allows the alternative weights, and its source; none for the default weights.
    func alternativeLines(_ language: Language) -> [String] {
        guard let weightCase, let alternativeWeights else { return [] }
        let name = weightCase.name(alternativeWeights.value)
        return language == .ko
            ? ["배점 \(alternativeWeights.value.text) 적용 사유: \(name.ko) (행정안전부 「행정기관 및 공공기관 정보시스템 구축·운영 지침」 제18조)",
               "예외 배점 근거: \(alternativeWeights.reference.source)"]
            : ["Weights \(alternativeWeights.value.text) because: \(name.en) (Ministry of the Interior and Safety information system guideline art. 18)",
               "Alternative weights rule: \(alternativeWeights.reference.source)"]
    }

    /// The table as JSON.
    public var json: JSONValue {
        .object([
            ("technical_points", .int(rule.value.technicalPoints)), ("price_points", .int(rule.value.pricePoints)),
            ("lowest_bid_pct", .number(lowestPercent)),
            ("bids", .array(rows.map { .object([("bid_pct", .number($0.bidPercent)), ("price_score", .number($0.score))]) })),
            ("rule", TraceJSON.reference(rule.reference)),
        ] + (weightCase.flatMap { weightCase in alternativeWeights.map { weights in [
            ("weights_case", JSONValue.string(weightCase.rawValue)),
            ("weights_case_name", .string(weightCase.name(weights.value).ko)),
            ("weights_rule", TraceJSON.reference(weights.reference)),
        ] } } ?? []))
    }
}
