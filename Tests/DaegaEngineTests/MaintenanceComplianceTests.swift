import DaegaEngine
import DaegaTestSupport
import Testing

/// Budget findings at and around each threshold: 10% floor, TMP rate, grade rate, 12% floor, amounts.
@Suite struct MaintenanceComplianceTests {
    /// Application TMP 55 (12.75%) on 100,000,000, and one grade-3 product (16%) on 10,000,000, 2025 edition.
    static func estimate(application: Bool = true, commercial: Bool = true) throws -> MaintenanceEstimate {
        let request = MaintenanceRequest(
            application: application ? ApplicationMaintenanceRequest(basis: .given([Won(100_000_000)]), ratings: MaintenanceTests.tmp55) : nil,
            products: commercial ? [CommercialProduct(name: "WAS", licensePrice: Won(10_000_000), grade: 3)] : [])
        return try MaintenanceEstimator.estimate(request, edition: Repository.edition(2025))
    }

    @Test(arguments: [
        ("9.99", ["application_rate_below_range", "application_rate_below_difficulty"]),
        ("10", ["application_rate_below_difficulty"]),
        ("12.74", ["application_rate_below_difficulty"]),
        ("12.75", []),
        ("15", []),
    ])
    func applicationRate(rate: String, codes: [String]) throws {
        let findings = try MaintenanceCompliance.check(Self.estimate(commercial: false), budget: .ratePercent(ExactDecimal(parsing: rate)!))
        #expect(findings.map(\.code) == codes)
    }

    @Test(arguments: [
        ("11.99", ["commercial_rate_below_floor", "commercial_rate_below_grade"]),
        ("12", ["commercial_rate_below_grade"]),
        ("15.99", ["commercial_rate_below_grade"]),
        ("16", []),
        ("20", []),
    ])
    func commercialRate(rate: String, codes: [String]) throws {
        let findings = try MaintenanceCompliance.check(Self.estimate(application: false), budget: .ratePercent(ExactDecimal(parsing: rate)!))
        #expect(findings.map(\.code) == codes)
    }

    /// The difficulty finding quotes the formula the rate came from, with its figures and its own source.
    @Test func theDifficultyFindingQuotesTheBooksFormula() throws {
        var estimate = try Self.estimate(commercial: false)
        let formula = try #require(estimate.application?.formula)
        #expect(formula.reference.key == "maintenance.application.formula")
        estimate.application?.formula = Sourced(MaintenanceRateFormula(basePercent: ExactDecimal(11), spanPercent: ExactDecimal(4)),
                                                formula.reference)
        let findings = try MaintenanceCompliance.check(estimate, budget: .ratePercent(ExactDecimal(12)))
        let difficulty = try #require(findings.first { $0.code == "application_rate_below_difficulty" })
        #expect(difficulty.rule.ko == "응용SW 유지관리 요율 = 11% + 4% × TMP/100 (유지관리 난이도 평가)")
        #expect(difficulty.rule.en == "application SW rate = 11% + 4% × TMP/100 (maintenance difficulty)")
        #expect(difficulty.sources == [formula.reference])
    }

    @Test func findingsStateNumbersRatioRuleAndSource() throws {
        let findings = try MaintenanceCompliance.check(Self.estimate(application: false), budget: .ratePercent(ExactDecimal(11)))
        let floor = try #require(findings.first { $0.code == "commercial_rate_below_floor" })
        #expect(floor.severity == .high)
        #expect(floor.ratioPercent == ExactDecimal(parsing: "91.6"))
        #expect(floor.message.ko.contains("11%") && floor.message.ko.contains("12%"))
        #expect(floor.message.en.contains("11%") && floor.message.en.contains("12%"))
        #expect(floor.rule.ko.contains("제9조③"))
        #expect(floor.sources.contains { $0.book == "guide-2025" && $0.key == "maintenance.commercial.floor" })
        let grade = try #require(findings.first { $0.code == "commercial_rate_below_grade" })
        #expect(grade.severity == .medium)
        #expect(grade.ratioPercent == ExactDecimal(parsing: "68.7"))
    }

    /// Application only, 12.75% of 100,000,000 = 12,750,000 a year.
    static let amounts: [(Int64, [String])] = [
        (12_750_000, ["rate_not_stated"]),
        (12_749_999, ["budget_below_estimate", "application_rate_below_difficulty", "rate_not_stated"]),
        (10_000_000, ["budget_below_estimate", "application_rate_below_difficulty", "rate_not_stated"]),
        (9_999_999, ["application_rate_below_range", "budget_below_estimate", "application_rate_below_difficulty", "rate_not_stated"]),
    ]

    @Test(arguments: amounts)
    func applicationAmount(amount: Int64, codes: [String]) throws {
        let findings = try MaintenanceCompliance.check(Self.estimate(commercial: false), budget: .amount(Won(amount)))
        #expect(findings.map(\.code) == codes)
    }

    @Test func amountRatioIsStatedAndTruncated() throws {
        let findings = try MaintenanceCompliance.check(Self.estimate(commercial: false), budget: .amount(Won(12_749_999)))
        let finding = try #require(findings.first { $0.code == "budget_below_estimate" })
        #expect(finding.ratioPercent == ExactDecimal(parsing: "99.99"))
        #expect(finding.message.ko.contains("12,749,999원") && finding.message.ko.contains("12,750,000원"))
    }

    @Test func commercialAmountImpliesARate() throws {
        let findings = try MaintenanceCompliance.check(Self.estimate(application: false), budget: .amount(Won(1_100_000)))
        #expect(findings.map(\.code) == ["commercial_rate_below_floor", "budget_below_estimate", "commercial_rate_below_grade", "rate_not_stated"])
        #expect(findings.last?.message.ko.contains("11%") == true)
    }

    @Test func bothPartsWithAnAmountAskForTheRate() throws {
        let findings = try MaintenanceCompliance.check(Self.estimate(), budget: .amount(Won(20_000_000)))
        #expect(findings.map(\.code) == ["rate_not_stated"])
        #expect(findings[0].sources.contains { $0.source.contains("m.etnews.com/20220314000076") })
    }

    @Test func negativeBudgetsAreErrors() throws {
        #expect(throws: DaegaError.self) { try MaintenanceCompliance.check(Self.estimate(), budget: .amount(Won(-1))) }
        #expect(throws: DaegaError.self) { try MaintenanceCompliance.check(Self.estimate(), budget: .ratePercent(ExactDecimal(-1))) }
    }
}
