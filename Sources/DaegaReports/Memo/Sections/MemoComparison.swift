import DaegaEngine

/// 투입공수 비교: both methods' totals, the man-month detail, and why they differ.
enum MemoComparison {
    static func blocks(_ estimates: ProjectEstimates, _ w: MemoWording) -> [MemoBlock] {
        guard let comparison = estimates.comparison else {
            if estimates.functionPoints == nil, estimates.manMonths != nil {
                return w.omitted("기능점수 규모가 없어 투입공수 방식으로만 산정했습니다 (개발비 산출 참조). 두 방식의 비교는 하지 않았습니다.",
                                 "No function-point scope was given: the cost is by man-months only (see Development cost); there is nothing to compare.")
            }
            return w.omitted("투입 인력 계획([staffing])이 없어 투입공수 방식과 비교하지 않았습니다.",
                             "No staffing plan ([staffing]) was given, so there is no man-month comparison.")
        }
        let fp = comparison.functionPoints, mm = comparison.manMonths
        let totals = MemoTable(
            [MemoColumn(w.pick("구분", "Method")), MemoColumn(w.pick("규모", "Size"), numeric: true),
             MemoColumn(w.pick("VAT 별도", "Excl. VAT"), numeric: true), MemoColumn(w.pick("VAT 포함", "Incl. VAT"), numeric: true)],
            rows: [[w.pick("기능점수 방식", "Function points"), "\(fp.functionPoints.grouped) FP", w.won(fp.total), w.won(fp.totalWithVAT)],
                   [w.pick("투입공수 방식", "Man-months"), mm.manMonths.map { "\($0.grouped) M/M" } ?? "-", w.won(mm.total), w.won(mm.totalWithVAT)],
                   [w.pick("차이 (투입공수 − 기능점수)", "Difference (man-months − FP)"),
                    comparison.differencePercent.map(w.percent) ?? "-", w.won(comparison.difference), w.won(comparison.differenceWithVAT)]])
        return [.table(totals), .heading(w.pick("차이의 설명", "Why they differ")), .bullets(comparison.explanation.map(w.text)),
                .heading(w.pick("투입공수 방식 내역", "Man-month detail"))]
            + MemoCost.manMonths(mm, w)
            + MemoTrace.blocks(w.pick("비교 산출 과정", "Comparison steps"), comparison.trace, w)
    }
}
