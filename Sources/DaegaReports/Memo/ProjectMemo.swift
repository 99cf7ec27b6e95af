import DaegaEngine

/// The justification memo (예산 산출 근거) of one project, assembled from the engine's results in one language.
///
/// Every number in it is a field or trace value of the engine's results, formatted, never recomputed. A section
/// whose inputs were not given says why instead of showing an empty table. Render it with `MemoHTML.render(_:)`
/// or `MemoMarkdown.render(_:)`.
public struct ProjectMemo: Sendable {
    /// The language of every label and sentence.
    public var language: Language
    /// The memo's title.
    public var title: String
    /// The project.
    public var project: MemoProject
    /// The memo's reference date (the day whose editions and wage tables apply).
    public var date: CalendarDate
    /// The version of the tool that wrote it.
    public var toolVersion: String
    /// The sections in order: 사업 개요, 산정 기준, 기능점수 산정, 개발비 산출, 투입공수 비교, 유지관리비,
    /// 예산 검토, 적정 사업기간, 유의사항.
    public var sections: [MemoSection]

    /// Assembles a memo from a project's estimates and, when a budget was given, its check.
    /// - Parameters:
    ///   - estimates: the engine's estimates of the project.
    ///   - check: the budget check, or `nil` when the project has no budget (the review section then says so).
    ///   - project: the project's name and agency.
    ///   - date: the reference date printed on the memo.
    ///   - toolVersion: the tool's version printed on the memo.
    ///   - language: the memo's language.
    public init(estimates: ProjectEstimates, check: BudgetCheckResult?, project: MemoProject, date: CalendarDate,
                toolVersion: String, language: Language = .ko) {
        let w = MemoWording(language: language)
        self.language = language
        self.project = project
        self.date = date
        self.toolVersion = toolVersion
        title = w.pick("예산 산출 근거", "Budget justification memo")
        var rates: [RateReference] = []
        var notes: [EstimateNote] = []
        let rateLists = [estimates.functionPoints?.rates, estimates.manMonths?.rates, estimates.comparison?.rates,
                         estimates.maintenance?.rates, check?.rates]
        for rate in rateLists.compactMap({ $0 }).joined() where !rates.contains(rate) { rates.append(rate) }
        let noteLists = [check?.notes, estimates.functionPoints?.notes, estimates.manMonths?.notes, estimates.comparison?.notes,
                         estimates.maintenance?.notes]
        for note in noteLists.compactMap({ $0 }).joined() where !notes.contains(note) { notes.append(note) }
        let contents: [(String, [MemoBlock])] = [
            (w.pick("사업 개요", "Project overview"), MemoOverview.blocks(project, estimates: estimates, check: check, date: date, w)),
            (w.pick("산정 기준", "Basis of the estimate"), MemoBasis.blocks(estimates: estimates, rates: rates, w)),
            (w.pick("기능점수 산정", "Function-point count"), MemoFunctionPoints.blocks(estimates.functionPoints, w)),
            (w.pick("개발비 산출", "Development cost"), MemoCost.blocks(estimates, w)),
            (w.pick("투입공수 방식 비교", "Man-month comparison"), MemoComparison.blocks(estimates, w)),
            (w.pick("유지관리비", "Maintenance"), MemoMaintenance.blocks(estimates.maintenance, findings: estimates.maintenanceFindings, w)),
            (w.pick("예산 검토", "Budget review"), MemoBudgetReview.blocks(check, excluding: estimates.maintenanceFindings, w)),
            (w.pick("적정 사업기간", "Proper duration"), MemoDuration.blocks(estimates.comparison, w)),
            (w.pick("유의사항", "Cautions"), MemoCautions.blocks(rates: rates, notes: notes, w)),
        ]
        sections = contents.enumerated().map { MemoSection(number: $0.offset + 1, title: $0.element.0, blocks: $0.element.1) }
    }

    /// Assembles the memo of a checked project: its estimates and its budget review.
    /// - Parameters:
    ///   - result: the project check.
    ///   - project: the project's name and agency.
    ///   - date: the reference date printed on the memo.
    ///   - toolVersion: the tool's version printed on the memo.
    ///   - language: the memo's language.
    public init(_ result: ProjectCheckResult, project: MemoProject, date: CalendarDate, toolVersion: String, language: Language = .ko) {
        self.init(estimates: result.estimates, check: result.check, project: project, date: date, toolVersion: toolVersion, language: language)
    }

    /// The closing line: reference date and tool version.
    public var colophon: String {
        MemoWording(language: language).pick("산정 기준일 \(date) · daega \(toolVersion)로 작성 · 금액은 원 단위 정수, 반올림은 단계마다 표시",
                                             "Reference date \(date) · written by daega \(toolVersion) · amounts in whole won, rounding shown at each step")
    }
}
