/// The plain-language explanation of a comparison: how far apart the methods are, why, and which one the guide expects.
public enum ComparisonExplanation {
    /// The sentences for `comparison`, in order.
    public static func sentences(for comparison: MethodComparison) -> [LocalizedText] {
        let fp = comparison.functionPoints, mm = comparison.manMonths
        var sentences: [LocalizedText] = []
        let percent = comparison.differencePercent.map { "\($0.magnitudeText)%" } ?? "-"
        let amount = Won(abs(comparison.difference.value))  // both totals are ≥ 0, so the difference is never Int64.min
        if comparison.difference == .zero {
            sentences.append(LocalizedText(ko: "두 방식의 금액(VAT 별도)이 같습니다.", en: "Both methods give the same total (excl. VAT)."))
        } else {
            let more = comparison.difference > .zero
            sentences.append(LocalizedText(
                ko: "투입공수 방식이 기능점수 방식보다 \(amount.grouped)원(\(percent)) \(more ? "많습니다" : "적습니다") (VAT 별도).",
                en: "The man-month method comes to ₩\(amount.grouped) (\(percent)) \(more ? "more" : "less") than the function-point method (excl. VAT)."))
        }
        sentences.append(LocalizedText(
            ko: "기능점수 방식은 기능의 양(\(fp.functionPoints.grouped) FP)에 단가와 보정계수를 곱하고 이윤 \(fp.profitPercent)%를 붙여, 누가 몇 달 일하는지와 무관하게 값을 매깁니다. 투입공수 방식은 계획한 인력(M/M)에 평균임금과 제경비 \(mm.overheadPercent)%, 기술료 \(mm.technicalFeePercent)%를 붙이므로 인력 계획이 곧 금액입니다.",
            en: "The function-point method prices the amount of function (\(fp.functionPoints.grouped) FP) by a unit price and factors plus \(fp.profitPercent)% profit, whoever does the work; the man-month method prices the planned staff (man-months) at average wages plus \(mm.overheadPercent)% overhead and \(mm.technicalFeePercent)% technical fee, so the staffing plan is the price."))
        if let implied = comparison.impliedProductivity {
            let band = comparison.bandProductivity.value
            let relation: LocalizedText = implied < band
                ? LocalizedText(ko: "낮아 같은 기능에 인력을 더 많이 잡은 계획입니다", en: "lower, so the plan puts more people on the same function")
                : implied > band ? LocalizedText(ko: "높아 같은 기능에 인력을 더 적게 잡은 계획입니다", en: "higher, so the plan puts fewer people on the same function")
                : LocalizedText(ko: "같습니다", en: "the same")
            sentences.append(LocalizedText(
                ko: "이 계획의 생산성은 \(implied) FP/MM로, 지침의 1인 생산성 \(band) FP/MM(UNCERTAIN 기본값)보다 \(relation.ko).",
                en: "The plan delivers \(implied) FP per man-month; compared with the guideline's \(band) FP/MM (지침 별표 1, an UNCERTAIN default) that is \(relation.en)."))
        }
        if let proper = comparison.properMonths, let planned = comparison.plannedMonths, let staff = comparison.staff {
            let shorter = planned < proper
            sentences.append(LocalizedText(
                ko: "기능점수 규모로 본 적정 사업기간은 평균 \(staff)명 기준 \(proper)개월로, 계획 \(planned)개월이 \(shorter ? "더 짧습니다: 기간을 늘리거나 인력을 보강해야 합니다" : "충분합니다").",
                en: "From the function-point size the proper duration is \(proper) months with \(staff) people on average; the planned \(planned) months \(shorter ? "is shorter: lengthen it or add staff" : "is enough")."))
        }
        if comparison.work.expectsFunctionPoints {
            sentences.append(LocalizedText(
                ko: "\(comparison.work.name.ko) 사업이므로 가이드는 기능점수 방식을 기본으로 합니다. 예산 근거는 기능점수 금액으로 하고, 투입공수 결과는 인력·기간 계획을 점검하는 데 쓰십시오 (FP 방식 발주에서는 투입인력 요구·관리가 금지됩니다).",
                en: "This is \(comparison.work.name.en), for which the guide expects the function-point method: base the budget on the FP figure and use the man-month figure only to check the staffing and schedule (an FP-priced tender may not demand head-count)."))
        } else {
            sentences.append(LocalizedText(
                ko: "\(comparison.work.name.ko) 사업이므로 가이드는 투입공수 방식을 씁니다. 예산 근거는 투입공수 금액으로 하고, 기능점수 결과는 참고로만 보십시오.",
                en: "This is \(comparison.work.name.en), for which the guide uses the man-month method: base the budget on the man-month figure and treat the FP figure as a reference."))
        }
        return sentences
    }
}

extension ExactDecimal {
    /// The absolute value as text, e.g. `16.3`.
    var magnitudeText: String {
        ExactDecimal(significand: significand < 0 ? -significand : significand, scale: scale).description
    }
}
