import DaegaEngine

/// The terminal section of a simulated range, appended to a command's report.
public enum RangeText {
    /// Renders the range section in `language`.
    public static func render(_ result: RangeResult, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        let stage = result.settings.stage.map { ko ? $0.koreanName : $0.englishName } ?? (ko ? "규모 정확" : "exact size")
        var report = TextReport(title: ko ? "범위 (표본 \(result.settings.samples)개, 시드 \(result.settings.seed), \(stage))"
                                          : "Range (\(result.settings.samples) samples, seed \(result.settings.seed), \(stage))")
        var rows: [(String, String, String?)] = [
            ("P10", won(result.properCost.p10), nil), ("P50", won(result.properCost.p50), nil), ("P90", won(result.properCost.p90), nil),
            (ko ? "점 추정" : "Point estimate", won(result.pointCost),
             ko ? "누적확률 \(percent(result.pointPermille))" : "cumulative probability \(percent(result.pointPermille))"),
        ]
        if let fp = result.functionPoints, result.manMonths != nil {
            rows.append((ko ? "기능점수 방식 P10/P50/P90" : "FP method P10/P50/P90", won(fp.p50), "\(won(fp.p10)) ~ \(won(fp.p90))"))
        }
        if let mm = result.manMonths, result.functionPoints != nil {
            rows.append((ko ? "투입공수 방식 P10/P50/P90" : "Man-month method P10/P50/P90", won(mm.p50), "\(won(mm.p10)) ~ \(won(mm.p90))"))
        }
        if let coverage = result.coveragePermille, let noLoss = result.noLossPermille, let budget = result.budget {
            rows.append((ko ? "예산이 적정 대가를 충족할 확률" : "Probability the budget covers the proper cost", percent(coverage), won(budget)))
            rows.append((ko ? "통상 낙찰 시 손실이 없을 확률" : "Probability a typical winning bid does not lose", percent(noLoss), nil))
        }
        report.rows(ko ? "적정 대가 (VAT 포함)" : "Proper cost (incl. VAT)", rows)
        report.bullets(ko ? "변동시킨 것" : "What was varied", result.variations.map { $0.text.text(language) })
        report.bullets(ko ? "변동 폭의 출처" : "Sources of the variation",
                       uniqueLines(result.references.map { "[\($0.status.rawValue)] \($0.edition): \($0.source)" }))
        return report.rendered
    }

    /// `lines` without repeats, first occurrence kept (the four factor tables share one source sentence).
    static func uniqueLines(_ lines: [String]) -> [String] {
        var seen: Set<String> = []
        return lines.filter { seen.insert($0).inserted }
    }

    static func percent(_ permille: Int) -> String { "\(ExactDecimal(significand: Int64(permille), scale: 1).fixedText)%" }
}
