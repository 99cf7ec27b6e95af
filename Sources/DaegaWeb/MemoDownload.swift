import DaegaEngine
import DaegaIO
import DaegaReports

/// The documents the 산출 근거 page offers: one case per format, so a new renderer (HWPX, xlsx) is one entry.
enum MemoDownload: String, CaseIterable, Sendable {
    /// The print-ready HTML memo (`daega memo -o memo.html`).
    case html
    /// The Markdown memo (`daega memo -o memo.md`).
    case markdown

    /// The label of the format in the page's choice.
    var label: String {
        switch self {
        case .html: "HTML (인쇄용 A4)"
        case .markdown: "Markdown"
        }
    }

    /// Renders the memo of `inputs` in this format.
    /// - Throws: `DaegaError` from the estimate, placed at its field.
    func render(_ inputs: ProjectInputs, agency: String?, selection: RateSelection, toolVersion: String) throws -> WebDownload {
        let (estimates, check) = try ProjectEstimatePlan.runCheckingBudget(inputs, selection: selection)
        let memo = ProjectMemo(estimates: estimates, check: check, project: MemoProject(name: inputs.name ?? "", agency: agency),
                               date: selection.date, toolVersion: toolVersion, language: .ko)
        switch self {
        case .html:
            return WebDownload(filename: "memo.html", contentType: "text/html; charset=utf-8", bytes: Array(MemoHTML.render(memo).utf8))
        case .markdown:
            return WebDownload(filename: "memo.md", contentType: "text/markdown; charset=utf-8",
                               bytes: Array(MemoMarkdown.render(memo).utf8))
        }
    }
}
