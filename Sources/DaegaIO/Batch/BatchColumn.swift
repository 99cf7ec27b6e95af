import Foundation

/// An input column of a batch portfolio CSV that daega reads, with the header names it accepts.
///
/// Headers are matched as ``BatchHeaderName`` folds them (spaces, `_`, case and full-width forms do not matter); every
/// column also has Korean aliases (`예산`, `사업기간`, `투입인력` …), a setting's column is named by ``SettingName``'s table
/// (old spellings such as `overhead_pct` still read), and a trailing qualifier such as `(원)` or `(%)` is
/// accepted only when it is the column's own unit. Columns daega does not know are carried through unchanged.
public enum BatchColumn: String, Sendable, CaseIterable {
    /// The row's identifier: required and unique.
    case id
    /// The project's name.
    case name
    /// The guide edition year.
    case edition
    /// 간이법 counts per function type.
    case ilf, eif, ei, eo, eq
    /// A function-point total, instead of counts.
    case fp
    /// Adjustment-factor levels 1–5.
    case integration, performance, compatibility, security
    /// 직접경비 in won.
    case directExpenses = "direct_expenses"
    /// Staffing as `직무:개월;직무:개월`.
    case staffing
    /// 임금 적용연도.
    case wageYear = "wage_year"
    /// 제경비율 (%).
    case overheadPercent = "overhead_percent"
    /// 기술료율 (%).
    case technicalFeePercent = "technical_fee_percent"
    /// The budget in won, VAT 포함.
    case budget
    /// The planned duration in months.
    case months
    /// 유지관리 대상 SW의 현재가치 개발비 (VAT 별도), for application-SW maintenance.
    case maintenanceBasis = "maintenance_basis"
    /// The five TMP difficulty ratings (단순/보통/복잡).
    case frequency, users, importance, interfaces, recovery
    /// The maintenance rate the budget states (%), checked against the guide's rates.
    case maintenanceRate = "maintenance_budget_rate"
    /// A commercial SW licence amount (VAT 별도) and its service grade 1–5.
    case licenseAmount = "license", grade
    /// The first year's maintenance budget (VAT 별도), checked against the maintenance estimate.
    case maintenanceBudget = "maintenance_budget"

    /// The Korean header names accepted besides the snake_case name.
    public var koreanAliases: [String] {
        switch self {
        case .id: ["번호", "사업번호", "관리번호"]
        case .name: ["사업명"]
        case .edition: ["가이드판", "판"]
        case .ilf: ["내부논리파일"]
        case .eif: ["외부연계파일"]
        case .ei: ["외부입력"]
        case .eo: ["외부출력"]
        case .eq: ["외부조회"]
        case .fp: ["기능점수", "기능점수총계"]
        case .integration: ["연계복잡성"]
        case .performance: ["성능요구수준"]
        case .compatibility: ["운영환경호환성", "다중사이트운영성"]
        case .security: ["보안성"]
        case .directExpenses: ["직접경비"]
        case .staffing: ["투입인력"]
        case .wageYear: ["임금적용연도"]
        case .overheadPercent: ["제경비율"]
        case .technicalFeePercent: ["기술료율"]
        case .budget: ["예산"]
        case .months: ["사업기간"]
        case .maintenanceBasis: ["유지관리기준개발비"]
        case .frequency: ["유지관리횟수"]
        case .users: ["사용자수"]
        case .importance: ["시스템중요도"]
        case .interfaces: ["타시스템연계"]
        case .recovery: ["오류복구"]
        case .maintenanceRate: ["유지관리요율"]
        case .licenseAmount: ["라이선스금액"]
        case .grade: ["상용SW등급"]
        case .maintenanceBudget: ["유지관리예산"]
        }
    }

    /// The column's place in `allCases`, for tables indexed by column (a test checks that the two agree).
    var ordinal: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .edition: 2
        case .ilf: 3
        case .eif: 4
        case .ei: 5
        case .eo: 6
        case .eq: 7
        case .fp: 8
        case .integration: 9
        case .performance: 10
        case .compatibility: 11
        case .security: 12
        case .directExpenses: 13
        case .staffing: 14
        case .wageYear: 15
        case .overheadPercent: 16
        case .technicalFeePercent: 17
        case .budget: 18
        case .months: 19
        case .maintenanceBasis: 20
        case .frequency: 21
        case .users: 22
        case .importance: 23
        case .interfaces: 24
        case .recovery: 25
        case .maintenanceRate: 26
        case .licenseAmount: 27
        case .grade: 28
        case .maintenanceBudget: 29
        }
    }

    /// The column a header name stands for.
    /// - Parameter header: a header cell as written.
    /// - Returns: the column, or `nil` for a column daega carries through without reading (also when the header
    ///   names a column with a qualifier the column does not accept, such as `예산 (천원)`).
    public init?(header: String) {
        let name = BatchHeaderName(header)
        guard let column = Self.byKey[name.key], name.qualifier.map(column.accepts(qualifier:)) ?? true else { return nil }
        self = column
    }

    /// The column whose name or alias folds to `key`.
    static func named(key: String) -> BatchColumn? { byKey[key] }

    /// Every name and alias (Korean, and the old spellings in ``SettingName``'s table), folded, with its column.
    static let byKey: [String: BatchColumn] = {
        var names: [String: BatchColumn] = [:]
        for column in allCases {
            names[BatchHeaderName.fold(column.rawValue)] = column
            for alias in SettingName.forColumn(column.rawValue)?.aliases ?? [] { names[BatchHeaderName.fold(alias)] = column }
            for alias in column.koreanAliases { names[BatchHeaderName.fold(alias)] = column }
        }
        return names
    }()

    /// Whether a header's trailing qualifier (folded, as in `예산 (원)` or `제경비율 (%)`) is this column's unit.
    /// - Parameter qualifier: the folded text inside the brackets.
    func accepts(qualifier: String) -> Bool {
        switch self {
        case .budget: ["원", "won", "vat포함", "원,vat포함", "vat포함,원", "inclvat", "vatincluded"].contains(qualifier)
        case .directExpenses, .maintenanceBasis, .licenseAmount, .maintenanceBudget: ["원", "won"].contains(qualifier)
        case .overheadPercent, .technicalFeePercent, .maintenanceRate: ["%", "퍼센트", "percent"].contains(qualifier)
        case .users: ["명"].contains(qualifier)
        case .months: ["개월", "월", "months"].contains(qualifier)
        case .fp: ["fp"].contains(qualifier)
        case .ilf, .eif, .ei, .eo, .eq: ["개", "건"].contains(qualifier)
        case .integration, .performance, .compatibility, .security: ["등급", "level"].contains(qualifier)
        case .id, .name, .edition, .staffing, .wageYear, .frequency, .importance, .interfaces, .recovery, .grade: false
        }
    }
}
