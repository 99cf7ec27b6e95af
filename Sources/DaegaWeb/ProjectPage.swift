import DaegaEngine
import DaegaIO
import DaegaReports

/// The pages that take one project: each is one entry here (its address, title, fields and what it runs), so a new
/// output is a new case.
enum ProjectPage: String, CaseIterable, Sendable {
    /// 사업 추정: the cost by function points and, with staffing, by man-months (`daega fp`, `daega mm`).
    case estimate
    /// 비교: both methods side by side (`daega compare`).
    case compare
    /// 유지관리: maintenance fees from a project file's `[maintenance]` (`daega maintenance`).
    case maintenance
    /// 예산 점검: coverage, findings and the rules behind them (`daega check`).
    case check
    /// 산출 근거: the memo to download (`daega memo`).
    case memo

    /// The page's address.
    var path: String { "/" + rawValue }

    /// The page's title in the navigation and heading.
    var title: String {
        switch self {
        case .estimate: "사업 추정"
        case .compare: "비교"
        case .maintenance: "유지관리"
        case .check: "예산 점검"
        case .memo: "산출 근거"
        }
    }

    /// What the page answers, one sentence.
    var lead: String {
        switch self {
        case .estimate: "기능점수(간이법 개수, 총계, 기능 목록)로 SW 개발비를, 투입 인력을 적으면 투입공수 대가도 구합니다."
        case .compare: "같은 사업을 기능점수 방식과 투입공수 방식으로 구해 차이, 생산성, 적정 사업기간을 비교합니다."
        case .maintenance: "프로젝트 파일의 [maintenance] 절로 응용SW·상용SW 유지관리비를 연도별로 구하고 예산 요율을 점검합니다."
        case .check: "예산이 적정 대가를 얼마나 채우는지, 유찰 위험과 그 근거 규정(참여하한, 직접구매, 사업기간 등)을 점검합니다."
        case .memo: "예산 산출 근거(모든 계산 단계, 가정, UNCERTAIN 수치)를 문서로 내려받습니다."
        }
    }

    /// The CLI command that gives the same result, shown on the page.
    var command: String {
        switch self {
        case .estimate: "daega fp / daega mm"
        case .compare: "daega compare"
        case .maintenance: "daega maintenance"
        case .check: "daega check"
        case .memo: "daega memo"
        }
    }

    /// The field groups the form shows, in order.
    var groups: [FieldGroup] {
        switch self {
        case .estimate, .compare: [.projectFile, .scope, .factors, .staffing]
        case .maintenance: [.projectFile]
        case .check: [.projectFile, .budget, .scope, .factors, .staffing]
        case .memo: [.projectFile, .scope]
        }
    }

    /// The submit button's label.
    var submitLabel: String { self == .memo ? "내려받기" : "계산하기" }

    /// Runs the page for a project's inputs.
    /// - Parameters:
    ///   - inputs: the project's inputs, read from the form.
    ///   - form: the form, for choices that are not project inputs (the memo's format).
    ///   - header: the memo's header block: the project file's `[document]`, as `daega memo` fills it in.
    ///   - selection: the rate books and the reference day.
    ///   - toolVersion: daega's version, for the memo's colophon.
    /// - Throws: `DaegaError` placed at the field or file position that carried the bad value.
    func run(_ inputs: ProjectInputs, form: WebForm, header: MemoHeader, selection: RateSelection, toolVersion: String) throws -> PageOutcome {
        switch self {
        case .estimate:
            return .report(try Self.estimate(inputs, selection: selection))
        case .compare:
            let comparison = try ProjectComparisonPlan.run(functionPoints: inputs.functionPoints, staffing: inputs.staffing,
                                                           selection: selection)
            return .report(WebReport(
                headline: [("기능점수 방식 (VAT 포함)", Self.won(comparison.functionPoints.totalWithVAT)),
                           ("투입공수 방식 (VAT 포함)", Self.won(comparison.manMonths.totalWithVAT)),
                           ("차이 (VAT 포함)", Self.won(comparison.differenceWithVAT))],
                process: ComparisonText.render(comparison, language: .ko), rates: comparison.rates))
        case .maintenance:
            guard let (estimate, findings) = try inputs.maintenanceEstimate(selection: selection) else {
                throw DaegaError(.maintenanceNothingToEstimate, at: .field("project"), "프로젝트 파일에 [maintenance] 절이 없습니다",
                                 expected: "[maintenance] 절이 있는 프로젝트 파일 (예: samples/maintenance-example.toml)")
            }
            return .report(WebReport(
                headline: [("유지관리비 합계 (VAT 별도)", Self.won(estimate.total)), ("VAT 포함", Self.won(estimate.totalWithVAT))],
                process: MaintenanceText.render(estimate, findings: findings, language: .ko), rates: estimate.rates))
        case .check:
            let result = try ProjectCheckPlan.run(inputs, selection: selection)
            let coverage = result.check.coverage
            return .report(WebReport(
                headline: [("유찰 위험", result.check.risk.koreanName), ("예산 (VAT 포함)", Self.won(result.check.budgetWithVAT)),
                           ("예산 충족률", "\(coverage.coveragePercent.fixedText)%")],
                process: ProjectCheckText.render(result, project: inputs.name, language: .ko), rates: result.check.rates))
        case .memo:
            let format = form.value("format").flatMap(MemoDownload.init(rawValue:)) ?? .html
            return .download(try format.render(inputs, header: header, selection: selection, toolVersion: toolVersion))
        }
    }

    /// 사업 추정: the function-point estimate when a scope is given, the man-month estimate when staffing is.
    private static func estimate(_ inputs: ProjectInputs, selection: RateSelection) throws -> WebReport {
        guard inputs.hasDevelopment else {
            throw DaegaError(.missingInput, at: .field("ilf"), "규모도 투입 인력도 없습니다",
                             expected: "유형별 개수, 기능점수 총계, 기능 목록 또는 투입 M/M")
        }
        var report = WebReport(headline: [], process: "", rates: [])
        if inputs.functionPoints.scope != nil {
            let fp = try FunctionPointPreparation(inputs.functionPoints, selection: selection).estimate()
            report.headline += [("기능점수", "\(fp.functionPoints) FP"), ("개발비 (VAT 별도)", won(fp.total)),
                                ("개발비 (VAT 포함)", won(fp.totalWithVAT))]
            report.process += FunctionPointText.render(fp, language: .ko)
            report.rates += fp.rates
        }
        if inputs.hasStaffing {
            let mm = try ManMonthPreparation(inputs.staffing, selection: selection).estimate()
            report.headline += [("투입공수 대가 (VAT 포함)", won(mm.totalWithVAT))]
            report.process += (report.process.isEmpty ? "" : "\n") + ManMonthText.render(mm, language: .ko)
            report.rates += mm.rates
        }
        return report
    }

    /// An amount as the page shows it: `68,467,488원`.
    static func won(_ amount: Won) -> String { amount.grouped + "원" }
}
