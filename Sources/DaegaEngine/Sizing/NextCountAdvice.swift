/// Works out what an officer should count next: the step that narrows the size band most comes first.
///
/// The band's width is (stage high × (1 + method error)) ÷ (stage low × (1 − method error)); each advice says
/// which step lowers it and to what, from the sizing book's own figures.
enum NextCountAdvice {
    static func advise(method: SizingMethod, stage: SizingStage, lines: [SizedLine], counted: ExactDecimal,
                       book: SizingBook) -> [NextCount] {
        func width(_ method: SizingMethod?, _ stage: SizingStage) -> ExactDecimal {
            let band = book.band(stage)
            let error = method.map { book.errorPercent[$0]!.value } ?? .zero
            let high = band.high.multiplied(by: ExactDecimal(100).adding(error)!)!
            let low = band.low.multiplied(by: ExactDecimal(100).adding(error.negated)!)!
            let ratio = RoundingRule.toNearestOrAway.divide(Int128(high.significand) * 100 * ExactDecimal.powerOfTen(low.scale),
                                                            by: Int128(low.significand) * ExactDecimal.powerOfTen(high.scale))
            return ExactDecimal(significand: Int64(ratio), scale: 2)
        }
        let now = width(method, stage)
        var advice: [NextCount] = []
        let widthText: (ExactDecimal) -> String = { "×\($0.fixedText)" }
        let (code, better, action): (String, SizingMethod?, LocalizedText) = switch method {
        case .indicative:
            ("count_transactions", .estimated, LocalizedText(
                ko: "등록·수정 화면, 조회 화면, 보고서, 연계, 배치 작업 수를 세어 추정 개수법으로 하면",
                en: "Count entry and inquiry screens, reports, interfaces and batch jobs (the estimated count):"))
        case .estimated:
            ("list_requirements", .listed, LocalizedText(
                ko: "요구사항을 한 줄씩 목록(--requirements CSV)으로 적어 간이법으로 하면",
                en: "List the requirements one per line (--requirements CSV, the 간이법):"))
        case .listed:
            ("count_detailed", nil, LocalizedText(
                ko: "설계 정보(DET, RET/FTR)가 생긴 뒤 정통법으로 세면(daega fp --functions)",
                en: "Once design detail (DET, RET/FTR) exists, count by the detailed method (daega fp --functions):"))
        }
        let after = width(better, stage)
        let from = book.errorPercent[method]!.value, to = better.map { book.errorPercent[$0]!.value } ?? .zero
        advice.append(NextCount(code: code, text: LocalizedText(
            ko: "\(action.ko) 방법 오차가 ±\(from)%에서 ±\(to)%로 줄고, 범위 폭(최고÷최저)이 \(widthText(now))에서 \(widthText(after))로 좁아집니다.",
            en: "\(action.en) the method error falls from ±\(from)% to ±\(to)% and the band (high ÷ low) from \(widthText(now)) to \(widthText(after))."),
            widthAfter: after))
        if let next = SizingStage.allCases.drop(while: { $0 != stage }).dropFirst().first {
            let after = width(method, next)
            let band = book.band(next)
            advice.append(NextCount(code: "firm_up_scope", text: LocalizedText(
                ko: "범위의 대부분은 단계 폭(\(stage.koreanName))에서 옵니다: 과업 범위를 \(next.koreanName) 수준으로 확정하면 단계 폭이 ×\(band.low)~×\(band.high)가 되어 범위 폭이 \(widthText(after))로 좁아집니다.",
                en: "Much of the band comes from the stage (\(stage.englishName)): firming the scope up to \(next.englishName) makes the stage band ×\(band.low)–×\(band.high) and the whole band \(widthText(after))."),
                widthAfter: after))
        }
        advice.sort { $0.widthAfter < $1.widthAfter }
        if method != .listed, let largest = lines.max(by: { $0.points < $1.points }), counted > .zero, lines.count > 1 {
            let share = RoundingRule.toNearestOrAway.divide(Int128(largest.points.significand) * 100 * ExactDecimal.powerOfTen(counted.scale),
                                                            by: Int128(counted.significand) * ExactDecimal.powerOfTen(largest.points.scale))
            advice.append(NextCount(code: "check_largest", text: LocalizedText(
                ko: "규모의 \(share)%가 '\(largest.label.ko)'(\(largest.points.grouped) FP)에서 나옵니다: 이 항목의 개수부터 다시 확인하세요.",
                en: "\(share)% of the size comes from '\(largest.label.en)' (\(largest.points.grouped) FP): check that count first."),
                widthAfter: now))
        }
        return advice
    }
}
