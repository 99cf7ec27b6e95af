import DaegaEngine
import DaegaIO
import DaegaReports

/// The summary `daega batch` prints: rows per risk level, totals, the most underfunded projects and the errors.
enum BatchSummaryText {
    /// Renders a summary.
    /// - Parameters:
    ///   - summary: the batch's summary.
    ///   - output: the result file written.
    ///   - errors: the error report written, when any.
    ///   - language: the language of labels.
    static func render(_ summary: BatchSummary, output: String, errors: String?, language: Language) -> String {
        let ko = language == .ko
        var report = TextReport(title: ko ? "포트폴리오 점검 요약" : "Portfolio check summary")
        report.rows(nil, [
            (ko ? "행" : "Rows", "\(summary.rows)", nil),
            (ko ? "점검 완료" : "Checked", "\(summary.checkedRows)", nil),
            (ko ? "오류 행" : "Rows with errors", "\(summary.failedRows)", errors.map { (ko ? "→ " : "→ ") + $0 }),
        ] + (summary.blankRows > 0 ? [(ko ? "빈 행 (건너뜀)" : "Blank rows (skipped)", "\(summary.blankRows)", nil)] : []))
        report.rows(ko ? "위험 수준별 사업 수" : "Projects per risk level", Severity.allCases.reversed().map { level in
            (ko ? level.koreanName : level.name, "\(summary.riskCounts[level, default: 0])", nil)
        })
        let coverage = summary.totalBudget.percent(of: summary.totalProperCost).map { "\($0.fixedText)%" }
        report.rows(ko ? "합계 (VAT 포함)" : "Totals (incl. VAT)", [
            (ko ? "예산" : "Budget", summary.totalBudget.grouped + (ko ? "원" : " won"), nil),
            (ko ? "적정 대가" : "Proper cost", summary.totalProperCost.grouped + (ko ? "원" : " won"), nil),
            (ko ? "충족률" : "Coverage", coverage ?? "-", nil),
        ])
        report.rows(ko ? "예산이 가장 부족한 사업 (충족률 낮은 순)" : "Most underfunded projects (lowest coverage first)",
                    summary.mostUnderfunded.map { project in
            let label = project.name.map { "\(project.id) \($0)" } ?? project.id
            let gap = Won(project.properCost.value - project.budget.value).grouped + (ko ? "원 부족" : " won short")
            return (label, "\(project.coveragePercent.fixedText)%", "\(ko ? project.risk.koreanName : project.risk.name), \(gap)")
        })
        if summary.failedRows > 0 {
            let shown = summary.firstErrors.count
            let all = whereAllErrorsAre(errors: errors, language: language)
            let line = summary.failedRows <= shown
                ? (ko ? "\(rowsFailed(summary.failedRows, language: language)): 모두 표준 오류에"
                      : "\(rowsFailed(summary.failedRows, language: language)): all on standard error")
                : (ko ? "\(rowsFailed(summary.failedRows, language: language)): 처음 \(shown)개는 표준 오류에, \(all)"
                      : "\(rowsFailed(summary.failedRows, language: language)): the first \(shown) on standard error, \(all)")
            report.bullets(ko ? "오류" : "Errors", [line + (ko ? " (결과 파일의 error 열에도)" : " (and in the output's error column)")])
        }
        if !summary.unusedColumns.isEmpty {
            report.bullets(unusedColumnsLabel(language), [summary.unusedColumns.joined(separator: ", ")])
        }
        report.bullets(ko ? "결과 파일" : "Output", [output == AtomicFileWriter.standardOutput ? (ko ? "표준 출력" : "standard output") : output])
        return report.rendered
    }

    /// "오류 행 12개", "12 rows failed"; with `more`, "오류 행 2개 더", "2 more rows failed" ("row" for one).
    static func rowsFailed(_ count: Int, more: Bool = false, language: Language) -> String {
        if language == .ko { return "오류 행 \(count)개" + (more ? " 더" : "") }
        return "\(count) \(more ? "more " : "")\(count == 1 ? "row" : "rows") failed"
    }

    /// "계산에 쓰지 않은 열": the heading of the input columns carried through unread.
    static func unusedColumnsLabel(_ language: Language) -> String {
        language == .ko ? "계산에 쓰지 않은 열 (그대로 옮김)" : "Columns not used in the check (carried through)"
    }

    /// Where every row error can be read: the error report written, or the flag that writes one.
    static func whereAllErrorsAre(errors: String?, language: Language) -> String {
        let ko = language == .ko
        return errors.map { ko ? "전부는 \($0)에" : "all in \($0)" } ?? (ko ? "전부 보려면 --errors FILE" : "all with --errors FILE")
    }
}
