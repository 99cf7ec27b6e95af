import DaegaEngine

/// The justification memo (예산 산출 근거) of one project in the layout of a Korean official document: a header
/// block, a short 개조식 body and the 붙임 with every calculation step, the sources and the assumptions.
///
/// Every number in it is a field or trace value of one engine run, formatted, never recomputed. A part whose inputs
/// were not given is left out. Render it with `MemoHTML`, `MemoMarkdown` or `MemoHWPX`.
///
/// To add a part, write an enum with `static func blocks(_ context: MemoContext) -> [MemoBlock]` under `Sections/`
/// (body) or `Attachments/` (붙임) and add one line for it to `bodyParts` or `attachmentParts` below; returning no
/// blocks leaves the part out and the others are renumbered.
public struct ProjectMemo: Sendable {
    /// The language of every label and sentence.
    public var language: Language
    /// The memo's title.
    public var title: String
    /// The header block.
    public var header: MemoHeader
    /// The reference date (the day whose editions and wage tables apply).
    public var date: CalendarDate
    /// The unit of the summary tables.
    public var unit: MemoAmountUnit
    /// The version of the tool that wrote it.
    public var toolVersion: String
    /// The body: 사업 개요, 산정 결과, 유지관리, 예산 검토, 결론 및 요청 사항 (empty parts left out).
    public var body: [MemoSection]
    /// The 붙임: 산출 과정, 적용 기준 및 출처, 가정 및 불확실한 수치.
    public var attachments: [MemoSection]

    /// Assembles a memo from a project's estimates and, when a budget was given, its check.
    /// - Parameters:
    ///   - estimates: the engine's estimates of the project.
    ///   - check: the budget check, or `nil` when the project has no budget (the review is then left out).
    ///   - header: the header block.
    ///   - date: the reference date.
    ///   - unit: the unit of the summary tables.
    ///   - toolVersion: the tool's version printed at the end.
    ///   - language: the memo's language.
    public init(estimates: ProjectEstimates, check: BudgetCheckResult?, header: MemoHeader, date: CalendarDate,
                unit: MemoAmountUnit = .won, toolVersion: String, language: Language = .ko) {
        let w = MemoWording(language: language, unit: unit)
        let context = MemoContext(estimates: estimates, check: check, header: header, date: date, wording: w)
        self.language = language
        self.header = header
        self.date = date
        self.unit = unit
        self.toolVersion = toolVersion
        title = w.pick("예산 산출 근거", "Budget justification")
        body = MemoSection.numbered(Self.bodyParts.map { (w.pick($0.ko, $0.en), $0.blocks(context)) })
        attachments = MemoSection.numbered(Self.attachmentParts.map { (w.pick($0.ko, $0.en), $0.blocks(context)) })
    }

    /// Assembles the memo of a checked project: its estimates and its budget review.
    /// - Parameters:
    ///   - result: the project check.
    ///   - header: the header block.
    ///   - date: the reference date.
    ///   - unit: the unit of the summary tables.
    ///   - toolVersion: the tool's version printed at the end.
    ///   - language: the memo's language.
    public init(_ result: ProjectCheckResult, header: MemoHeader, date: CalendarDate, unit: MemoAmountUnit = .won,
                toolVersion: String, language: Language = .ko) {
        self.init(estimates: result.estimates, check: result.check, header: header, date: date, unit: unit,
                  toolVersion: toolVersion, language: language)
    }

    /// A part's title in both languages and how its blocks are built.
    typealias Part = (ko: String, en: String, blocks: @Sendable (MemoContext) -> [MemoBlock])

    /// The body's parts in order.
    static let bodyParts: [Part] = [
        ("사업 개요", "Project overview", MemoOverview.blocks),
        ("산정 결과", "Estimate", MemoEstimate.blocks),
        ("유지관리", "Maintenance", MemoMaintenance.blocks),
        ("예산 검토", "Budget review", MemoBudgetReview.blocks),
        ("결론 및 요청 사항", "Conclusion and request", MemoConclusion.blocks),
    ]

    /// The 붙임's parts in order.
    static let attachmentParts: [Part] = [
        ("산출 과정", "Calculation steps", MemoCalculationSteps.blocks),
        ("적용 기준 및 출처", "Rules applied and sources", MemoSources.blocks),
        ("가정 및 불확실한 수치", "Assumptions and uncertain figures", MemoAssumptions.blocks),
    ]

    /// The closing line: reference date and tool version.
    public var colophon: String {
        MemoWording(language: language).pick("산정 기준일 \(date) · daega \(toolVersion)로 작성 · 산출 과정의 금액은 원 단위 정수, 반올림은 단계마다 표시",
                                             "Reference date \(date) · written by daega \(toolVersion) · calculation steps in whole won, rounding shown at each step")
    }
}

extension ProjectMemo {
    /// The 붙임 list that closes the body of an official document, one line per attachment, the last one ending in
    /// `끝.`: `붙임 1. 산출 과정 1부.`, `2. 적용 기준 및 출처 1부.  끝.`
    public var enclosureLines: [String] {
        let w = MemoWording(language: language)
        guard !attachments.isEmpty else { return [w.pick("끝.", "End.")] }
        return attachments.enumerated().map { offset, part in
            let lead = offset == 0 ? w.pick("붙임 ", "Attachments: ") : ""
            let end = offset == attachments.count - 1 ? w.pick("  끝.", "  End.") : ""
            return lead + w.pick("\(part.number). \(part.title) 1부.", "\(part.number). \(part.title).") + end
        }
    }

    /// An attachment's heading: `붙임 1. 산출 과정`.
    public func attachmentHeading(_ part: MemoSection) -> String {
        MemoWording(language: language).pick("붙임 \(part.number). \(part.title)", "Attachment \(part.number). \(part.title)")
    }
}
