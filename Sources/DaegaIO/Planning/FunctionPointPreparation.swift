import DaegaEngine

/// Turns function-point inputs into an engine request under a chosen edition: reads the function list,
/// and maps every engine error back to the flag or file position that carried the value.
public struct FunctionPointPreparation {
    /// The edition used.
    public var edition: GuideEdition
    /// The engine request.
    public var request: FunctionPointRequest
    /// Notes to add to the result (edition chosen, columns ignored).
    public var notes: [EstimateNote]
    /// Where each input field was given, for relocating engine errors.
    public var locations: [String: InputLocation]
    /// The function list's lint warnings (also among `notes`), for outputs that list them with their lines.
    public var functionListWarnings: [FunctionListLint.Warning] = []

    /// Runs the estimate, relocating errors to the user's inputs and adding the preparation notes.
    public func estimate() throws -> FunctionPointEstimate {
        do {
            var estimate = try FunctionPointEstimator.estimate(request, edition: edition)
            estimate.notes = notes + estimate.notes
            return estimate
        } catch let error as DaegaError {
            throw error.relocated(to: locations)
        }
    }
}

extension FunctionPointPreparation {
    /// Prepares a request.
    /// - Throws: `DaegaError` with the user's flag or file position.
    public init(_ input: borrowing FunctionPointInput, selection: RateSelection, requireScope: Bool = true) throws {
        // Built from locals through the memberwise init: assigned one property at a time, the preparation was
        // copied whole before it was returned.
        let (edition, editionNote) = try selection.edition(input.edition, location: input.locations["edition"])
        var notes = editionNote.map { [$0] } ?? []
        var warnings: [FunctionListLint.Warning] = []
        let scope: FunctionPointScope
        switch input.scope {
        case let .counts(counts)?: scope = .counts(counts)
        case let .total(total)?: scope = .total(total)
        case let .functionList(path)?:
            try ReferencedFile.check(path, givenAt: input.locations["functions"], what: "기능 목록")
            let list = try FunctionListFile.read(path, sheet: input.functionSheet, rates: try edition.requireFunctionPoints())
            scope = .functions(list.entries)
            warnings = FunctionListLint.warnings(list.entries, lines: list.lines, path: path)
            notes += list.notes + warnings.map(\.note)
            if !list.ignoredColumns.isEmpty {
                notes.append(EstimateNote(code: "columns_ignored", text: LocalizedText(
                    ko: "기능 목록에서 계산에 쓰지 않은 열: \(list.ignoredColumns.joined(separator: ", ")).",
                    en: "Function-list columns \(list.ignoredColumns.joined(separator: ", ")) were not used.")))
            }
        case nil:
            if requireScope {
                throw DaegaError(.missingInput, at: .flag("--ilf/--eif/--ei/--eo/--eq, --fp, --functions"),
                                 "기능점수 규모가 없습니다", expected: "유형별 개수, --fp 총계, --functions 목록 또는 프로젝트 파일 중 하나")
            }
            scope = .total(.zero)
        }
        let request = FunctionPointRequest(scope: scope, factorLevels: input.factorLevels, directExpenses: input.directExpenses,
                                           profitPercent: input.profitPercent, phases: input.phases)
        self.init(edition: edition, request: request, notes: notes, locations: input.locations, functionListWarnings: warnings)
    }
}
