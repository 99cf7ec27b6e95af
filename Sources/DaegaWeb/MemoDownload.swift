import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation

/// The documents the 산출 근거 page offers: one case per format, so a new renderer (HWPX, xlsx) is one entry.
enum MemoDownload: String, CaseIterable, Sendable {
    /// The print-ready HTML memo (`daega memo -o memo.html`).
    case html
    /// The Markdown memo (`daega memo -o memo.md`).
    case markdown
    /// The 한글 (HWPX) memo (`daega memo -o memo.hwpx`).
    case hwpx
    /// The estimate workbook laid out like KOSA's forms (`daega check -o 산정.xlsx`, or `fp`/`mm -o` without a budget).
    case xlsx

    /// The label of the format in the page's choice.
    var label: String {
        switch self {
        case .html: "HTML (인쇄용 A4)"
        case .markdown: "Markdown"
        case .hwpx: "한글 (HWPX)"
        case .xlsx: "Excel 산정 통합문서 (xlsx)"
        }
    }

    /// Renders the memo of `inputs` in this format, or its estimate workbook (`EstimateWorkbook.project`, as
    /// `daega memo -o 산정.xlsx` writes it).
    /// - Parameters:
    ///   - inputs: the project's inputs.
    ///   - header: the memo's header block (``MemoHeader/init(project:overrides:date:)`` for a project file).
    ///   - selection: the rate books and the reference day.
    ///   - toolVersion: daega's version, for the memo's colophon.
    /// - Throws: `DaegaError` from the estimate, placed at its field.
    func render(_ inputs: ProjectInputs, header: MemoHeader, selection: RateSelection, toolVersion: String) throws -> WebDownload {
        let (estimates, check) = try ProjectEstimatePlan.runCheckingBudget(inputs, selection: selection)
        let memo = ProjectMemo(estimates: estimates, check: check, header: header, date: selection.date, toolVersion: toolVersion,
                               language: .ko)
        switch self {
        case .html:
            return WebDownload(filename: "memo.html", contentType: "text/html; charset=utf-8", bytes: Array(MemoHTML.render(memo).utf8))
        case .markdown:
            return WebDownload(filename: "memo.md", contentType: "text/markdown; charset=utf-8",
                               bytes: Array(MemoMarkdown.render(memo).utf8))
        case .hwpx:
            return WebDownload(filename: "memo.hwpx", contentType: "application/hwp+zip", bytes: Array(try MemoHWPX.render(memo)))
        case .xlsx:
            let workbook = try EstimateWorkbook.project(estimates, check: check, project: inputs.name,
                                                        sizeFactorCurve: try selection.sizeFactorCurve(of: estimates),
                                                        location: .field("project"))
            let bytes: Data
            do {
                bytes = try workbook.xlsxBytes()
            } catch {
                throw DaegaError(.outputFailed, at: nil, "통합문서를 만들지 못했습니다: \(error)", expected: "다시 시도")
            }
            return WebDownload(filename: "estimate.xlsx",
                               contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: Array(bytes))
        }
    }
}
