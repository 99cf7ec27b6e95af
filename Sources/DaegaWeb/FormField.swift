import DaegaEngine
import DaegaIO

/// One input of a project form, named like its command-line flag (`ilf` is `--ilf`), with its Korean label.
struct FormField: Sendable {
    /// How the field is entered.
    enum Kind: Sendable {
        /// A one-line text box, with an example as its placeholder.
        case text(example: String)
        /// A factor level 1–5, or blank for the level whose factor is 1.00.
        case level
        /// A text area, one entry per line.
        case lines(example: String)
        /// A file upload, with the file types offered by the browser's picker.
        case file(accept: String)
    }

    /// The field's name, the setting's one name.
    var name: String
    /// The label shown above the input.
    var label: String
    /// A short help text under the input.
    var hint: String
    /// How the field is entered.
    var kind: Kind
}

/// A titled set of fields shown together (one step of a form).
struct FieldGroup: Sendable {
    /// The group's heading.
    var title: String
    /// A sentence that says when to fill it in.
    var lead: String
    /// The fields in display order.
    var fields: [FormField]

    /// A project file (TOML), the same file the CLI takes; the fields below it override it as flags do.
    static let projectFile = FieldGroup(
        title: "프로젝트 파일", lead: "daega init으로 만든 프로젝트 파일(.toml)이 있으면 올립니다. 아래 칸에 적은 값이 파일의 값보다 우선합니다.",
        fields: [FormField(name: "project", label: "프로젝트 파일 (.toml)", hint: "UTF-8 TOML. 파일 안의 다른 파일 경로는 읽지 않으므로 기능 목록은 아래에서 따로 올립니다.",
                           kind: .file(accept: ".toml,text/plain"))])

    /// The scope: 간이법 counts, a total or a function list.
    static let scope = FieldGroup(
        title: "규모 (기능점수)", lead: "유형별 개수, 기능점수 총계, 기능 목록 중 하나만 적습니다.",
        fields: [FormField(name: "edition", label: "가이드 판 (연도)", hint: "비우면 오늘 시행 중인 최신판", kind: .text(example: "2025"))]
            + FunctionType.allCases.map { type in
                FormField(name: type.rawValue, label: "\(type.rawValue.uppercased()) \(type.koreanName)", hint: "개수",
                          kind: .text(example: countExamples[type] ?? "10"))
            }
            + [FormField(name: "fp", label: "기능점수 총계", hint: "개수 대신 총계를 알 때", kind: .text(example: "745.4")),
               FormField(name: "functions", label: "기능 목록 (.csv)", hint: "name,type + det,ret_ftr 또는 complexity (한글 머리글, CP949 가능)",
                         kind: .file(accept: ".csv,text/csv"))])

    /// The example count shown in each type's empty box (samples/civil-complaint.toml's counts).
    private static let countExamples: [FunctionType: String] = [.ilf: "18", .eif: "6", .ei: "60", .eo: "35", .eq: "40"]

    /// The adjustment factors and the cost items added to the development cost.
    static let factors = FieldGroup(
        title: "보정계수와 경비", lead: "비워 두면 계수 1.00인 등급, 직접경비 0원, 판의 기본 이윤율을 씁니다.",
        fields: AdjustmentFactorKind.allCases.map { kind in
            FormField(name: kind.rawValue, label: factorLabels[kind] ?? kind.rawValue, hint: "등급 1~5", kind: .level)
        } + [
            FormField(name: "direct-expenses", label: "직접경비 (원, VAT 별도)", hint: "600,000,000처럼 쉼표 가능", kind: .text(example: "35,000,000")),
            FormField(name: SettingName.profitPercent.flag, label: "이윤율 (%)", hint: "판의 상한 이하", kind: .text(example: "25")),
        ])

    /// The guide's Korean name of each adjustment factor.
    private static let factorLabels: [AdjustmentFactorKind: String] = [
        .integration: "연계복잡성", .performance: "성능요구수준", .compatibility: "운영환경 호환성", .security: "보안성",
    ]

    /// Staffing for the man-month method.
    static let staffing = FieldGroup(
        title: "투입 인력 (투입공수 방식)", lead: "직무와 개월 수를 한 줄에 하나씩 적습니다.",
        fields: [
            FormField(name: "staff", label: "투입 M/M", hint: "\"직무=개월\" 한 줄에 하나", kind: .lines(example: "응용SW개발자=10\nIT PM=3")),
            FormField(name: "wage-year", label: "임금 적용연도", hint: "비우면 오늘 시행 중인 표", kind: .text(example: "2025")),
            FormField(name: SettingName.overheadPercent.flag, label: "제경비율 (%)", hint: "비우면 판 범위의 하한", kind: .text(example: "144")),
            FormField(name: SettingName.technicalFeePercent.flag, label: "기술료율 (%)", hint: "비우면 판 범위의 하한", kind: .text(example: "20")),
            FormField(name: "duration-months", label: "계획 사업기간 (개월)", hint: "적정 사업기간 비교용", kind: .text(example: "8")),
        ])

    /// The budget to check.
    static let budget = FieldGroup(
        title: "예산", lead: "점검할 예산(VAT 포함)과 계획 사업기간입니다.",
        fields: [
            FormField(name: "budget", label: "예산 (원, VAT 포함)", hint: "600,000,000처럼 쉼표 가능", kind: .text(example: "650,000,000")),
            FormField(name: "months", label: "계획 사업기간 (개월)", hint: "", kind: .text(example: "8")),
        ])
}
