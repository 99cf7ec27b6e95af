import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

/// `check` on a maintenance-only project: the proper cost is the maintenance estimate, and the maintenance rates
/// are checked against the budget's share of the first year.
@Suite struct MaintenanceTenderTests {
    static let selection = RateSelection(library: Repository.library, date: CalendarDate(year: 2026, month: 12, day: 1)!)

    /// Application SW of 600,000,000 with TMP 14 + 18 + 17 + 6 + 6 = 61 → 10 + 5 × 0.61 = 13.05%: 78,300,000 a year.
    static let application = """
        edition = 2025
        basis = 600_000_000
        frequency = "보통"
        users = "복잡"
        importance = "보통"
        interfaces = "보통"
        recovery = "보통"

        """

    static func check(maintenance: String, budget: Int64, extra: String = "") throws -> ProjectCheckResult {
        let text = "format_version = 1\nname = \"t\"\n[maintenance]\n" + maintenance + "\n[budget]\namount = \(budget)\n" + extra
        return try ProjectCheckPlan.run(ProjectInputs(try ProjectFile.parse(text, path: "p.toml")), selection: selection)
    }

    static func codes(_ result: ProjectCheckResult) -> [String] { result.check.findings.map(\.code) }

    @Test func sampleIsPricedByTheMaintenanceRate() throws {
        let result = try ProjectCheckPlan.run(ProjectInputs(try ProjectFile.read(Repository.sample("maintenance-tender.toml"))),
                                              selection: Self.selection)
        let coverage = result.check.coverage
        #expect(coverage.properCost.method == .maintenance)
        #expect(coverage.properCost.totalWithVAT == Won(86_130_000)) // 78,300,000 + 10% VAT
        #expect(coverage.shortfall == Won(16_830_000))
        #expect(coverage.budgetNeededBreakEven == Won(86_130_000)) // no separate profit: break-even is the whole fee
        #expect(coverage.budgetNeededTypicalAward == Won(90_520_232)) // ⌈86,130,000 ÷ 95.15%⌉
        #expect(coverage.tier == .fullBudgetBelowBreakEven)
        #expect(result.maintenance?.application?.ratePercent == ExactDecimal(parsing: "13.05"))
        let rate = try #require(result.check.findings.first { $0.code == "application_rate_below_difficulty" })
        #expect(rate.message.ko.contains("10.5%"), "\(rate.message.ko)")
        #expect(!Self.codes(result).contains("application_rate_below_range"))
        #expect(!Self.codes(result).contains("budget_below_estimate"), "the coverage finding already compares the amounts")
    }

    /// 9.9% of 600,000,000 with VAT = 65,340,000 is under the 10% floor; 10% (66,000,000) is not; the TMP rate
    /// 13.05% (86,130,000) covers the cost and meets both rate rules.
    @Test(arguments: [
        (Int64(65_340_000), true, true, CoverageTier.fullBudgetBelowBreakEven),
        (66_000_000, false, true, .fullBudgetBelowBreakEven),
        (86_130_000, false, false, .adequate),
    ])
    func applicationRateBoundaries(budget: Int64, belowRange: Bool, belowDifficulty: Bool, tier: CoverageTier) throws {
        let result = try Self.check(maintenance: Self.application, budget: budget)
        #expect(Self.codes(result).contains("application_rate_below_range") == belowRange)
        #expect(Self.codes(result).contains("application_rate_below_difficulty") == belowDifficulty)
        #expect(result.check.coverage.tier == tier)
    }

    /// Two years: the budget's first-year share is ⌊138,600,000 × 78,300,000 ÷ 172,260,000⌋ = 63,000,000 → 10.5%.
    @Test func multiYearBudgetIsSharedByYear() throws {
        let result = try Self.check(maintenance: Self.application + "months = 24\n", budget: 138_600_000)
        #expect(result.check.coverage.properCost.totalWithVAT == Won(172_260_000))
        let rate = try #require(result.check.findings.first { $0.code == "rate_not_stated" })
        #expect(rate.message.ko.contains("10.5%"), "\(rate.message.ko)")
    }

    /// Commercial SW of 150,000,000 at grade 2 (18%): 27,000,000. 11.9% (19,635,000 with VAT) is under the 12% floor;
    /// 12% (19,800,000) is only under the grade's rate; 18% (29,700,000) meets both.
    @Test(arguments: [(Int64(19_635_000), true, true), (19_800_000, false, true), (29_700_000, false, false)])
    func commercialRateBoundaries(budget: Int64, belowFloor: Bool, belowGrade: Bool) throws {
        let result = try Self.check(maintenance: "edition = 2025\n[[maintenance.products]]\nname = \"DBMS\"\nlicense = 150_000_000\ngrade = 2\n",
                                    budget: budget)
        #expect(result.check.coverage.properCost.totalWithVAT == Won(29_700_000))
        #expect(Self.codes(result).contains("commercial_rate_below_floor") == belowFloor)
        #expect(Self.codes(result).contains("commercial_rate_below_grade") == belowGrade)
    }

    @Test func aStatedRateIsCheckedInsteadOfTheBudgetShare() throws {
        let result = try Self.check(maintenance: Self.application + "budget_rate = 9\n", budget: 86_130_000)
        #expect(result.check.coverage.tier == .adequate)
        #expect(Self.codes(result).contains("application_rate_below_range"))
        #expect(!Self.codes(result).contains("rate_not_stated"))
    }

    @Test func operationStaffAddsToTheMaintenanceCost() throws {
        let staffing = "\n[staffing]\nwage_year = 2025\nedition = 2025\nwork = \"operation\"\n[[staffing.lines]]\njob = \"IT PM\"\nmonths = 2\n"
        let result = try Self.check(maintenance: Self.application, budget: 120_000_000, extra: staffing)
        let operation = try #require(result.manMonths)
        let cost = result.check.coverage.properCost
        #expect(cost.method == .maintenance)
        #expect(cost.totalWithVAT.value == 86_130_000 + operation.totalWithVAT.value)
        #expect(cost.costWithoutMargin.value == 78_300_000 + operation.directLabor.value + operation.overhead.value + operation.directExpenses.value)
    }

    @Test func missingBasisOrLicenceSaysWhichIsMissing() throws {
        let noBasis = try #require(throws: DaegaError.self) {
            try Self.check(maintenance: "frequency = \"보통\"\nusers = \"보통\"\nimportance = \"보통\"\ninterfaces = \"단순\"\nrecovery = \"보통\"\n",
                           budget: 1_000_000)
        }
        #expect(noBasis.code == .maintenanceBasisMissing)
        #expect(noBasis.location == .file(path: "p.toml", line: 4, column: 13))
        #expect(noBasis.expected?.contains("basis") == true)
        let noLicence = try #require(throws: DaegaError.self) {
            try Self.check(maintenance: "[[maintenance.products]]\nname = \"DBMS\"\ngrade = 2\n", budget: 1_000_000)
        }
        #expect(noLicence.code == .missingInput)
        #expect(noLicence.message.contains("license"))
        #expect(noLicence.location == .file(path: "p.toml", line: 4, column: 1))
    }
}
