import DaegaEngine

/// Turns early-sizing inputs into a size estimate: reads the requirement list, picks the sizing book and edition,
/// and maps every engine error back to the flag or file position that carried the value.
public enum SizingPreparation {
    /// Sizes and prices a project.
    /// - Parameters:
    ///   - input: what was counted and at which stage.
    ///   - costs: the function-point inputs that price the sizes (edition, factor levels, expenses, profit); no scope.
    ///   - selection: the rate books and reference day.
    /// - Throws: `DaegaError` placed at the user's flag, file position or cell.
    public static func estimate(_ input: SizingInput, costs: FunctionPointInput, selection: RateSelection) throws -> SizeEstimate {
        let book = try selection.sizingBook()
        let (edition, editionNote) = try selection.edition(costs.edition, location: costs.locations["edition"])
        var notes = editionNote.map { [$0] } ?? []
        let scope: SizingScope
        if let path = input.requirementsPath {
            if let counted = EarlyCountKind.allCases.first(where: { input.counts[$0] != nil }) {
                throw DaegaError(.conflictingInputs, at: input.locations[counted.rawValue],
                                 "요구사항 목록과 개수를 함께 주었습니다", expected: "요구사항 목록(--requirements) 또는 개수 중 하나")
            }
            try ReferencedFile.check(path, givenAt: input.locations["requirements"], what: "요구사항 목록")
            let list = try RequirementListFile.read(path, book: book)
            scope = .requirements(list.lines)
            if !list.ignoredColumns.isEmpty {
                notes.append(EstimateNote(code: "columns_ignored", text: LocalizedText(
                    ko: "요구사항 목록에서 쓰지 않은 열: \(list.ignoredColumns.joined(separator: ", ")).",
                    en: "Requirement-list columns \(list.ignoredColumns.joined(separator: ", ")) were not used.")))
            }
        } else {
            guard !input.counts.isEmpty else {
                throw DaegaError(.missingInput, at: .flag("--internal-data …, --requirements"), "셀 규모가 없습니다",
                                 expected: "내부 데이터·화면·보고서 등의 개수(--internal-data, --entry-screens …) 또는 요구사항 목록(--requirements)")
            }
            scope = .counts(input.counts)
        }
        let stage = input.stage ?? .budget
        if input.stage == nil {
            notes.append(EstimateNote(code: "stage_assumed", text: LocalizedText(
                ko: "단계를 지정하지 않아 가장 넓은 범위인 '\(SizingStage.budget.koreanName)' 단계로 보았습니다 (--stage로 지정).",
                en: "No stage was given; the widest, '\(SizingStage.budget.englishName)', was assumed (set it with --stage).")))
        }
        let template = FunctionPointRequest(scope: .total(.zero), factorLevels: costs.factorLevels, directExpenses: costs.directExpenses,
                                            profitPercent: costs.profitPercent, phases: costs.phases)
        do {
            var estimate = try SizeEstimator.estimate(SizingRequest(scope: scope, stage: stage, costTemplate: template),
                                                      book: book, edition: edition)
            estimate.notes = notes + estimate.notes
            return estimate
        } catch let error as DaegaError {
            // A whole-size error ("sizing") belongs to the first count or the requirement list.
            let whole = EarlyCountKind.allCases.lazy.compactMap { input.locations[$0.rawValue] }.first ?? input.locations["requirements"]
            throw error.relocated { field in
                field.flatMap { input.locations[$0] ?? costs.locations[$0] ?? ($0 == "sizing" ? whole : nil) }
            }
        }
    }
}
