import DaegaEngine

/// The estimate workbook `fp`, `mm` and `check` write with `-o 산정.xlsx`, laid out like KOSA's forms: 기능점수 산정
/// and SW개발비 산정 for a function-point estimate, 투입공수 산정 for a man-month one, and 예산 검토 for a check.
/// Every figure is a live formula or an input cell whose saved value is the engine's number.
public enum EstimateWorkbook {
    /// The workbook of a function-point estimate.
    /// - Parameters:
    ///   - estimate: the estimate (its trace holds the rounding steps).
    ///   - sizeFactorCurve: the edition's size-factor curve, so the size factor follows the function points.
    public static func functionPoints(_ estimate: FunctionPointEstimate, sizeFactorCurve: SizeFactorCurve?) -> Workbook {
        let sheets = FunctionPointSheets.sheets(estimate, sizeFactorCurve: sizeFactorCurve)
        return Workbook(sheets: [sheets.count, sheets.cost])
    }

    /// The workbook of a man-month estimate.
    public static func manMonths(_ estimate: ManMonthEstimate) -> Workbook {
        Workbook(sheets: [ManMonthSheet.sheet(estimate).sheet])
    }

    /// The workbook of a budget check: 예산 검토 first, then the sheets of every estimate the check made.
    /// - Parameters:
    ///   - result: the check.
    ///   - project: the project's name, when given.
    ///   - sizeFactorCurve: the function-point edition's size-factor curve, when there is one.
    public static func check(_ result: ProjectCheckResult, project: String?, sizeFactorCurve: SizeFactorCurve?) -> Workbook {
        let estimates = estimateSheets(result.estimates, sizeFactorCurve: sizeFactorCurve)
        let properCost = (result.check.coverage.properCost.method == .functionPoints ? estimates.fpTotal : estimates.mmTotal)
            ?? estimates.fpTotal ?? estimates.mmTotal ?? "0"
        return Workbook(sheets: [BudgetReviewSheet.sheet(result, properCost: properCost, project: project)] + estimates.sheets)
    }

    /// The estimate workbook of a project, the one function behind `memo -o FILE.xlsx`, `batch --memo-format xlsx`
    /// and the web page's workbook download: the check's workbook (예산 검토 first) when a budget was reviewed, else
    /// 기능점수 산정 and SW개발비 산정 when a scope was given and 투입공수 산정 when staffing was given.
    /// - Parameters:
    ///   - estimates: the project's estimates.
    ///   - check: the budget check, or `nil` when the project has no budget.
    ///   - project: the project's name, when given.
    ///   - sizeFactorCurve: the function-point edition's size-factor curve, when there is one.
    ///   - location: where the project came from, named when there is nothing to put in a workbook.
    /// - Throws: `missingInput` at `location` when there is neither a check nor an estimate (a maintenance-only
    ///   project).
    public static func project(_ estimates: ProjectEstimates, check: BudgetCheckResult?, project: String?,
                               sizeFactorCurve: SizeFactorCurve?, location: InputLocation?) throws(DaegaError) -> Workbook {
        if let check {
            return Self.check(ProjectCheckResult(estimates: estimates, check: check), project: project, sizeFactorCurve: sizeFactorCurve)
        }
        let sheets = estimateSheets(estimates, sizeFactorCurve: sizeFactorCurve).sheets
        guard !sheets.isEmpty else {
            throw DaegaError(.missingInput, at: location, "산정 통합문서에 담을 기능점수나 투입공수 산정이 없습니다",
                             expected: "[function_points] 또는 [staffing], 또는 [budget]으로 예산 검토")
        }
        return Workbook(sheets: sheets)
    }

    /// The function-point and man-month sheets, with the cells that hold each method's total (VAT 포함).
    private static func estimateSheets(_ estimates: ProjectEstimates, sizeFactorCurve: SizeFactorCurve?)
        -> (sheets: [WorkbookSheet], fpTotal: String?, mmTotal: String?) {
        var sheets: [WorkbookSheet] = []
        var fpTotal: String?, mmTotal: String?
        if let estimate = estimates.functionPoints {
            let fp = FunctionPointSheets.sheets(estimate, sizeFactorCurve: sizeFactorCurve)
            sheets += [fp.count, fp.cost]
            fpTotal = "'SW개발비 산정'!\(fp.totalWithVAT)"
        }
        if let estimate = estimates.manMonths {
            let mm = ManMonthSheet.sheet(estimate)
            sheets.append(mm.sheet)
            mmTotal = mm.totalWithVAT
        }
        return (sheets, fpTotal, mmTotal)
    }
}
