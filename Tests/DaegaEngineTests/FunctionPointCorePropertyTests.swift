import DaegaEngine
import DaegaTestSupport
import Testing

/// The FP explanation words the core's numbers and never its own: over generated projects, every amount and factor
/// in the trace and in the estimate equals ``FunctionPointCore``'s figure (seeded, so failures repeat).
@Suite struct FunctionPointCorePropertyTests {
    static let editions = [2019, 2021, 2024, 2025].map(Repository.edition)

    /// A random project: counts or a total (whole or not), levels given or left out, a profit rate or none, phases.
    static func randomRequest(_ generator: inout SeededGenerator, edition: GuideEdition) -> FunctionPointRequest {
        let scope: FunctionPointScope = Bool.random(using: &generator)
            ? .counts(Dictionary(uniqueKeysWithValues: FunctionType.allCases.map { ($0, Int.random(in: 0...80, using: &generator)) }))
            : .total(ExactDecimal(significand: Int64.random(in: 1...60_000, using: &generator), scale: Int.random(in: 0...1, using: &generator)))
        var levels: [AdjustmentFactorKind: Int] = [:]
        for kind in AdjustmentFactorKind.allCases where Bool.random(using: &generator) {
            levels[kind] = edition.functionPoints!.factors[kind]!.value.levels.randomElement(using: &generator)!.level
        }
        let profit: ExactDecimal? = Bool.random(using: &generator) ? nil : ExactDecimal(significand: Int64.random(in: 0...250, using: &generator), scale: 1)
        let phases: PhaseSelection = edition.functionPoints!.phaseWeights != nil && Int.random(in: 0...3, using: &generator) == 0
            ? .phases(Set(ProjectPhase.allCases.filter { _ in Bool.random(using: &generator) }.prefix(3)))
            : .all
        return FunctionPointRequest(scope: scope, factorLevels: levels,
                                    directExpenses: Won(Int64.random(in: 0...90_000_000, using: &generator)),
                                    profitPercent: profit, phases: phases)
    }

    @Test func explainedNumbersEqualTheCoresFigures() throws {
        var generator = SeededGenerator(seed: 20)
        for round in 0..<400 {
            let edition = Self.editions[round % Self.editions.count]
            let request = Self.randomRequest(&generator, edition: edition)
            let estimate = try FunctionPointEstimator.estimate(request, edition: edition)
            let figures = try FunctionPointCore.compute(
                functionPoints: estimate.functionPoints, levels: request.levelsInOrder, directExpenses: request.directExpenses,
                profitPercent: request.profitPercent, phases: request.phases, book: edition.functionPointCore!)
            let results = Dictionary(uniqueKeysWithValues: estimate.trace.map { ($0.key, $0.result) })
            var expected: [String: TraceValue] = [
                "function_points": .number(figures.functionPoints), "unadjusted_cost": .won(figures.unadjustedCost),
                "size_factor": .number(figures.sizeFactor), "cost_after_size": .won(figures.costAfterSize),
                "adjusted_cost": .won(figures.adjustedCost), "profit": .won(figures.profit),
                "direct_expenses": .won(figures.directExpenses), "total": .won(figures.total), "vat": .won(figures.vat),
                "total_with_vat": .won(figures.totalWithVAT)]
            for (order, kind) in AdjustmentFactorKind.allCases.enumerated() {
                expected["cost_after_\(kind.rawValue)"] = .won(figures.factors[order].costAfter)
                #expect(estimate.factors[order].level == figures.factors[order].level)
                #expect(estimate.factors[order].value == figures.factors[order].value)
                #expect(estimate.factors[order].assumed == (request.factorLevels[kind] == nil))
                #expect(estimate.notes.contains { $0.code == "factor_assumed" && $0.text.en.contains(estimate.factors[order].name.en) }
                        == figures.factors[order].assumed)
            }
            #expect(results == expected, "round \(round)")
            #expect(estimate.trace.count == expected.count)
            #expect(estimate.unadjustedCost == figures.unadjustedCost && estimate.adjustedCost == figures.adjustedCost)
            #expect(estimate.profitPercent == figures.profitPercent && estimate.profit == figures.profit)
            #expect(estimate.total == figures.total && estimate.vat == figures.vat && estimate.totalWithVAT == figures.totalWithVAT)
            #expect(estimate.phaseSharePercent == figures.sharePercent && estimate.sizeFactor == figures.sizeFactor)
            let unadjustedShare = estimate.trace.first { $0.key == "unadjusted_cost" }!.inputs[2].value
            #expect(unadjustedShare == .percent(figures.sharePercent))
        }
    }

    @Test func sizeFactorsReadFromTheCompiledBookEqualTheCurve() throws {
        for edition in Self.editions {
            let curve = edition.functionPoints!.sizeFactor.value
            for size in Int64(1)...3_200 {
                let figures = try FunctionPointCore.compute(
                    functionPoints: ExactDecimal(size), levels: [nil, nil, nil, nil], directExpenses: .zero,
                    profitPercent: nil, phases: .all, book: edition.functionPointCore!)
                #expect(figures.sizeFactor == curve.factor(for: ExactDecimal(size)) && figures.sizeFactor.scale == curve.decimals)
            }
        }
    }
}
