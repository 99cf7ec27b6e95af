import DaegaEngine
import DaegaTestSupport
import Testing

/// The 7% 기능개선 rule of a maintenance tender, at and around the line, with the share from the procurement book.
@Suite struct MaintenanceImprovementTests {
    static let threshold = BudgetCheckTests.rules.contractChange!.improvementSharePercent

    @Test func theShareComesFromTheBookAsUncertain() {
        #expect(Self.threshold.value == ExactDecimal(7))
        #expect(Self.threshold.reference.status == .uncertain)
        #expect(Self.threshold.reference.source.contains("전자신문 2019-06-28"))
    }

    /// 69 / 69.9 / 69.99 FP of 1,000 are under 7% (6.9%, 6.99%, 6.999%); 70 and 71 are not; the share is truncated so
    /// 69.99 FP reads 6.99%, never 7%.
    @Test(arguments: [("69", false, "6.9"), ("69.9", false, "6.99"), ("69.99", false, "6.99"), ("70", true, "7"), ("71", true, "7.1"),
                      ("0", false, "0")])
    func theLineIsSevenPercent(improvement: String, separate: Bool, share: String) throws {
        let points = try #require(ExactDecimal(parsing: improvement))
        let finding = try MaintenanceImprovementAssessment.finding(improvementPoints: points, systemPoints: ExactDecimal(1_000),
                                                                   threshold: Self.threshold)
        #expect((finding != nil) == separate)
        #expect(MaintenanceImprovementAssessment.sharePercent(improvementPoints: points, systemPoints: ExactDecimal(1_000)) == ExactDecimal(parsing: share))
        if let finding {
            #expect(finding.code == "maintenance_improvement_separate" && finding.severity == .medium)
            #expect(finding.message.ko.contains("\(improvement) FP") && finding.message.ko.contains("1,000 FP"))
            #expect(finding.sources == [Self.threshold.reference])
        }
    }

    @Test func aSystemWithoutSizeIsRefused() {
        #expect(throws: DaegaError.self) {
            try MaintenanceImprovementAssessment.finding(improvementPoints: ExactDecimal(1), systemPoints: .zero, threshold: Self.threshold)
        }
    }
}
