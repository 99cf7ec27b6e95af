import DaegaEngine
import DaegaTestSupport
import Testing

/// SW재개발비 counting as the 2025 form lays it out: 기능변경률 → 영향계수 0.25/0.5/0.75/1.0 for up to 25/50/75/100%;
/// changed functions count weight × 영향계수, deleted and reused ones nothing, changed EIFs nothing.
@Suite struct RedevelopmentCountTests {
    static let rates = Repository.edition(2025).functionPoints!

    /// (what the row checks, type, DET, RET/FTR, rate input, expected rate %, expected 영향계수)
    static let rates25: [(String, FunctionType, Int, Int, ChangeRateInput, ExactDecimal, ExactDecimal)] = [
        ("데이터: DET 변경률 6/24 = 25% → 구간 상한 포함", .ilf, 24, 3, .counts(detChanged: 6, ftrChanged: nil), ExactDecimal(25), ExactDecimal(significand: 25, scale: 2)),
        ("데이터: 7/24 = 29.2% → 0.5", .ilf, 24, 3, .counts(detChanged: 7, ftrChanged: nil), ExactDecimal(significand: 292, scale: 1), ExactDecimal(significand: 5, scale: 1)),
        ("트랜잭션: (1/2 + 9/18) ÷ 2 = 50%", .ei, 18, 2, .counts(detChanged: 9, ftrChanged: 1), ExactDecimal(50), ExactDecimal(significand: 5, scale: 1)),
        ("트랜잭션: FTR 변경 0 → (0 + 12/16) ÷ 2 = 37.5%", .eo, 16, 2, .counts(detChanged: 12, ftrChanged: 0), ExactDecimal(significand: 375, scale: 1), ExactDecimal(significand: 5, scale: 1)),
        ("직접 입력 75% → 0.75", .eq, 10, 2, .percent(ExactDecimal(75)), ExactDecimal(75), ExactDecimal(significand: 75, scale: 2)),
        ("직접 입력 75.01% → 1.0", .eq, 10, 2, .percent(ExactDecimal(significand: 7501, scale: 2)), ExactDecimal(75), ExactDecimal.one),
        ("직접 입력 100% → 1.0", .ilf, 10, 1, .percent(ExactDecimal(100)), ExactDecimal(100), ExactDecimal.one),
    ]

    @Test(arguments: rates25)
    func changeRateFallsInItsBand(what: String, type: FunctionType, det: Int, ret: Int, input: ChangeRateInput,
                                  percent: ExactDecimal, factor: ExactDecimal) throws {
        let line = try FunctionPointCount.countedLine(
            FunctionEntry(name: "f", type: type, measure: .counts(det: det, retOrFtr: ret), change: .changed, changeRate: input),
            rates: Self.rates)
        #expect(line.impactFactor == factor, "\(what)")
        #expect(line.changeRatePercent?.rounded(toPlaces: 0, rule: .toNearestOrAway) == percent.rounded(toPlaces: 0, rule: .toNearestOrAway), "\(what)")
        #expect(line.points == line.weight.multiplied(by: factor), "\(what)")
    }

    @Test(arguments: [FunctionChange.deleted, .reused])
    func deletedAndReusedFunctionsAreNotMeasured(change: FunctionChange) throws {
        let line = try FunctionPointCount.countedLine(FunctionEntry(name: "f", type: .ilf, measure: .typical, change: change), rates: Self.rates)
        #expect(line.points == .zero)
        #expect(line.weight == ExactDecimal(significand: 75, scale: 1))
    }

    @Test func changedExternalFilesAreNotMeasured() throws {
        let line = try FunctionPointCount.countedLine(
            FunctionEntry(name: "f", type: .eif, measure: .typical, change: .changed, changeRate: .percent(ExactDecimal(40))), rates: Self.rates)
        #expect(line.impactFactor == ExactDecimal(significand: 5, scale: 1))
        #expect(line.points == .zero)
    }

    /// (what, rate input, DET, RET/FTR known)
    static let badRates: [(String, ChangeRateInput, Bool)] = [
        ("0%: a function that did not change is reused", .percent(.zero), true),
        ("above 100%", .percent(ExactDecimal(101)), true),
        ("more changed DET than DET", .counts(detChanged: 25, ftrChanged: nil), true),
        ("changed counts without the function's counts", .counts(detChanged: 2, ftrChanged: nil), false),
    ]

    @Test(arguments: badRates)
    func impossibleRatesAreRefused(what: String, input: ChangeRateInput, counted: Bool) {
        let measure: FunctionMeasure = counted ? .counts(det: 24, retOrFtr: 3) : .complexity(.average)
        #expect(throws: DaegaError.self, "\(what)") {
            try FunctionPointCount.countedLine(FunctionEntry(name: "f", type: .ilf, measure: measure, change: .changed, changeRate: input),
                                               rates: Self.rates)
        }
        do {
            _ = try FunctionPointCount.countedLine(FunctionEntry(name: "f", type: .ilf, measure: measure, change: .changed, changeRate: input),
                                                   rates: Self.rates)
        } catch let error as DaegaError {
            #expect(error.code == .redevelopmentChangeRate, "\(what)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func anEditionWithoutImpactFactorsRefusesChangedFunctions() {
        let entry = FunctionEntry(name: "f", type: .ilf, measure: .typical, change: .changed, changeRate: .percent(ExactDecimal(30)))
        #expect(throws: DaegaError.self) { try FunctionPointCount.countedLine(entry, rates: Repository.edition(2020).functionPoints!) }
    }
}
