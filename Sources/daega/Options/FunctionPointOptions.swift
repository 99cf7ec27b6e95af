import ArgumentParser
import DaegaEngine
import DaegaIO

/// The function-point inputs as flags, shared by `fp`, `compare`, `maintenance` and `check`.
struct FunctionPointOptions: ParsableArguments {
    @Option(help: "가이드 판 (연도). 없으면 기준일에 시행 중인 최신판")
    var edition: String?

    @Option(help: "간이법: 내부논리파일(ILF) 개수") var ilf: String?
    @Option(help: "간이법: 외부연계파일(EIF) 개수") var eif: String?
    @Option(help: "간이법: 외부입력(EI) 개수") var ei: String?
    @Option(help: "간이법: 외부출력(EO) 개수") var eo: String?
    @Option(help: "간이법: 외부조회(EQ) 개수") var eq: String?

    @Option(name: .customLong("fp"), help: "기능점수 총계")
    var total: String?

    @Option(help: ArgumentHelp("기능 목록: CSV (name,type + det,ret_ftr 또는 complexity) 또는 KOSA FP 산정양식 .xlsx/.xlsm", valueName: "file"))
    var functions: String?

    @Option(help: ArgumentHelp("기능 목록 통합문서에서 읽을 시트 (기본: FP산정, 없으면 FP산정(간이법))", valueName: "name"))
    var sheet: String?

    @Option(help: "연계복잡성 등급 1~5 (없으면 계수 1.00인 등급)") var integration: String?
    @Option(help: "성능요구수준 등급 1~5") var performance: String?
    @Option(help: "운영환경 호환성 등급 1~5") var compatibility: String?
    @Option(help: "보안성 등급 1~5") var security: String?

    @Option(name: .customLong("direct-expenses"), help: ArgumentHelp("직접경비 (원, VAT 별도)", valueName: "won"))
    var directExpenses: String?

    @Option(name: .setting(.profitPercent), help: ArgumentHelp("이윤율 % (기본값과 상한은 판의 요율표)", valueName: "pct"))
    var profitPercent: String?

    @Option(help: ArgumentHelp("일부 단계만 발주: analysis,design,implementation,test 또는 design-project/build-project", valueName: "list"))
    var phases: String?

    /// The flags as settings shared with the web page.
    var settings: FunctionPointSettings {
        var settings = FunctionPointSettings()
        (settings.edition, settings.ilf, settings.eif, settings.ei, settings.eo, settings.eq) = (edition, ilf, eif, ei, eo, eq)
        (settings.total, settings.functions, settings.sheet, settings.directExpenses, settings.profitPercent, settings.phases) =
            (total, functions, sheet, directExpenses, profitPercent, phases)
        (settings.integration, settings.performance, settings.compatibility, settings.security) =
            (integration, performance, compatibility, security)
        return settings
    }

    /// Whether any scope flag was given.
    var hasScope: Bool { settings.hasScope }

    /// Applies the flags over `base` (a project file's inputs or empty): a flag always wins.
    /// - Throws: `DaegaError` naming the flag for a bad value or conflicting scopes.
    func merged(over base: FunctionPointInput) throws -> FunctionPointInput {
        try settings.merged(over: base, locator: .flags)
    }
}
