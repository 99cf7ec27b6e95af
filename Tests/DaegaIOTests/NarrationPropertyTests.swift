import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

/// For generated projects, a silent check (as batch runs it) and a narrated one (as `daega check` runs it) give the
/// same numbers, risks and finding codes: narration only adds sentences.
@Suite struct NarrationPropertyTests {
    static let selection = RateSelection(library: Repository.library, date: CalendarDate(year: 2026, month: 3, day: 1)!)
    static let jobs = try! Repository.library.wages.book(2025).jobs.map(\.name)

    static func randomProject(_ generator: inout SeededGenerator) -> ProjectInputs {
        var fp = FunctionPointInput()
        switch Int.random(in: 0...2, using: &generator) {
        case 0: fp.scope = .total(ExactDecimal(Int64.random(in: 10...6_000, using: &generator)))
        case 1: fp.scope = .counts(Dictionary(uniqueKeysWithValues: FunctionType.allCases.map { ($0, Int.random(in: 0...60, using: &generator)) }))
        default: fp.scope = nil
        }
        for kind in AdjustmentFactorKind.allCases where Bool.random(using: &generator) {
            fp.factorLevels[kind] = Int.random(in: 1...5, using: &generator)
        }
        fp.edition = [2020, 2024, 2025].randomElement(using: &generator)
        var staffing = StaffingInput()
        if fp.scope == nil || Bool.random(using: &generator) {
            let lines = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                StaffingLine(job: jobs.randomElement(using: &generator)!, effort: .months(ExactDecimal(Int64.random(in: 1...40, using: &generator))))
            }
            staffing.setLines(lines, locations: lines.map { _ in (.field("job"), .field("effort")) })
            staffing.wageYear = 2025
            staffing.edition = fp.edition
            staffing.overheadPercent = Bool.random(using: &generator) ? ExactDecimal(110) : nil
        }
        var budget = BudgetInput()
        budget.amount = Won(Int64.random(in: 10_000_000...12_000_000_000, using: &generator))
        budget.months = Bool.random(using: &generator) ? ExactDecimal(Int64.random(in: 2...24, using: &generator)) : nil
        return ProjectInputs(name: "생성된 사업", functionPoints: fp, staffing: staffing, maintenance: nil, budget: budget)
    }

    @Test func silentAndNarratedChecksAgree() throws {
        var generator = SeededGenerator(seed: 2026)
        var tiers = Set<String>()
        var factorsCompared = 0
        for _ in 0..<200 {
            let project = Self.randomProject(&generator)
            let full = try ProjectCheckPlan.run(project, selection: Self.selection, narration: .full)
            let silent = try ProjectCheckPlan.run(project, selection: Self.selection, narration: .silent)
            #expect(full.functionPoints?.totalWithVAT == silent.functionPoints?.totalWithVAT)
            if let fullFactors = full.functionPoints?.factors, let silentFactors = silent.functionPoints?.factors {
                factorsCompared += 1
                #expect(fullFactors.count == 4)
                #expect(fullFactors.map(\.level) == silentFactors.map(\.level))
                #expect(fullFactors.map(\.value) == silentFactors.map(\.value))
                #expect(fullFactors.allSatisfy { !$0.name.ko.isEmpty && !$0.meaning.ko.isEmpty })
                #expect(silentFactors.allSatisfy { $0.name.ko.isEmpty && $0.meaning.ko.isEmpty })
            }
            #expect(full.manMonths?.totalWithVAT == silent.manMonths?.totalWithVAT)
            #expect(full.comparison?.properMonths == silent.comparison?.properMonths)
            #expect(full.check.coverage.coveragePercent == silent.check.coverage.coveragePercent)
            #expect(full.check.coverage.breakEvenPercent == silent.check.coverage.breakEvenPercent)
            #expect(full.check.risk == silent.check.risk)
            #expect(full.check.findings.map(\.code) == silent.check.findings.map(\.code))
            #expect(full.check.findings.map(\.severity) == silent.check.findings.map(\.severity))
            #expect(!full.check.trace.isEmpty && silent.check.trace.isEmpty)
            #expect(full.check.findings.allSatisfy { !$0.message.ko.isEmpty })
            tiers.insert(full.check.coverage.tier.rawValue)
        }
        #expect(tiers.count == 4, "the generator reaches every tier: \(tiers)")
        #expect(factorsCompared > 50, "the generator gives most projects a function-point scope")
    }
}
