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

    /// Renders the memo of `inputs` in this format.
    /// - Throws: `DaegaError` from the estimate, placed at its field.
    func render(_ inputs: ProjectInputs, agency: String?, selection: RateSelection, toolVersion: String) throws -> WebDownload {
        if self == .xlsx { return try Self.workbook(inputs, selection: selection) }
        let (estimates, check) = try ProjectEstimatePlan.runCheckingBudget(inputs, selection: selection)
        let header = MemoHeader(projectName: inputs.name ?? "", agency: agency, writtenOn: selection.date)
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
            return try Self.workbook(inputs, selection: selection)
        }
    }

    /// The estimate workbook: the budget check's when the project has a budget, else the function-point (or man-month)
    /// estimate's, as `daega check`/`fp`/`mm -o 산정.xlsx` write it.
    private static func workbook(_ inputs: ProjectInputs, selection: RateSelection) throws -> WebDownload {
        func curve(_ estimate: FunctionPointEstimate) throws -> SizeFactorCurve? {
            try selection.edition(estimate.edition, location: nil).0.requireFunctionPoints().sizeFactor.value
        }
        let workbook: Workbook
        if inputs.budget.amount != nil {
            let result = try ProjectCheckPlan.run(inputs, selection: selection)
            workbook = EstimateWorkbook.check(result, project: inputs.name,
                                              sizeFactorCurve: try result.estimates.functionPoints.flatMap(curve))
        } else {
            let estimates = try ProjectEstimatePlan.run(inputs, selection: selection)
            if let fp = estimates.functionPoints {
                workbook = EstimateWorkbook.functionPoints(fp, sizeFactorCurve: try curve(fp))
            } else if let mm = estimates.manMonths {
                workbook = EstimateWorkbook.manMonths(mm)
            } else {
                throw DaegaError(.missingInput, at: .field("project"), "통합문서로 낼 산정이 없습니다",
                                 expected: "기능점수 또는 투입인력 입력")
            }
        }
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
