import DaegaEngine

/// The terminal report of an early size: the range, the cost range, the mapping line by line and what to count next.
public enum SizeText {
    /// Renders a size estimate in `language`.
    public static func render(_ estimate: SizeEstimate, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        let fp: (ExactDecimal) -> String = { "\($0.grouped) FP" }
        var report = TextReport(title: ko ? "기능 목록 이전 규모 추정 — \(estimate.costs.likely.editionTitle)"
                                          : "Size before a function list — \(estimate.costs.likely.editionTitle)")
        let stage = ko ? estimate.stage.koreanName : estimate.stage.englishName
        report.rows(ko ? "방법과 단계" : "Method and stage", [
            (ko ? "방법" : "Method", estimate.method.name.text(language), ko ? "방법 오차 ±\(estimate.errorPercent)%" : "method error ±\(estimate.errorPercent)%"),
            (ko ? "단계" : "Stage", stage, ko ? "예상 증가 ×\(estimate.band.growth), 폭 ×\(estimate.band.low)~×\(estimate.band.high)"
                                               : "growth ×\(estimate.band.growth), band ×\(estimate.band.low)–×\(estimate.band.high)"),
            (ko ? "센 규모 (증가 전)" : "Counted size (before growth)", fp(estimate.countedFunctionPoints), nil),
        ])
        let costs = estimate.costWithVAT
        report.rows(ko ? "규모와 개발비 (VAT 포함)" : "Size and cost (incl. VAT)", [
            (ko ? "최저" : "Low", fp(estimate.functionPoints.low), won(costs.low)),
            (ko ? "가능성 높음" : "Likely", fp(estimate.functionPoints.likely), won(costs.likely)),
            (ko ? "최고" : "High", fp(estimate.functionPoints.high), won(costs.high)),
        ])
        report.rows(ko ? "센 항목 (유형 대응)" : "What was counted (type mapping)", estimate.lines.map { line in
            let place = line.line.map { ko ? "\($0)행 " : "line \($0): " } ?? ""
            let type = line.type.map { " → \($0.rawValue.uppercased())" } ?? ""
            return (place + line.label.text(language), fp(line.points),
                    "\(line.kind)\(type) \(line.quantity) × \(line.weight)")
        })
        report.bullets(ko ? "다음에 셀 것 (범위를 가장 많이 줄이는 순)" : "What to count next (most narrowing first)",
                       estimate.nextToCount.map { $0.text.text(language) })
        report.bullets(ko ? "규모 추정 참고값의 출처 (모두 가이드 밖의 참고값)" : "Sources of the sizing figures (none from the guide)",
                       estimate.sizingReferences.map { "[\($0.origin.label.text(language)), \($0.reference.status.rawValue)] \($0.reference.source)" })
        report.provenance(notes: estimate.notes, rates: estimate.costs.likely.rates, language: language)
        return report.rendered
    }
}
