import DaegaEngine
import DaegaTestSupport
import Testing

/// A boxed value keeps value semantics: a change through one copy never shows through another.
@Suite struct BoxedTests {
    struct Holder {
        @Boxed var figures: [Int]
    }

    @Test func aChangeToOneCopyLeavesTheOtherAsItWas() {
        var changed = Holder(figures: [1, 2])
        let kept = changed
        changed.figures.append(3)
        changed.figures[0] = 10
        #expect(changed.figures == [10, 2, 3])
        #expect(kept.figures == [1, 2])
    }

    @Test func anEstimateChangedThroughOneCopyOfTheEstimatesIsTheirsAlone() throws {
        let estimate = try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(ExactDecimal(100))),
                                                           edition: Repository.edition(2025))
        var changed = ProjectEstimates(functionPoints: estimate, manMonths: nil, comparison: nil)
        let kept = changed
        changed.functionPoints?.notes = []
        changed.functionPoints?.total = Won(1)
        #expect(!estimate.notes.isEmpty)
        #expect(changed.functionPoints?.notes.isEmpty == true && changed.functionPoints?.total == Won(1))
        #expect(kept.functionPoints?.notes == estimate.notes && kept.functionPoints?.total == estimate.total)
    }
}
