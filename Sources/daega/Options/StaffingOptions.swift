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

    @Option(name: .customLong("overhead-rate"), help: ArgumentHelp("제경비율 % (기본: 판 범위의 하한)", valueName: "pct"))
    var overheadRate: String?

    @Option(name: .customLong("tech-fee-rate"), help: ArgumentHelp("기술료율 % (기본: 판 범위의 하한)", valueName: "pct"))
    var techFeeRate: String?

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
        var input = base
        if let edition {
            input.edition = try ValueText.integer(edition, at: .flag("--edition"), in: 1990...2100, what: "판")
            input.locations["edition"] = .flag("--edition")
        }
        if let wageYear {
            input.wageYear = try ValueText.integer(wageYear, at: .flag("--wage-year"), in: 1990...2100, what: "임금 적용연도")
            input.locations["wage_year"] = .flag("--wage-year")
        }
        let decimals: [(String?, String, String, WritableKeyPath<StaffingInput, ExactDecimal?>)] = [
            (workingDays, "--working-days", "working_days", \.workingDays),
            (overheadRate, "--overhead-rate", "overhead_rate", \.overheadPercent),
            (techFeeRate, "--tech-fee-rate", "technical_fee_rate", \.technicalFeePercent),
            (durationMonths, "--duration-months", "duration_months", \.durationMonths),
        ]
        for (text, flag, field, path) in decimals {
            guard let text else { continue }
            input[keyPath: path] = try ValueText.decimal(text, at: .flag(flag))
            input.locations[field] = .flag(flag)
        }
        if let directExpenses {
            let amount = try ValueText.won(directExpenses, at: .flag("--direct-expenses"))
            input.directExpenses = amount
            input.locations["direct_expenses"] = .flag("--direct-expenses")
        }
        if let work {
            guard let kind = WorkKind(spelling: work) else {
                throw DaegaError(.unknownChoice, at: .flag("--work"), "사업 유형 '\(work)'은(는) 알 수 없습니다",
                                 expected: WorkKind.acceptedSpellings)
            }
            input.work = kind
        }
        if !staff.isEmpty || !staffDays.isEmpty || staffing != nil {
            var lines: [StaffingLine] = []
            var places: [(job: InputLocation, effort: InputLocation)] = []
            for (texts, flag, effort) in [(staff, "--staff", StaffingEffort.months), (staffDays, "--staff-days", StaffingEffort.days)] {
                for text in texts {
                    lines.append(try StaffingEntryText.parse(text, at: .flag(flag), effort: effort))
                    places.append((.flag(flag), .flag(flag)))
                }
            }
            input.file = staffing
            if staffing != nil && !lines.isEmpty {
                throw DaegaError(.conflictingInputs, at: .flag("--staffing"), "투입 인력이 --staffing 파일과 --staff 옵션으로 함께 주어졌습니다",
                                 expected: "--staffing 또는 --staff/--staff-days 중 하나")
            }
            input.setLines(lines, locations: places)
        }
        return input
    }
}
