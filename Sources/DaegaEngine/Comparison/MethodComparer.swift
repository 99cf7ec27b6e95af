/// Compares a function-point estimate with a man-month estimate of the same project: ``ComparisonCore`` computes
/// the figures, ``ComparisonTrace`` and ``ComparisonExplanation`` word them.
public enum MethodComparer {
    /// Compares two estimates.
    /// - Parameters:
    ///   - functionPoints: the FP estimate.
    ///   - manMonths: the man-month estimate.
    ///   - bands: the 적정 사업기간 productivity table.
    ///   - work: the kind of work; `nil` assumes new development, with a note.
    ///   - plannedMonths: the planned duration, when known.
    /// - Throws: `DaegaError` when the planned duration is not positive or an amount overflows.
    public static func compare(_ functionPoints: FunctionPointEstimate, _ manMonths: ManMonthEstimate, bands: ProductivityBands,
                               work given: WorkKind?, plannedMonths: ExactDecimal?) throws -> MethodComparison {
        try check(plannedMonths: plannedMonths)
        var recorder = TraceRecorder()
        var notes = NoteList()
        let work = given ?? .development
        if given == nil {
            notes.append(EstimateNote(code: "work_assumed", text: LocalizedText(
                ko: "사업 유형이 없어 기능점수 규모가 있는 신규 개발 사업으로 보았습니다 (--work 또는 [staffing] work).",
                en: "No kind of work was given; the project was taken as new development, since it has a function-point scope (--work or [staffing] work).")))
        }
        let fp = functionPoints.functionPoints
        let figures = try ComparisonCore.compute(
            functionPoints: fp, fpTotal: (functionPoints.total, functionPoints.totalWithVAT),
            mmTotal: (manMonths.total, manMonths.totalWithVAT), planManMonths: manMonths.manMonths,
            plannedMonths: plannedMonths, bands: bands)
        ComparisonTrace.record(figures, functionPoints: functionPoints, manMonths: manMonths, plannedMonths: plannedMonths,
                               bands: bands, recorder: &recorder, notes: &notes)
        recorder.use(functionPoints.rates + manMonths.rates)
        var comparison = MethodComparison(
            functionPoints: functionPoints, manMonths: manMonths, work: work, difference: figures.difference,
            differenceWithVAT: figures.differenceWithVAT, differencePercent: figures.differencePercent,
            planManMonths: manMonths.manMonths, impliedProductivity: figures.impliedProductivity,
            blendedMonthlyRate: figures.blendedMonthlyRate, manMonthsAtFunctionPointCost: figures.manMonthsAtFunctionPointCost,
            bandProductivity: Sourced(figures.bandProductivity, bands.bands.reference),
            requiredManMonths: figures.requiredManMonths, plannedMonths: plannedMonths, staff: figures.staff,
            properMonths: figures.properMonths, explanation: [], trace: recorder.steps, notes: notes.items, rates: recorder.rates)
        comparison.explanation = ComparisonExplanation.sentences(for: comparison)
        return comparison
    }

    /// Refuses a planned duration that is not positive.
    static func check(plannedMonths: ExactDecimal?) throws {
        if let plannedMonths, plannedMonths <= .zero {
            throw DaegaError(.valueOutOfRange, at: .field("duration_months"), "사업기간 \(plannedMonths)개월은 양수가 아닙니다",
                             expected: "0보다 큰 개월 수 (예: 10)")
        }
    }
}
