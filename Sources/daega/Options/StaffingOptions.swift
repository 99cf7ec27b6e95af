import ArgumentParser
import DaegaEngine
import DaegaIO

/// The man-month inputs as flags, shared by `mm` and `compare`.
struct StaffingOptions: ParsableArguments {
    @Option(name: .customLong("staff"), help: ArgumentHelp("투입 M/M: \"직무=개월\" (여러 번, 소수 가능, 예: \"IT PM=3\")", valueName: "job=months"))
    var staff: [String] = []

    @Option(name: .customLong("staff-days"), help: ArgumentHelp("투입 M/D: \"직무=일수\" (여러 번)", valueName: "job=days"))
    var staffDays: [String] = []

    @Option(help: ArgumentHelp("투입 인력 CSV (job,months 또는 job,days; 직무,투입월,투입일)", valueName: "file"))
    var staffing: String?

    @Option(name: .customLong("wage-year"), help: ArgumentHelp("SW기술자 평균임금 적용연도 (기본: 기준일에 시행 중인 표)", valueName: "year"))
    var wageYear: String?

    @Option(name: .customLong("working-days"), help: ArgumentHelp("월 근무일수 (월평균임금이 없는 표에서 M/M을 M/D로 환산)", valueName: "days"))
    var workingDays: String?

    @Option(name: .setting(.overheadPercent), help: ArgumentHelp("제경비율 % (기본: 판 범위의 하한)", valueName: "pct"))
    var overheadPercent: String?

    @Option(name: .setting(.technicalFeePercent), help: ArgumentHelp("기술료율 % (기본: 판 범위의 하한)", valueName: "pct"))
    var technicalFeePercent: String?

    @Option(name: .customLong("duration-months"), help: ArgumentHelp("계획 사업기간(개월), 적정 사업기간 비교용", valueName: "months"))
    var durationMonths: String?

    @Option(help: ArgumentHelp("사업 유형: development, planning, operation, exempt", valueName: "kind"))
    var work: String?

    /// Applies the flags over `base` (a project file's `[staffing]` or empty): a flag always wins, and any staffing
    /// flag replaces the file's lines.
    /// - Parameters:
    ///   - base: the project file's inputs.
    ///   - edition: the `--edition` flag's text, if given.
    ///   - directExpenses: the `--direct-expenses` flag's text, if given.
    /// - Throws: `DaegaError` naming the flag for a bad value.
    func merged(over base: StaffingInput, edition: String?, directExpenses: String?) throws -> StaffingInput {
        var settings = StaffingSettings()
        (settings.staff, settings.staffDays, settings.staffing, settings.wageYear, settings.workingDays) =
            (staff, staffDays, staffing, wageYear, workingDays)
        (settings.overheadPercent, settings.technicalFeePercent, settings.durationMonths, settings.work) =
            (overheadPercent, technicalFeePercent, durationMonths, work)
        return try settings.merged(over: base, edition: edition, directExpenses: directExpenses, locator: .flags)
    }
}
