import DaegaEngine
import DaegaTestSupport
import Testing

@Suite struct FunctionPointEstimatorTests {
    static let hundred = FunctionPointRequest(scope: .total(ExactDecimal(100)))

    /// The SCM example under the 2025 edition (605,784원/FP): the same chain, recomputed here step by step:
    /// 85 × 605,784 = 51,491,640; × 1.28 → 65,909,299; × 0.94 → 61,954,741; × 1.00; × 0.94 → 58,237,457; × 1.00;
    /// profit 25% → 14,559,364; + 2,000,000 → 74,796,821.
    @Test func scmExampleUnderGuide2025() throws {
        var request = GuideExampleTests.scmRequest
        request.factorLevels = [.integration: 2, .performance: 3, .compatibility: 1, .security: 2]
        let estimate = try FunctionPointEstimator.estimate(request, edition: Repository.edition(2025))
        #expect(estimate.unadjustedCost == Won(51_491_640))
        #expect(estimate.adjustedCost == Won(58_237_457))
        #expect(estimate.profit == Won(14_559_364))
        #expect(estimate.total == Won(74_796_821))
        #expect(estimate.rates.contains { $0.key == "fp.unit_price" && $0.status == .uncertain })
    }

    @Test func simpleCountsUseAverageWeights() throws {
        let request = FunctionPointRequest(scope: .counts([.ilf: 18, .eif: 6, .ei: 60, .eo: 35, .eq: 40]))
        let estimate = try FunctionPointEstimator.estimate(request, edition: Repository.edition(2025))
        #expect(estimate.functionPoints == ExactDecimal(parsing: "745.4"))
        // 745.4 × 605,784 = 451,551,393.6 → 451,551,394
        #expect(estimate.unadjustedCost == Won(451_551_394))
        #expect(estimate.sizeFactor.fixedText == "1.0261") // 0.4057 × (ln 745.4 − 7.1978)² + 0.8878 = 1.02611
    }

    @Test func omittedFactorsAreAssumedNeutralAndSaidSo() throws {
        let estimate = try FunctionPointEstimator.estimate(Self.hundred, edition: Repository.edition(2025))
        #expect(estimate.factors.allSatisfy { $0.assumed && $0.value == .one })
        #expect(estimate.notes.filter { $0.code == "factor_assumed" }.count == 4)
        #expect(estimate.adjustedCost == Won(77_540_352)) // 100 × 605,784 × 1.28
    }

    @Test func profitDefaultCapAndBelowDefault() throws {
        var request = Self.hundred
        request.profitPercent = ExactDecimal(20)
        let lower = try FunctionPointEstimator.estimate(request, edition: Repository.edition(2025))
        #expect(lower.profit == Won(15_508_070)) // 77,540,352 × 20% = 15,508,070.4
        #expect(lower.notes.contains { $0.code == "profit_below_default" })
        request.profitPercent = ExactDecimal(parsing: "25.01")
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(request, edition: Repository.edition(2025)) }
        request.profitPercent = ExactDecimal(-1)
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(request, edition: Repository.edition(2025)) }
    }

    @Test func phasesAndSplits() throws {
        var request = Self.hundred
        request.phases = try PhaseSelection(parsing: "analysis,design")
        let partial = try FunctionPointEstimator.estimate(request, edition: Repository.edition(2024))
        #expect(partial.phaseSharePercent == ExactDecimal(43))
        #expect(partial.unadjustedCost == Won(26_048_712)) // 60,578,400 × 43%
        request.phases = try PhaseSelection(parsing: "설계사업")
        let design = try FunctionPointEstimator.estimate(request, edition: Repository.edition(2025))
        #expect(design.unadjustedCost == Won(17_022_530)) // 60,578,400 × 28.1% = 17,022,530.4
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(request, edition: Repository.edition(2024)) }
        request.phases = try PhaseSelection(parsing: "analysis")
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(request, edition: Repository.edition(2020)) }
        #expect(throws: DaegaError.self) { try PhaseSelection(parsing: "analysis,설계사업") }
        #expect(throws: DaegaError.self) { try PhaseSelection(parsing: "coding") }
        #expect(try PhaseSelection(parsing: "analysis,design,implementation,test") == .all)
    }

    @Test func absurdSizesAndAmountsAreErrorsNotCrashes() {
        let edition = Repository.edition(2025)
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(ExactDecimal(1_000_000_000_000))), edition: edition) }
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .counts([.ilf: Int.max])), edition: edition) }
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .counts([.ei: -1])), edition: edition) }
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .counts([:])), edition: edition) }
        #expect(throws: DaegaError.self) { try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(ExactDecimal(parsing: "1.234")!)), edition: edition) }
        do {
            _ = try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(ExactDecimal(100)), directExpenses: Won(Int64.max - 10)), edition: edition)
            Issue.record("expected overflow")
        } catch let error as DaegaError {
            #expect(error.code == .amountOverflow)
        } catch { Issue.record("\(error)") }
    }

    @Test(arguments: [Int64(75_314_237), 500_000_000, 3_000_000, 20_000_000_000])
    func budgetSolvesToTheLastAffordableTenth(budget: Int64) throws {
        var template = GuideExampleTests.scmRequest
        template.scope = .total(.zero)
        let scope = try FunctionPointBudgetSolver.solve(budget: Won(budget), template: template, edition: Repository.edition(2020))
        #expect(scope.estimate.totalWithVAT <= Won(budget))
        #expect(scope.nextStepTotalWithVAT > Won(budget))
        #expect(scope.functionPoints.scale <= 1)
        let forward = try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(scope.functionPoints), factorLevels: template.factorLevels, directExpenses: template.directExpenses), edition: Repository.edition(2020))
        #expect(forward.totalWithVAT == scope.estimate.totalWithVAT)
    }

    @Test func scmBudgetBuysExactly85() throws {
        var template = GuideExampleTests.scmRequest
        template.scope = .total(.zero)
        let scope = try FunctionPointBudgetSolver.solve(budget: Won(75_314_237), template: template, edition: Repository.edition(2020))
        #expect(scope.functionPoints == ExactDecimal(85))
        #expect(scope.remainder == .zero)
    }

    @Test func budgetTooSmallOrNotPositive() {
        var template = Self.hundred
        template.directExpenses = Won(10_000_000)
        #expect(throws: DaegaError.self) { try FunctionPointBudgetSolver.solve(budget: Won(10_000_000), template: template, edition: Repository.edition(2025)) }
        #expect(throws: DaegaError.self) { try FunctionPointBudgetSolver.solve(budget: Won(0), template: template, edition: Repository.edition(2025)) }
        #expect(throws: DaegaError.self) { try FunctionPointBudgetSolver.solve(budget: Won(-5), template: template, edition: Repository.edition(2025)) }
    }
}

/// Invariants over generated projects (seeded, so failures repeat).
@Suite struct FunctionPointPropertyTests {
    static func randomRequest(_ generator: inout SeededGenerator) -> FunctionPointRequest {
        var levels: [AdjustmentFactorKind: Int] = [:]
        for kind in AdjustmentFactorKind.allCases where Bool.random(using: &generator) { levels[kind] = Int.random(in: 1...5, using: &generator) }
        return FunctionPointRequest(scope: .total(ExactDecimal(Int64.random(in: 1...20_000, using: &generator))),
                                    factorLevels: levels, directExpenses: Won(Int64.random(in: 0...100_000_000, using: &generator)),
                                    profitPercent: ExactDecimal(Int64.random(in: 0...25, using: &generator)))
    }

    @Test func moreFunctionPointsNeverCostLess() throws {
        var generator = SeededGenerator(seed: 2026)
        for edition in [2020, 2025].map(Repository.edition) {
            for _ in 0..<300 {
                var request = Self.randomRequest(&generator)
                guard case let .total(size) = request.scope else { continue }
                let smaller = try FunctionPointEstimator.estimate(request, edition: edition)
                request.scope = .total(size.adding(ExactDecimal(Int64.random(in: 1...50, using: &generator)))!)
                let larger = try FunctionPointEstimator.estimate(request, edition: edition)
                #expect(larger.total >= smaller.total, "\(size) FP")
            }
        }
    }

    @Test func aHigherFactorLevelNeverCostsLess() throws {
        var generator = SeededGenerator(seed: 7)
        let edition = Repository.edition(2025)
        for _ in 0..<200 {
            var request = Self.randomRequest(&generator)
            let kind = AdjustmentFactorKind.allCases.randomElement(using: &generator)!
            let level = Int.random(in: 1...4, using: &generator)
            request.factorLevels[kind] = level
            let lower = try FunctionPointEstimator.estimate(request, edition: edition)
            request.factorLevels[kind] = level + 1
            #expect(try FunctionPointEstimator.estimate(request, edition: edition).total >= lower.total)
        }
    }

    @Test func totalsAreTheSumOfTheirPartsAndVATIsTenPercentRounded() throws {
        var generator = SeededGenerator(seed: 11)
        let edition = Repository.edition(2024)
        for _ in 0..<300 {
            let estimate = try FunctionPointEstimator.estimate(Self.randomRequest(&generator), edition: edition)
            #expect(estimate.total.value == estimate.adjustedCost.value + estimate.profit.value + estimate.directExpenses.value)
            #expect(estimate.vat.value == (estimate.total.value + 5) / 10) // 10%, rounded half up to the won
            #expect(estimate.totalWithVAT.value == estimate.total.value + estimate.vat.value)
            #expect(estimate.trace.last?.result == .won(estimate.totalWithVAT))
        }
    }
}
