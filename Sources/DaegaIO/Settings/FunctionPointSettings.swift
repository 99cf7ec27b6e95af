import DaegaEngine

/// The function-point settings as typed (flags or form fields), before they are read: one name per setting, shared by
/// the CLI and the web page so both read them the same way and give the same messages.
public struct FunctionPointSettings: Sendable {
    /// `edition`: the guide edition year.
    public var edition: String?
    /// `ilf`: 간이법 내부논리파일 count.
    public var ilf: String?
    /// `eif`: 간이법 외부연계파일 count.
    public var eif: String?
    /// `ei`: 간이법 외부입력 count.
    public var ei: String?
    /// `eo`: 간이법 외부출력 count.
    public var eo: String?
    /// `eq`: 간이법 외부조회 count.
    public var eq: String?
    /// `fp`: a function-point total.
    public var total: String?
    /// `functions`: a function-list CSV file or KOSA FP workbook.
    public var functions: String?
    /// `sheet`: the sheet of a function-list workbook.
    public var sheet: String?
    /// `integration`: 연계복잡성 level.
    public var integration: String?
    /// `performance`: 성능요구수준 level.
    public var performance: String?
    /// `compatibility`: 운영환경 호환성 level.
    public var compatibility: String?
    /// `security`: 보안성 level.
    public var security: String?
    /// `direct-expenses`: 직접경비 in won.
    public var directExpenses: String?
    /// `profit-percent` (old: `profit-rate`): 이윤율 in percent.
    public var profitPercent: String?
    /// `phases`: the phases ordered.
    public var phases: String?

    /// Creates empty settings.
    public init() {}

    /// Whether any scope setting was given.
    public var hasScope: Bool { total != nil || functions != nil || [ilf, eif, ei, eo, eq].contains { $0 != nil } }

    /// Applies the settings over `base` (a project file's inputs or empty): a setting always wins.
    /// - Parameter locator: where each setting was typed, for error messages.
    /// - Throws: `DaegaError` at the setting for a bad value or conflicting scopes.
    public func merged(over base: FunctionPointInput, locator: SettingLocator) throws -> FunctionPointInput {
        var input = base
        if let edition {
            input.edition = try ValueText.integer(edition, at: locator("edition"), in: 1990...2100, what: "판")
            input.locations["edition"] = locator("edition")
        }
        let countSettings: [(FunctionType, String?)] = [(.ilf, ilf), (.eif, eif), (.ei, ei), (.eo, eo), (.eq, eq)]
        let countsLocation = locator.group(["ilf", "eif", "ei", "eo", "eq"])
        let givenScopes = [functions != nil ? locator("functions") : nil, total != nil ? locator("fp") : nil,
                           countSettings.contains { $0.1 != nil } ? countsLocation : nil].compactMap { $0 }
        if givenScopes.count > 1 {
            throw DaegaError(.conflictingInputs, at: givenScopes[1],
                             "규모가 여러 방법(\(givenScopes.map(\.description).joined(separator: ", ")))으로 주어졌습니다",
                             expected: "\(locator("functions")), \(locator("fp")), 유형별 개수 중 하나")
        }
        if let functions {
            input.scope = .functionList(path: functions)
            input.locations["functions"] = locator("functions")
        }
        if let sheet { input.functionSheet = sheet }
        if let total {
            input.scope = .total(try ValueText.decimal(total, at: locator("fp"), expected: "0 이상의 기능점수 (예: 85 또는 85.5)"))
            input.locations["fp"] = locator("fp")
        }
        if countSettings.contains(where: { $0.1 != nil }) {
            var counts: [FunctionType: Int] = [:]
            for (type, text) in countSettings {
                guard let text else { continue }
                counts[type] = try ValueText.integer(text, at: locator(type.rawValue), in: 0...Int(FunctionPointCount.maximum.significand),
                                                     what: "\(type.rawValue.uppercased()) 개수")
                input.locations[type.rawValue] = locator(type.rawValue)
            }
            input.scope = .counts(counts)
            input.locations["counts"] = countsLocation
        }
        let levelSettings: [(AdjustmentFactorKind, String?)] = [(.integration, integration), (.performance, performance),
                                                                (.compatibility, compatibility), (.security, security)]
        for (kind, text) in levelSettings {
            guard let text else { continue }
            input.factorLevels[kind] = try ValueText.integer(text, at: locator(kind.rawValue), in: 1...5, what: "등급")
            input.locations[kind.rawValue] = locator(kind.rawValue)
        }
        if let directExpenses {
            let amount = try ValueText.won(directExpenses, at: locator("direct-expenses"))
            guard amount >= .zero else {
                throw DaegaError(.valueOutOfRange, at: locator("direct-expenses"), "직접경비가 음수입니다", expected: "0 이상의 금액")
            }
            input.directExpenses = amount
            input.locations["direct_expenses"] = locator("direct-expenses")
        }
        if let profitPercent {
            let location = locator(SettingName.profitPercent.flag)
            input.profitPercent = try ValueText.decimal(profitPercent, at: location, expected: "이윤율 % (예: 25)")
            input.locations["profit_rate"] = location
        }
        if let phases {
            input.locations["phases"] = locator("phases")
            do { input.phases = try PhaseSelection(parsing: phases) } catch let error as DaegaError { throw input.locate(error) }
        }
        return input
    }
}
