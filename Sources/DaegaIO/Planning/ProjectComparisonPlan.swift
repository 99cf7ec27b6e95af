import DaegaEngine

/// Costs one project by function points and by man-months and compares them: the one path `daega compare`, the web
/// page's 비교 and `POST /api/estimate` share.
public enum ProjectComparisonPlan {
    /// Compares the two estimates of a project.
    /// - Parameters:
    ///   - functionPoints: the function-point inputs (a scope is required).
    ///   - staffing: the man-month inputs (staffing is required).
    ///   - selection: the rate books and the reference day.
    /// - Throws: `DaegaError` placed at the flag, field or file position that carried the bad value.
    public static func run(functionPoints: FunctionPointInput, staffing: StaffingInput,
                           selection: RateSelection) throws -> MethodComparison {
        let fp = try FunctionPointPreparation(functionPoints, selection: selection).estimate()
        let mm = try ManMonthPreparation(staffing, selection: selection).estimate()
        let bands = try selection.productivityBands()
        do {
            return try MethodComparer.compare(fp, mm, bands: bands, work: staffing.work, plannedMonths: staffing.durationMonths)
        } catch let error as DaegaError {
            throw staffing.locate(error)
        }
    }
}
