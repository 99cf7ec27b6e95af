import DaegaEngine
import Foundation

/// A project file (`*.toml`): the inputs of one project, human-editable with comments.
///
/// ```toml
/// format_version = 1
/// name = "고객관리시스템 구축"
///
/// [function_points]
/// edition = 2020                  # optional: the edition in force today otherwise
/// functions = "scm-functions.csv" # or ilf/eif/ei/eo/eq counts, or fp = 85
/// integration = 2                 # levels 1–5; omitted = the level whose factor is 1.00
/// direct_expenses = 2000000
/// ```
public struct ProjectFile: Sendable {
    /// The newest project-file format this build reads.
    public static let highestSupportedFormat: Int64 = 1

    /// The file's path.
    public var path: String
    /// The project's name.
    public var name: String
    /// The ordering agency, when given.
    public var agency: String?
    /// Function-point inputs, when the file has a `[function_points]` section.
    public var functionPoints: FunctionPointInput?
    /// Budget facts (`[budget]`, `[[products]]`).
    public var budget = BudgetInput()
    /// Maintenance inputs, when the file has a `[maintenance]` section.
    public var maintenance: MaintenanceInput?
    /// Man-month inputs, when the file has a `[staffing]` section.
    public var staffing: StaffingInput?
    /// True when the file has no `format_version` and version 1 was assumed (readers say so).
    public var formatVersionAssumed = false
    /// Early-sizing inputs, when the file has a `[sizing]` section.
    public var sizing: SizingInput?
    /// Range settings, when the file has a `[range]` section.
    public var range: RangeInput?
    /// The memo's header block, when the file has a `[document]` section.
    public var document: DocumentInput?
    /// The old spellings of settings the file uses (`overhead_rate` for `overhead_percent`), for readers' notes.
    public var aliasesUsed: [SettingAliasUse] = []

    /// Reads and validates a project file.
    /// - Throws: `DaegaError` naming `path:line:column` for syntax errors, unknown keys and bad values.
    public static func read(_ path: String) throws -> ProjectFile {
        try parse(try TextFile.readUTF8(path), path: path)
    }

    /// Parses a project file's text.
    /// - Throws: `DaegaError` naming `path:line:column`.
    public static func parse(_ text: String, path: String) throws -> ProjectFile {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .projectSyntax)
        var root = TOMLTableReader(document, path: path, codes: .project)
        let assumed = try root.formatVersion(highest: highestSupportedFormat, code: .projectSyntax, what: "프로젝트 파일", optional: true)
        var project = ProjectFile(path: path, name: try root.string("name"), agency: try root.optionalString("agency"), functionPoints: nil)
        project.formatVersionAssumed = assumed
        let folder = (path as NSString).deletingLastPathComponent
        if var section = try root.optionalTable("function_points") {
            project.functionPoints = try readFunctionPoints(&section, folder: folder)
            try section.finish(allowed: "edition, functions, fp, ilf, eif, ei, eo, eq, integration, performance, compatibility, security, direct_expenses, profit_percent, phases")
            project.aliasesUsed += section.aliasesRead
        }
        if var section = try root.optionalTable("maintenance") {
            project.maintenance = try MaintenanceInputReader.read(&section)
            try section.finish(allowed: "edition, basis, direct_expenses, months, frequency, users, importance, interfaces, recovery, products, budget, budget_rate, improvement_fp, system_fp")
            project.aliasesUsed += section.aliasesRead
        }
        var budgetSection = try root.optionalTable("budget")
        var subcontracting = try root.optionalTable("subcontracting")
        project.budget = try BudgetInput.read(budget: &budgetSection, products: try root.tableArray("products"),
                                              units: try root.tableArray("units"), subcontracting: &subcontracting)
        if var section = try root.optionalTable("staffing") {
            project.staffing = try StaffingSectionReader.read(&section, folder: folder)
            try section.finish(allowed: StaffingSectionReader.keys)
            project.aliasesUsed += section.aliasesRead
        }
        if var section = try root.optionalTable("document") {
            project.document = try DocumentInput.read(&section)
            try section.finish(allowed: DocumentInput.keys)
        }
        if var section = try root.optionalTable("sizing") {
            project.sizing = try SizingInput.read(&section, folder: folder)
            try section.finish(allowed: SizingInput.keys)
        }
        if var section = try root.optionalTable("range") {
            project.range = try RangeInput.read(&section)
            try section.finish(allowed: RangeInput.keys)
        }
        try root.finish(allowed: "format_version, name, agency, function_points, staffing, maintenance, budget, products, units, subcontracting, sizing, range, document")
        return project
    }

    static func readFunctionPoints(_ section: inout TOMLTableReader, folder: String) throws -> FunctionPointInput {
        var input = FunctionPointInput()
        if let edition = try section.optionalInteger("edition", in: 1990...2100) {
            input.edition = Int(edition)
            input.locations["edition"] = section.location(of: "edition")
        }
        var scopes: [(String, FunctionPointScopeSource)] = []
        if let value = try section.optionalValue("functions") {
            let resolved = try ReferencedFile.path(value, key: "functions", in: section, folder: folder, expected: "기능 목록 CSV 또는 .xlsx 파일")
            scopes.append(("functions", .functionList(path: resolved)))
            input.locations["functions"] = section.location(of: value)
        }
        if let total = try section.optionalDecimal("fp", in: ExactDecimal.zero...FunctionPointCount.maximum) {
            scopes.append(("fp", .total(total)))
            input.locations["fp"] = section.location(of: "fp")
        }
        var counts: [FunctionType: Int] = [:]
        for type in FunctionType.allCases {
            if let count = try section.optionalInteger(type.rawValue, in: 0...Int64(FunctionPointCount.maximum.significand)) {
                counts[type] = Int(count)
                input.locations[type.rawValue] = section.location(of: type.rawValue)
            }
        }
        if !counts.isEmpty {
            scopes.append((FunctionType.allCases.filter { counts[$0] != nil }.map(\.rawValue).joined(separator: "/"), .counts(counts)))
            input.locations["counts"] = section.location(of: FunctionType.allCases.first { counts[$0] != nil }!.rawValue)
        }
        if scopes.count > 1 {
            throw DaegaError(.conflictingInputs, at: section.location(of: scopes[1].0.components(separatedBy: "/")[0]),
                             "규모가 여러 방법(\(scopes.map(\.0).joined(separator: ", ")))으로 주어졌습니다",
                             expected: "functions, fp, 유형별 개수 중 하나")
        }
        input.scope = scopes.first?.1
        for kind in AdjustmentFactorKind.allCases {
            if let level = try section.optionalInteger(kind.rawValue, in: 1...5) {
                input.factorLevels[kind] = Int(level)
                input.locations[kind.rawValue] = section.location(of: kind.rawValue)
            }
        }
        if let expenses = try section.optionalInteger("direct_expenses", in: 0...Int64.max) {
            input.directExpenses = Won(expenses)
            input.locations["direct_expenses"] = section.location(of: "direct_expenses")
        }
        let profitKey = try section.key(for: .profitPercent)
        if let profit = try section.optionalDecimal(profitKey, in: ExactDecimal.zero...ExactDecimal(100)) {
            input.profitPercent = profit
            input.locations["profit_rate"] = section.location(of: profitKey)
        }
        if let phases = try section.optionalString("phases") {
            input.locations["phases"] = section.location(of: "phases")
            do {
                input.phases = try PhaseSelection(parsing: phases)
            } catch let error as DaegaError {
                throw input.locate(error)
            }
        }
        return input
    }
}
