import DaegaEngine

/// The estimate workbook `fp`, `mm` and `check` write with `-o 산정.xlsx`, laid out like KOSA's forms: 기능점수 산정
/// and SW개발비 산정 for a function-point estimate, 투입공수 산정 for a man-month one, and 예산 검토 for a check.
/// Every figure is a live formula or an input cell whose saved value is the engine's number.
public enum EstimateWorkbook {
    /// The workbook of a function-point estimate.
    /// - Parameters:
    ///   - estimate: the estimate (computed with full narration, so its trace holds the rounding steps).
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
        var sheets: [WorkbookSheet] = []
        var fpTotal: String?, mmTotal: String?
        if let estimate = result.estimates.functionPoints {
            let fp = FunctionPointSheets.sheets(estimate, sizeFactorCurve: sizeFactorCurve)
            sheets += [fp.count, fp.cost]
            fpTotal = "'SW개발비 산정'!\(fp.totalWithVAT)"
        }
        if let estimate = result.estimates.manMonths {
            let mm = ManMonthSheet.sheet(estimate)
            sheets.append(mm.sheet)
            mmTotal = mm.totalWithVAT
        }
        let properCost = (result.check.coverage.properCost.method == .functionPoints ? fpTotal : mmTotal) ?? fpTotal ?? mmTotal ?? "0"
        return Workbook(sheets: [BudgetReviewSheet.sheet(result, properCost: properCost, project: project)] + sheets)
    }
}
