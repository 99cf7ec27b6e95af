import DaegaEngine
import DaegaTestSupport
import Testing

/// Coverage tiers at and around boundaries derived from the cost structure, and the other findings.
@Suite struct BudgetCheckTests {
    static let edition = Repository.edition(2020)
    static let rules = try! Repository.library.procurement.book(2025).rules(on: CalendarDate(year: 2025, month: 6, day: 1)!)
    static let estimate = try! FunctionPointEstimator.estimate(GuideExampleTests.scmRequest, edition: edition)
    static let cost = ProperCost(estimate)

    /// Smallest budget for which `budget × numerator ≥ threshold`, i.e. ⌈threshold / numerator⌉.
    static func ceilingDivide(_ a: Int128, _ b: Int128) -> Int64 { Int64((a + b - 1) / b) }

    /// The three boundaries: full cost; break-even ÷ award ratio; break-even.
    static var boundaries: (adequate: Int64, medium: Int64, high: Int64) {
        let withVAT = Int128(cost.totalWithVAT.value), total = Int128(cost.total.value), margin = Int128(cost.costWithoutMargin.value)
        let award = Int128(rules.awardRatioPercent.value.significand), awardScale = ExactDecimal.powerOfTen(rules.awardRatioPercent.value.scale) * 100
        return (cost.totalWithVAT.value,
                ceilingDivide(margin * withVAT * awardScale, award * total),
                ceilingDivide(margin * withVAT, total))
    }

    static func tier(_ budget: Int64) throws -> BudgetCheckResult {
        try BudgetCheck.run(BudgetCheckRequest(budget: Won(budget)), properCost: cost, edition: edition, rules: rules)
    }

    @Test func boundariesFollowTheCostStructure() {
        let b = Self.boundaries
        #expect(b.adequate == 75_314_237)
        #expect(b.high < b.medium && b.medium < b.adequate)
        // 55,173,990 / 68,467,488 = 80.58% break-even; ÷ 0.9515 (the book's typical award ratio) = 84.69%.
        #expect(Self.cost.costWithoutMargin == Won(55_173_990))
    }

    @Test(arguments: [(0, CoverageTier.adequate), (-1, .belowGuide)] as [(Int64, CoverageTier)])
    func adequateBoundary(offset: Int64, tier: CoverageTier) throws {
        #expect(try Self.tier(Self.boundaries.adequate + offset).coverage.tier == tier)
    }

    @Test(arguments: [(0, CoverageTier.belowGuide), (-1, .typicalBidBelowBreakEven)] as [(Int64, CoverageTier)])
    func typicalBidBoundary(offset: Int64, tier: CoverageTier) throws {
        #expect(try Self.tier(Self.boundaries.medium + offset).coverage.tier == tier)
    }

    @Test(arguments: [(0, CoverageTier.typicalBidBelowBreakEven), (-1, .fullBudgetBelowBreakEven)] as [(Int64, CoverageTier)])
    func breakEvenBoundary(offset: Int64, tier: CoverageTier) throws {
        #expect(try Self.tier(Self.boundaries.high + offset).coverage.tier == tier)
    }

    @Test func riskIsTheHighestSeverityAndPercentagesAreShown() throws {
        let adequate = try Self.tier(80_000_000)
        #expect(adequate.risk == .low)
        #expect(!adequate.findings.contains { $0.code.hasPrefix("coverage") })
        let critical = try Self.tier(60_000_000)
        #expect(critical.risk == .critical)
        #expect(critical.findings.first?.code == "coverage_full_budget_below_break_even")
        #expect(critical.coverage.coveragePercent == ExactDecimal(parsing: "79.6")) // 79.666…%, truncated when short
        #expect(critical.coverage.breakEvenPercent == ExactDecimal(parsing: "80.6"))
        #expect(critical.coverage.typicalBidBreakEvenPercent == ExactDecimal(parsing: "84.7"))
        #expect(critical.findings.first?.message.ko.contains("79.6%") == true)
        #expect(try Self.tier(70_000_000).risk == .medium) // 92.9% ≥ 84.7%
        #expect(try Self.tier(65_000_000).risk == .medium) // 86.3% ≥ 84.7% (it was high at the old 90% default)
        #expect(try Self.tier(62_000_000).risk == .high) // 82.3%: between 80.6% and 84.7%
        #expect(try Self.tier(62_000_000).findings.first?.code == "coverage_typical_bid_below_break_even")
    }

    /// The budgets needed are the tier boundaries, by hand: ⌈55,173,990 × 75,314,237 ÷ 68,467,488⌉ = 60,691,390 (full bid);
    /// ⌈55,173,990 × 75,314,237 × 10,000 ÷ (68,467,488 × 9,515)⌉ = 63,784,960 (typical award at the default 95.15%).
    @Test(arguments: [
        (Int64(60_000_000), Int64(15_314_237)), (75_314_236, 1), (75_314_237, 0), (80_000_000, 0),
    ])
    func shortfallAndBudgetsNeeded(budget: Int64, shortfall: Int64) throws {
        let coverage = try Self.tier(budget).coverage
        #expect(coverage.shortfall == Won(shortfall))
        #expect(coverage.budgetNeededBreakEven == Won(60_691_390))
        #expect(coverage.budgetNeededTypicalAward == Won(63_784_960))
        #expect(coverage.budgetNeededBreakEven.value == Self.boundaries.high)
        #expect(coverage.budgetNeededTypicalAward.value == Self.boundaries.medium)
    }

    /// One won short of 75,314,237 is 99.99…%: shown as 99.9%, never 100.0%; a covered budget rounds half up.
    @Test(arguments: [(Int64(75_314_236), "99.9"), (75_314_237, "100.0"), (75_276_580, "99.9"), (75_352_000, "100.1"),
                      (60_000_000, "79.6")])
    func coverageBelowTheProperCostIsNeverShownAsCovered(budget: Int64, shown: String) throws {
        #expect(try Self.tier(budget).coverage.coveragePercent.fixedText == shown)
    }

    @Test func coverageFindingNamesTheShortfall() throws {
        let finding = try #require(try Self.tier(60_000_000).findings.first)
        #expect(finding.message.ko.contains("부족액 15,314,237원"), "\(finding.message.ko)")
        #expect(finding.message.ko.contains("60,691,390원") && finding.message.ko.contains("63,784,960원"))
        #expect(finding.message.en.contains("Shortfall ₩15,314,237"))
    }

    @Test func findingsAreOrderedMostSevereFirstKeepingTheOrderFoundAmongEquals() throws {
        func finding(_ code: String, _ severity: Severity) -> Finding {
            Finding(code: code, severity: severity, message: .init(ko: code, en: code), rule: .init(ko: "", en: ""), sources: [])
        }
        var request = BudgetCheckRequest(budget: Won(62_000_000))
        request.otherFindings = [finding("other_low_1", .low), finding("other_critical", .critical), finding("other_high", .high),
                                 finding("other_low_2", .low)]
        let result = try BudgetCheck.run(request, properCost: Self.cost, edition: Self.edition, rules: Self.rules)
        #expect(result.findings.map(\.code) == ["other_critical", "coverage_typical_bid_below_break_even", "other_high",
                                                 "other_low_1", "other_low_2", "participation_pool", "task_review_applies"])
    }

    /// The check also says where the tiers would fall at the book's comparison ratio (90%): 55,173,990 ÷ 68,467,488
    /// ÷ 0.90 = 89.54%, so a budget at 86.3% coverage, medium at 95.15%, would leave a 90% bid below break-even.
    @Test func theTiersAtNinetyPercentAreShownForComparison() throws {
        let result = try Self.tier(65_000_000)
        let note = try #require(result.notes.first { $0.code == "award_ratio_comparison" })
        #expect(note.text.ko.contains("낙찰률을 90%로 보면") && note.text.ko.contains("89.5%") && note.text.ko.contains("84.7%"))
        #expect(note.text.ko.contains("86.3%") && note.text.ko.contains("통상 낙찰가가 손익분기 미만"))
        #expect(result.rates.contains { $0.key == "award_ratio_comparison" })
        let atNinety = try BudgetCheck.run(BudgetCheckRequest(budget: Won(65_000_000), awardRatioPercent: ExactDecimal(90)),
                                           properCost: Self.cost, edition: Self.edition, rules: Self.rules)
        #expect(!atNinety.notes.contains { $0.code == "award_ratio_comparison" })
    }

    @Test func awardRatioOverrideMovesTheLine() throws {
        let budget = Self.boundaries.medium
        let stricter = try BudgetCheck.run(BudgetCheckRequest(budget: Won(budget), awardRatioPercent: ExactDecimal(85)),
                                           properCost: Self.cost, edition: Self.edition, rules: Self.rules)
        #expect(stricter.coverage.tier == .typicalBidBelowBreakEven)
        #expect(stricter.notes.contains { $0.code == "award_ratio_overridden" })
        #expect(throws: DaegaError.self) {
            try BudgetCheck.run(BudgetCheckRequest(budget: Won(budget), awardRatioPercent: ExactDecimal(0)), properCost: Self.cost, edition: Self.edition, rules: Self.rules)
        }
    }

    @Test func vatExclusiveBudgetsAreNamedOrConverted() throws {
        let looksExclusive = try Self.tier(Self.cost.total.value)
        #expect(looksExclusive.notes.contains { $0.code == "budget_may_exclude_vat" })
        let converted = try BudgetCheck.run(BudgetCheckRequest(budget: Self.cost.total, budgetExcludesVAT: true),
                                            properCost: Self.cost, edition: Self.edition, rules: Self.rules)
        #expect(converted.budgetWithVAT == Self.cost.totalWithVAT)
        #expect(converted.coverage.tier == .adequate)
        #expect(converted.notes.contains { $0.code == "budget_vat_added" })
        #expect(!(try Self.tier(Self.cost.total.value - Self.cost.total.value / 100)).notes.contains { $0.code == "budget_may_exclude_vat" })
    }

    @Test(arguments: [0, -1])
    func nonPositiveBudgetsAreErrors(budget: Int64) {
        #expect(throws: DaegaError.self) { try Self.tier(budget) }
    }

    /// 20억/40억/80억 floors: 5% below each is "just below"; more than 5% below is not.
    @Test(arguments: [
        (Int64(1_900_000_000), true), (1_899_999_999, false), (1_999_999_999, true), (2_000_000_000, false),
        (3_800_000_000, true), (3_799_999_999, false), (7_999_999_999, true), (8_000_000_000, false),
    ])
    func justBelowParticipationFloors(amount: Int64, flagged: Bool) {
        let findings = ParticipationAssessment.findings(amount: Won(amount), rules: Self.rules, compoundsCoverage: false)
        #expect(findings.contains { $0.code == "participation_just_below_threshold" } == flagged)
        #expect(findings.allSatisfy { $0.severity == .low })
        let compounded = ParticipationAssessment.findings(amount: Won(amount), rules: Self.rules, compoundsCoverage: true)
        #expect(compounded.contains { $0.code == "participation_just_below_threshold" && $0.severity == .medium } == flagged)
    }

    @Test(arguments: [
        (Int64(1_000_000_000), "중소 SW사업자."), (2_000_000_000, "5년 이내 기업."), (4_000_000_000, "8,000억원 미만 대기업."), (9_000_000_000, "8,000억원 이상 대기업."),
    ])
    func participationPoolGrowsWithTheAmount(amount: Int64, lastEligible: String) throws {
        let pool = try #require(ParticipationAssessment.findings(amount: Won(amount), rules: Self.rules, compoundsCoverage: false).first)
        #expect(pool.message.ko.contains(lastEligible), "\(pool.message.ko)")
    }

    /// 3억 project (VAT 포함) and 5천만 product: registered products count at any price, certified ones from 5천만,
    /// unregistered uncertified ones never; an unstated status is judged by the amount alone.
    @Test(arguments: [
        (Int64(300_000_000), Int64(50_000_000), ProductStatus.unstated, true), (299_999_999, 50_000_000, .unstated, false),
        (300_000_000, 49_999_999, .unstated, false), (300_000_000, 1, .shoppingMall, true), (299_999_999, 1, .shoppingMall, false),
        (300_000_000, 50_000_000, .gs, true), (300_000_000, 49_999_999, .gs, false), (300_000_000, 50_000_000, .cc, true),
        (300_000_000, 50_000_000, .net, true), (300_000_000, 49_999_999, .nep, false), (300_000_000, 900_000_000, .none, false),
    ])
    func directPurchase(amount: Int64, product: Int64, status: ProductStatus, applies: Bool) {
        let findings = DirectPurchaseAssessment.findings(amount: Won(amount), products: [SoftwarePurchase(name: "DBMS", amount: Won(product), status: status)],
                                                         rules: Self.rules)
        #expect(findings.contains { $0.code == "direct_purchase_applies" } == applies)
        // Below the project threshold nothing is listed; above it, a product not covered is listed to confirm.
        #expect(findings.contains { $0.code == "direct_purchase_excluded" } == (amount >= 300_000_000 && !applies))
    }

    @Test(arguments: [("shopping_mall", ProductStatus.shoppingMall), ("종합쇼핑몰", .shoppingMall), ("디지털서비스몰", .shoppingMall),
                      ("GS", .gs), ("GS인증", .gs), ("국정원 검증", .cc), ("NET", .net), ("nep", .nep), ("없음", .none), ("none", .none)])
    func productStatusSpellings(spelling: String, status: ProductStatus) {
        #expect(ProductStatus(spelling: spelling) == status)
    }

    @Test(arguments: ["unstated", "조달등록", ""])
    func unknownProductStatusSpellingsAreRefused(spelling: String) {
        #expect(ProductStatus(spelling: spelling) == nil)
    }

    @Test(arguments: [(Int64(100_000_000), true), (100_000_001, false)])
    func taskReviewSimplifiedUpToOneHundredMillion(amount: Int64, simplified: Bool) {
        #expect(TaskReviewAssessment.finding(amount: Won(amount), rules: Self.rules)?.message.ko.contains("간소화") == simplified)
    }
}

@Suite struct PriceScoreTests {
    static let rule = try! Repository.library.procurement.book(2025).priceScore.value(on: CalendarDate(year: 2025, month: 6, day: 1)!).value

    /// P = 10. Lowest bid 70%: bid 90 → 10 × 70/90 = 7.7778; bid 70 → 10 × 70/80 + 2 × (80 − 70)/20 = 9.75;
    /// bid 80 (lowest 80) → 10; bid 55 (lowest) → 10 × 55/80 + 2 × (80 − 60)/20 = 8.875.
    @Test(arguments: [("90", "70", "7.7778"), ("70", "70", "9.7500"), ("80", "80", "10.0000"), ("55", "55", "8.8750"),
                      ("100", "100", "10.0000"), ("79.9", "79.9", "9.9975"), ("60", "60", "9.5000")])
    func scores(bid: String, lowest: String, expected: String) throws {
        let score = try PriceScore.score(bidPercent: ExactDecimal(parsing: bid)!, lowestPercent: ExactDecimal(parsing: lowest)!, rule: Self.rule)
        #expect(score.fixedText == expected)
    }

    @Test func badBids() {
        #expect(throws: DaegaError.self) { try PriceScore.score(bidPercent: .zero, lowestPercent: .zero, rule: Self.rule) }
        #expect(throws: DaegaError.self) { try PriceScore.score(bidPercent: ExactDecimal(80), lowestPercent: ExactDecimal(90), rule: Self.rule) }
    }
}
