import DaegaEngine

/// 2. 산정 결과: each method's figures, the two side by side with their difference explained, and which one is the
/// proper cost.
enum MemoEstimate {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        let w = c.wording, e = c.estimates
        var blocks: [MemoBlock] = []
        if let fp = e.functionPoints { blocks += functionPoints(fp, w) }
        if let mm = e.manMonths { blocks += manMonths(mm, w) }
        if let comparison = e.comparison {
            blocks.append(.table(sideBySide(comparison, w)))
            blocks.append(.item(.topic, w.pick("두 방식의 차이", "Why the two methods differ")))
            blocks += comparison.explanation.map { .item(.point, w.text($0)) }
        } else if let fp = e.functionPoints {
            blocks.append(.table(amounts([
                (w.pick("보정전 개발원가", "Unadjusted cost"), fp.unadjustedCost), (w.pick("개발원가 (보정후)", "Adjusted cost"), fp.adjustedCost),
                (w.pick("이윤", "Profit"), fp.profit), (w.pick("직접경비", "Direct expenses"), fp.directExpenses),
                (w.pick("개발비 (VAT 별도)", "Cost (excl. VAT)"), fp.total), (w.pick("부가가치세", "VAT"), fp.vat),
                (w.pick("개발비 (VAT 포함)", "Cost (incl. VAT)"), fp.totalWithVAT),
            ], w)))
        } else if let mm = e.manMonths {
            blocks.append(.table(amounts([
                (w.pick("직접인건비", "Direct labour"), mm.directLabor), (w.pick("제경비", "Overhead"), mm.overhead),
                (w.pick("기술료", "Technical fee"), mm.technicalFee), (w.pick("직접경비", "Direct expenses"), mm.directExpenses),
                (w.pick("사업대가 (VAT 별도)", "Cost (excl. VAT)"), mm.total), (w.pick("부가가치세", "VAT"), mm.vat),
                (w.pick("사업대가 (VAT 포함)", "Cost (incl. VAT)"), mm.totalWithVAT),
            ], w)))
        }
        if let proper = e.properCost {
            blocks.append(.item(.topic, w.pick("적정 대가: \(w.won(proper.totalWithVAT)) (VAT 포함, \(w.method(proper.method)))임",
                                              "Proper cost: \(w.won(proper.totalWithVAT)) (incl. VAT, \(w.method(proper.method)))")))
        }
        return blocks
    }

    /// □ 기능점수 방식 with its size, unit price, factors and cost build-up.
    static func functionPoints(_ fp: FunctionPointEstimate, _ w: MemoWording) -> [MemoBlock] {
        var blocks: [MemoBlock] = [
            .item(.topic, w.pick("기능점수 방식: \(fp.functionPoints.grouped) FP × 기능점수당 단가 \(w.won(fp.unitPrice))",
                                 "Function points: \(fp.functionPoints.grouped) FP × \(w.won(fp.unitPrice)) per FP")),
        ]
        let factors = [w.pick("규모 \(fp.sizeFactor.fixedText)", "size \(fp.sizeFactor.fixedText)")]
            + fp.factors.map { "\(w.text($0.name)) \($0.value.fixedText)" }
        blocks.append(.item(.point, w.pick("보정계수: ", "Adjustment factors: ") + factors.joined(separator: ", ")))
        if fp.phaseSharePercent != ExactDecimal(100) {
            blocks.append(.item(.point, w.pick("발주 단계 비중: ", "Ordered share of phases: ") + w.percent(fp.phaseSharePercent)))
        }
        blocks.append(.item(.point, w.pick(
            "개발원가(보정후) \(w.won(fp.adjustedCost)) + 이윤(\(fp.profitPercent)%) \(w.won(fp.profit)) + 직접경비 \(w.won(fp.directExpenses))",
            "adjusted cost \(w.won(fp.adjustedCost)) + profit (\(fp.profitPercent)%) \(w.won(fp.profit)) + direct expenses \(w.won(fp.directExpenses))")))
        return blocks
    }

    /// □ 투입공수 방식 with its effort, wage year and cost build-up.
    static func manMonths(_ mm: ManMonthEstimate, _ w: MemoWording) -> [MemoBlock] {
        let effort = mm.manMonths.map { "\($0.grouped) M/M" } ?? w.pick("인력 \(mm.lines.count)개 직무", "\(mm.lines.count) jobs")
        return [
            .item(.topic, w.pick("투입공수 방식: \(effort), \(mm.wageYear)년 적용 평균임금",
                                 "Man-months: \(effort), wages applied in \(mm.wageYear)")),
            .item(.point, w.pick(
                "직접인건비 \(w.won(mm.directLabor)) + 제경비(\(mm.overheadPercent)%) \(w.won(mm.overhead)) + 기술료(\(mm.technicalFeePercent)%) \(w.won(mm.technicalFee)) + 직접경비 \(w.won(mm.directExpenses))",
                "direct labour \(w.won(mm.directLabor)) + overhead (\(mm.overheadPercent)%) \(w.won(mm.overhead)) + technical fee (\(mm.technicalFeePercent)%) \(w.won(mm.technicalFee)) + direct expenses \(w.won(mm.directExpenses))")),
        ]
    }

    /// Both methods' totals side by side with the engine's difference.
    static func sideBySide(_ comparison: MethodComparison, _ w: MemoWording) -> MemoTable {
        let fp = comparison.functionPoints, mm = comparison.manMonths
        return MemoTable(
            [MemoColumn(w.pick("구분", "Item")), MemoColumn(w.pick("기능점수 방식", "Function points"), numeric: true),
             MemoColumn(w.pick("투입공수 방식", "Man-months"), numeric: true),
             MemoColumn(w.pick("차이 (투입공수 − 기능점수)", "Difference (MM − FP)"), numeric: true)],
            rows: [
                [w.pick("규모", "Size"), "\(fp.functionPoints.grouped) FP", mm.manMonths.map { "\($0.grouped) M/M" } ?? "-", "-"],
                [w.pick("직접경비", "Direct expenses"), w.amount(fp.directExpenses), w.amount(mm.directExpenses), "-"],
                [w.pick("사업비 (VAT 별도)", "Cost (excl. VAT)"), w.amount(fp.total), w.amount(mm.total), w.amount(comparison.difference)],
                [w.pick("부가가치세", "VAT"), w.amount(fp.vat), w.amount(mm.vat), "-"],
                [w.pick("사업비 (VAT 포함)", "Cost (incl. VAT)"), w.amount(fp.totalWithVAT), w.amount(mm.totalWithVAT),
                 w.amount(comparison.differenceWithVAT)],
                [w.pick("차이 비율", "Difference ratio"), "", "", comparison.differencePercent.map(w.percent) ?? "-"],
            ],
            unit: w.amountCaption)
    }

    /// A two-column table of labelled amounts in the summary unit.
    static func amounts(_ rows: [(String, Won)], _ w: MemoWording) -> MemoTable {
        MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("금액", "Amount"), numeric: true)],
                  rows: rows.map { [$0.0, w.amount($0.1)] }, unit: w.amountCaption)
    }
}
