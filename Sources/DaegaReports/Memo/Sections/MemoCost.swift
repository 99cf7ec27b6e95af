import DaegaEngine

/// 개발비 산출: the proper cost's summary and every step of its calculation (formula, inputs, rounding, result).
enum MemoCost {
    static func blocks(_ estimates: ProjectEstimates, _ w: MemoWording) -> [MemoBlock] {
        if let fp = estimates.functionPoints { return functionPoints(fp, w) }
        if let mm = estimates.manMonths { return manMonths(mm, w) }
        return w.omitted("기능점수 규모와 투입 인력이 모두 없어 개발비를 산출하지 않았습니다.",
                         "Neither a function-point scope nor staffing was given, so no development cost was computed.")
    }

    /// The function-point cost: summary, then its trace.
    static func functionPoints(_ fp: FunctionPointEstimate, _ w: MemoWording) -> [MemoBlock] {
        [.paragraph(w.pick("기능점수 방식 (\(fp.editionTitle))", "Function-point method (\(fp.editionTitle))")),
         .table(amounts([
             (w.pick("보정전 개발원가", "Unadjusted cost"), fp.unadjustedCost),
             (w.pick("개발원가 (보정후)", "Adjusted cost"), fp.adjustedCost),
             (w.pick("이윤 (\(fp.profitPercent)%)", "Profit (\(fp.profitPercent)%)"), fp.profit),
             (w.pick("직접경비", "Direct expenses"), fp.directExpenses),
             (w.pick("소프트웨어 개발비 (VAT 별도)", "Development cost (excl. VAT)"), fp.total),
             (w.pick("부가가치세", "VAT"), fp.vat),
             (w.pick("소프트웨어 개발비 (VAT 포함)", "Development cost (incl. VAT)"), fp.totalWithVAT),
         ], w))]
            + MemoTrace.blocks(w.pick("산출 과정", "Calculation steps"), fp.trace, w)
    }

    /// The man-month cost: staffing lines, summary, then its trace.
    static func manMonths(_ mm: ManMonthEstimate, _ w: MemoWording) -> [MemoBlock] {
        let staffing = MemoTable(
            [MemoColumn(w.pick("직무", "Job")), MemoColumn(w.pick("투입량", "Effort"), numeric: true),
             MemoColumn(w.pick("단가 기준", "Priced by")), MemoColumn(w.pick("단가", "Wage"), numeric: true),
             MemoColumn(w.pick("직접인건비", "Direct labour"), numeric: true)],
            rows: mm.lines.map { line in
                let written = line.writtenAs.map { w.pick(" (입력: \($0))", " (written: \($0))") } ?? ""
                return [line.job + written, line.pricedQuantity.grouped + (line.pricedMonthly ? " M/M" : " M/D"),
                        line.pricedMonthly ? w.pick("월평균임금", "monthly wage") : w.pick("일평균임금", "daily wage"),
                        w.won(line.unitWage), w.won(line.amount)]
            })
        return [.paragraph(w.pick("투입공수 방식 (\(mm.editionTitle), \(mm.wageYear)년 적용 임금)",
                                  "Man-month method (\(mm.editionTitle), wages applied in \(mm.wageYear))")),
                .table(staffing),
                .table(amounts([
                    (w.pick("직접인건비", "Direct labour"), mm.directLabor),
                    (w.pick("제경비 (\(mm.overheadPercent)%)", "Overhead (\(mm.overheadPercent)%)"), mm.overhead),
                    (w.pick("기술료 (\(mm.technicalFeePercent)%)", "Technical fee (\(mm.technicalFeePercent)%)"), mm.technicalFee),
                    (w.pick("직접경비", "Direct expenses"), mm.directExpenses),
                    (w.pick("사업대가 (VAT 별도)", "Total (excl. VAT)"), mm.total),
                    (w.pick("부가가치세", "VAT"), mm.vat),
                    (w.pick("사업대가 (VAT 포함)", "Total (incl. VAT)"), mm.totalWithVAT),
                ], w))]
            + MemoTrace.blocks(w.pick("산출 과정 (투입공수)", "Calculation steps (man-months)"), mm.trace, w)
    }

    /// A two-column table of labelled amounts.
    static func amounts(_ rows: [(String, Won)], _ w: MemoWording) -> MemoTable {
        MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("금액", "Amount"), numeric: true)],
                  rows: rows.map { [$0.0, w.won($0.1)] })
    }
}
