import DaegaEngine
import DaegaTestSupport
import Testing

/// 하도급, 일괄발주 and multi-year participation, exemptions and the duration rules, at and around their boundaries.
@Suite struct TenderRuleTests {
    static let rules = BudgetCheckTests.rules

    static func check(_ request: BudgetCheckRequest) throws -> BudgetCheckResult {
        try BudgetCheck.run(request, properCost: BudgetCheckTests.cost, edition: BudgetCheckTests.edition, rules: rules)
    }

    /// The book allows 50%: 50 passes, 50.1 does not; 재하도급 is a finding whatever the share.
    @Test(arguments: [("50", false, false), ("50.1", false, true), ("0", true, false), ("80", true, true)])
    func subcontracting(percent: String, resubcontracting: Bool, overLimit: Bool) throws {
        var request = BudgetCheckRequest(budget: Won(80_000_000))
        request.subcontracting = SubcontractingPlan(percent: try #require(ExactDecimal(parsing: percent)), resubcontracting: resubcontracting)
        let codes = try Self.check(request).findings.map(\.code)
        #expect(codes.contains("subcontracting_over_limit") == overLimit)
        #expect(codes.contains("resubcontracting_barred") == resubcontracting)
        if overLimit { #expect(try Self.check(request).risk >= .high) }
    }

    /// 일괄발주: the smallest unit decides (19.99억 keeps large firms out though the total is 50억); a contract over
    /// three years is judged on ⌊amount ÷ 3⌋; both together average the smallest unit.
    @Test(arguments: [
        ([Int64](), nil as Int?, Int64(5_000_000_000)), ([3_000_000_001, 1_999_999_999], nil, 1_999_999_999),
        ([], 3, 1_666_666_666), ([], 1, 5_000_000_000), ([4_500_000_000, 500_000_000], 2, 250_000_000),
    ])
    func participationBasis(units: [Int64], years: Int?, judged: Int64) {
        let basis = ParticipationBasis.decide(budget: Won(5_000_000_000),
                                              units: units.enumerated().map { ProjectUnit(name: "단위\($0.offset + 1)", amount: Won($0.element)) },
                                              years: years)
        #expect(basis.amount == Won(judged))
        #expect((basis.explanation == nil) == (units.isEmpty && (years ?? 1) <= 1))
    }

    @Test func theSmallestUnitDecidesWhoMayBid() throws {
        var request = BudgetCheckRequest(budget: Won(5_000_000_000))
        request.units = [ProjectUnit(name: "플랫폼", amount: Won(3_200_000_000)), ProjectUnit(name: "모바일", amount: Won(1_800_000_000))]
        let pool = try #require(try Self.check(request).findings.first { $0.code == "participation_pool" })
        #expect(pool.message.ko.contains("'모바일' 1,800,000,000원으로 판단"), "\(pool.message.ko)")
        #expect(pool.message.ko.contains("참여 가능 기업: 중소 SW사업자."), "\(pool.message.ko)")
    }

    @Test func aGrantedExemptionReplacesTheGroupBan() throws {
        var request = BudgetCheckRequest(budget: Won(80_000_000))
        let barred = try #require(try Self.check(request).findings.first { $0.code == "participation_pool" })
        #expect(barred.message.ko.contains("원칙적으로 참여할 수 없습니다"))
        request.participationExemption = "과기정통부 대기업참여제한 예외 인정 2026-17호"
        let exempt = try #require(try Self.check(request).findings.first { $0.code == "participation_pool" })
        #expect(!exempt.message.ko.contains("원칙적으로 참여할 수 없습니다"))
        #expect(exempt.message.ko.contains("과기정통부 대기업참여제한 예외 인정 2026-17호"))
    }

    /// 1억 or less: the agency head sets the period; over 12 months: 장기계속계약.
    @Test(arguments: [
        (Int64(100_000_000), "6", true, false), (100_000_001, "6", false, false),
        (300_000_000, "12", false, false), (300_000_000, "12.1", false, true),
    ])
    func durationRules(amount: Int64, months: String, agencyHead: Bool, longTerm: Bool) throws {
        let codes = DurationAssessment.findings(comparison: nil, plannedMonths: ExactDecimal(parsing: months), amount: Won(amount),
                                                rules: Self.rules).map(\.code)
        #expect(codes.contains("duration_set_by_agency_head") == agencyHead)
        #expect(codes.contains("duration_long_term_contract") == longTerm)
    }

    @Test(arguments: [(nil as WorkKind?, false, true), (.development, false, true), (.exempt, false, true),
                      (.planning, false, false), (.operation, false, false), (nil, true, false), (.development, true, false)])
    func durationAppliesOnlyToDevelopment(work: WorkKind?, maintenanceTender: Bool, applies: Bool) {
        #expect(DurationAssessment.applies(to: work, maintenanceTender: maintenanceTender) == applies)
    }

    /// 지침 제25조③: any of the five other categories is simplified whatever the amount; the small-project one and an
    /// unstated category only up to 1억 (VAT 포함, as the finding states).
    @Test(arguments: [
        (Int64(100_000_000), nil as ReviewCategory?, true), (100_000_001, nil, false), (500_000_000, .audit, true),
        (500_000_000, .pmo, true), (500_000_000, .commercialPurchase, true), (500_000_000, .smallProject, false),
        (100_000_000, .smallProject, true),
    ])
    func simplifiedTaskReview(amount: Int64, category: ReviewCategory?, simplified: Bool) throws {
        #expect(TaskReviewAssessment.isSimplified(amount: Won(amount), category: category, limit: Won(100_000_000)) == simplified)
        let message = try #require(TaskReviewAssessment.finding(amount: Won(amount), category: category, rules: Self.rules)).message.ko
        #expect(message.contains("간소화 심의 가능") == simplified, "\(message)")
        if simplified && category == nil { #expect(message.contains("VAT 포함 예산으로 판단")) }
    }

    @Test(arguments: [("감리", ReviewCategory.audit), ("PMO", .pmo), ("1억 이하", .smallProject), ("상용SW 구매", .commercialPurchase),
                      ("standard_system", .standardSystem), ("변경 없는 추가", .unchangedAddition)])
    func reviewCategorySpellings(spelling: String, category: ReviewCategory) {
        #expect(ReviewCategory(spelling: spelling) == category)
    }
}
