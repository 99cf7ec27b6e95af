/// One setting's names on every surface, from the one table of names (``all``) that the project file, the batch CSV,
/// the flags, the web form and docs/settings.md all read.
///
/// The canonical name is the project file's key (`overhead_percent`); the flag is that name with `-` for `_`
/// (`--overhead-percent`) and the batch CSV column is the name itself, prefixed with `maintenance_` for a
/// `[maintenance]` key because the portfolio row also carries the project's own `budget` and `months`. Old spellings
/// (`overhead_rate`, `overhead_pct`) stay accepted everywhere as aliases: in a project file with a one-line note
/// naming the canonical key, in a CSV header and as a flag (`--overhead-rate`).
public struct SettingName: Sendable, Equatable {
    /// The canonical name: the project file's key.
    public let name: String
    /// The project-file tables that take it (`function_points`, `staffing`, `maintenance.products` …).
    public let sections: [String]
    /// The flag without `--`, when it is not ``name`` with `-` for `_` (the budget's amount is `--budget`), or `nil`.
    private let flagOverride: String?
    /// The batch CSV column, when the batch reads the setting.
    public let column: String?
    /// Old spellings still accepted on every surface (snake_case; as flags with `-` for `_`).
    public let aliases: [String]
    /// What the setting is, in Korean.
    public let meaning: String

    /// The flag without its leading `--` (`overhead-percent`), also the web form's field name.
    public var flag: String { flagOverride ?? Self.flagSpelling(name) }

    /// The old spellings as flags without `--` (`overhead-rate`).
    public var flagAliases: [String] { aliases.map(Self.flagSpelling) }

    /// A snake_case name as a flag: `_` becomes `-`.
    static func flagSpelling(_ name: String) -> String { name.replacingOccurrences(of: "_", with: "-") }

    init(_ name: String, in sections: [String], flag: String? = nil, column: String? = nil, aliases: [String] = [], _ meaning: String) {
        (self.name, self.sections, flagOverride, self.column, self.aliases, self.meaning) = (name, sections, flag, column, aliases, meaning)
    }

    /// 가이드 판 (연도).
    public static let edition = SettingName("edition", in: ["function_points", "staffing", "maintenance"], column: "edition", "가이드 판 (연도)")
    /// 기능점수 총계.
    public static let functionPoints = SettingName("fp", in: ["function_points"], column: "fp", "기능점수 총계")
    /// 기능 목록 파일.
    public static let functions = SettingName("functions", in: ["function_points"], "기능 목록 CSV 또는 KOSA FP 산정양식 (.xlsx/.xlsm)")
    /// 직접경비.
    public static let directExpenses = SettingName("direct_expenses", in: ["function_points", "staffing", "maintenance"],
                                                   column: "direct_expenses", "직접경비 (원, VAT 별도)")
    /// 이윤율.
    public static let profitPercent = SettingName("profit_percent", in: ["function_points"], aliases: ["profit_rate"], "이윤율 (%)")
    /// 발주 단계.
    public static let phases = SettingName("phases", in: ["function_points"], "일부 단계만 발주 (analysis,design,…)")
    /// 임금 적용연도.
    public static let wageYear = SettingName("wage_year", in: ["staffing"], column: "wage_year", "SW기술자 평균임금 적용연도")
    /// 제경비율.
    public static let overheadPercent = SettingName("overhead_percent", in: ["staffing"], column: "overhead_percent",
                                                    aliases: ["overhead_rate", "overhead_pct"], "제경비율 (%)")
    /// 기술료율.
    public static let technicalFeePercent = SettingName("technical_fee_percent", in: ["staffing"], column: "technical_fee_percent",
                                                        aliases: ["technical_fee_rate", "tech_fee_rate", "tech_fee_pct"], "기술료율 (%)")
    /// 월 근무일수.
    public static let workingDays = SettingName("working_days", in: ["staffing"], "월 근무일수 (월평균임금이 없는 임금표)")
    /// 계획 사업기간 (적정 사업기간 비교).
    public static let durationMonths = SettingName("duration_months", in: ["staffing"], "계획 사업기간 (개월, 적정 사업기간 비교용)")
    /// 사업 유형.
    public static let work = SettingName("work", in: ["staffing"], "사업 유형: development, planning, operation, exempt")
    /// 예산.
    public static let budget = SettingName("amount", in: ["budget"], flag: "budget", column: "budget", "예산 (원, VAT 포함)")
    /// 예산이 VAT 별도.
    public static let excludesVAT = SettingName("excludes_vat", in: ["budget"], flag: "budget-excludes-vat", "예산이 VAT 별도 금액")
    /// 계획 사업기간 (예산 점검).
    public static let months = SettingName("months", in: ["budget"], column: "months", "계획 사업기간 (개월)")
    /// 통상 낙찰률.
    public static let awardRatio = SettingName("award_ratio", in: ["budget"], "통상 낙찰률 (%)")
    /// 유지관리 대상 개발비.
    public static let maintenanceBasis = SettingName("basis", in: ["maintenance"], column: "maintenance_basis",
                                                     "유지관리 대상 SW의 개발비 (원, VAT 별도)")
    /// 유지관리 기간.
    public static let maintenanceMonths = SettingName("months", in: ["maintenance"], "유지관리 기간 (개월, daega maintenance)")
    /// 유지관리 예산 (1차년도).
    public static let maintenanceBudget = SettingName("budget", in: ["maintenance"], column: "maintenance_budget",
                                                      "1차년도 유지관리 예산 (원, VAT 별도, daega maintenance)")
    /// 유지관리 예산 요율.
    public static let maintenanceBudgetRate = SettingName("budget_rate", in: ["maintenance"], column: "maintenance_budget_rate",
                                                          aliases: ["maintenance_rate"], "예산에 밝힌 유지관리 요율 (%)")
    /// 상용SW 라이선스 금액.
    public static let license = SettingName("license", in: ["maintenance.products"], column: "license", aliases: ["license_amount"],
                                            "상용SW 최초 라이선스 금액 (원, VAT 별도)")
    /// 상용SW 유지관리 등급.
    public static let grade = SettingName("grade", in: ["maintenance.products"], column: "grade", "상용SW 유지관리 서비스 등급 1~5")
    /// 상용SW 요율.
    public static let ratePercent = SettingName("rate_percent", in: ["maintenance.products"], aliases: ["rate"],
                                                "상용SW 유지관리 요율 (%, 요율표 대신)")

    /// Every setting, in the order docs/settings.md lists them: the table also holds the settings spelled the same
    /// everywhere (간이법 counts, adjustment-factor levels, maintenance ratings), the settings that a project
    /// file, a flag and a CSV column share (keys that only a project file takes, such as `[budget] price_weights`, are
    /// described in README's project-file section), and the few whose
    /// flag keeps another name because the plain one would be unclear on the command line (`--budget` for `[budget]
    /// amount`, `--staffing` for `[staffing] file`, `--range-stage`, `--written-on`, `--document-number`).
    public static let all: [SettingName] =
        [edition]
        + ["ilf", "eif", "ei", "eo", "eq"].map { SettingName($0, in: ["function_points"], column: $0, "간이법 \($0.uppercased()) 개수") }
        + [functionPoints, functions]
        + [("integration", "연계복잡성"), ("performance", "성능요구수준"), ("compatibility", "운영환경 호환성"), ("security", "보안성")].map {
            SettingName($0.0, in: ["function_points"], column: $0.0, "\($0.1) 등급 1~5")
        }
        + [directExpenses, profitPercent, phases, wageYear, overheadPercent, technicalFeePercent, workingDays, durationMonths, work,
           SettingName("file", in: ["staffing"], flag: "staffing", "투입 인력 CSV (job,months 또는 job,days)"),
           budget, excludesVAT, months, awardRatio, maintenanceBasis, maintenanceMonths]
        + [("frequency", "유지관리 횟수"), ("users", "시스템 사용자수"), ("importance", "시스템 중요도"), ("interfaces", "타시스템 연계"),
           ("recovery", "오류복구 신속성")].map { SettingName($0.0, in: ["maintenance"], column: $0.0, "\($0.1): 단순/보통/복잡") }
        + [maintenanceBudget, maintenanceBudgetRate, license, grade, ratePercent]
        + [SettingName("stage", in: ["range"], flag: "range-stage", "범위의 규모 폭을 정할 단계 (--range와 함께)"),
           SettingName("samples", in: ["range"], "범위 시뮬레이션 표본 수"), SettingName("seed", in: ["range"], "범위 시뮬레이션 난수 시드")]
        + [("agency", "기관명"), ("department", "부서"), ("author", "작성자")].map { SettingName($0.0, in: ["document"], "산출 근거 머리: \($0.1)") }
        + [SettingName("date", in: ["document"], flag: "written-on", "산출 근거 머리: 작성일"),
           SettingName("number", in: ["document"], flag: "document-number", "산출 근거 머리: 문서번호"),
           SettingName("approval", in: ["document"], "산출 근거 머리: 결재란 (--no-approval로 뺌)")]

    /// The setting whose batch CSV column is `column`.
    public static func forColumn(_ column: String) -> SettingName? { all.first { $0.column == column } }
}
