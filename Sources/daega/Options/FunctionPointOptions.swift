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

    @Option(name: .customLong("profit-rate"), help: ArgumentHelp("이윤율 % (기본값과 상한은 판의 요율표)", valueName: "pct"))
    var profitRate: String?

    @Option(help: ArgumentHelp("일부 단계만 발주: analysis,design,implementation,test 또는 design-project/build-project", valueName: "list"))
    var phases: String?

    /// Whether any scope flag was given.
    var hasScope: Bool { total != nil || functions != nil || [ilf, eif, ei, eo, eq].contains { $0 != nil } }

    /// Applies the flags over `base` (a project file's inputs or empty): a flag always wins.
    /// - Throws: `DaegaError` naming the flag for a bad value or conflicting scopes.
    func merged(over base: FunctionPointInput) throws -> FunctionPointInput {
        var input = base
        if let edition {
            input.edition = try ValueText.integer(edition, at: .flag("--edition"), in: 1990...2100, what: "판")
            input.locations["edition"] = .flag("--edition")
        }
        let countFlags: [(FunctionType, String?)] = [(.ilf, ilf), (.eif, eif), (.ei, ei), (.eo, eo), (.eq, eq)]
        let givenScopes = [functions != nil ? "--functions" : nil, total != nil ? "--fp" : nil,
                           countFlags.contains { $0.1 != nil } ? "--ilf/--eif/--ei/--eo/--eq" : nil].compactMap { $0 }
        if givenScopes.count > 1 {
            throw DaegaError(.conflictingInputs, at: .flag(givenScopes[1]),
                             "규모가 여러 방법(\(givenScopes.joined(separator: ", ")))으로 주어졌습니다",
                             expected: "--functions, --fp, 유형별 개수 중 하나")
        }
        if let functions { input.scope = .functionList(path: functions) }
        if let sheet { input.functionSheet = sheet }
        if let total {
            input.scope = .total(try ValueText.decimal(total, at: .flag("--fp"), expected: "0 이상의 기능점수 (예: 85 또는 85.5)"))
            input.locations["fp"] = .flag("--fp")
        }
        if countFlags.contains(where: { $0.1 != nil }) {
            var counts: [FunctionType: Int] = [:]
            for (type, text) in countFlags {
                guard let text else { continue }
                let flag = "--\(type.rawValue)"
                counts[type] = try ValueText.integer(text, at: .flag(flag), in: 0...Int(FunctionPointCount.maximum.significand),
                                                     what: "\(type.rawValue.uppercased()) 개수")
                input.locations[type.rawValue] = .flag(flag)
            }
            input.scope = .counts(counts)
            input.locations["counts"] = .flag("--ilf/--eif/--ei/--eo/--eq")
        }
        let levelFlags: [(AdjustmentFactorKind, String?)] = [(.integration, integration), (.performance, performance),
                                                              (.compatibility, compatibility), (.security, security)]
        for (kind, text) in levelFlags {
            guard let text else { continue }
            let flag = "--\(kind.rawValue)"
            input.factorLevels[kind] = try ValueText.integer(text, at: .flag(flag), in: 1...5, what: "등급")
            input.locations[kind.rawValue] = .flag(flag)
        }
        if let directExpenses {
            let amount = try ValueText.won(directExpenses, at: .flag("--direct-expenses"))
            guard amount >= .zero else {
                throw DaegaError(.valueOutOfRange, at: .flag("--direct-expenses"), "직접경비가 음수입니다", expected: "0 이상의 금액")
            }
            input.directExpenses = amount
            input.locations["direct_expenses"] = .flag("--direct-expenses")
        }
        if let profitRate {
            input.profitPercent = try ValueText.decimal(profitRate, at: .flag("--profit-rate"), expected: "이윤율 % (예: 25)")
            input.locations["profit_rate"] = .flag("--profit-rate")
        }
        if let phases {
            input.locations["phases"] = .flag("--phases")
            do { input.phases = try PhaseSelection(parsing: phases) } catch let error as DaegaError { throw input.locate(error) }
        }
        return input
    }
}
