import DaegaEngine
import DaegaTestSupport
import Testing

/// Each pricing clause of 국가계약법 시행령 제65조 (and 지방계약법 시행령 제74조) on a small contract computed by hand:
/// 100 FP awarded at 90% for 90,000,000원, so 계약단가 900,000, 예정가격 단가 1,000,000; the guide prices the same scope
/// at 110,000,000원 on the change date, so 변경 당시 단가 1,100,000, × 낙찰률 990,000, midpoint 1,045,000.
@Suite struct ContractChangeCalculatorTests {
    static let procurement = try! Repository.library.procurement.book(2025).rules(on: CalendarDate(year: 2025, month: 6, day: 1)!)

    static func request(_ items: [ChangeItemQuantity], requester: ChangeRequester = .vendor, law: ContractLaw = .national,
                        agreed: Won? = nil, contract: Int64 = 90_000_000, points: Int64 = 100, changeTimeCost: Int64 = 110_000_000,
                        addedMonths: Int = 0, maintenance: Bool = false) -> ContractChangeRequest {
        ContractChangeRequest(contractAmount: Won(contract), awardRatio: AwardRatio(percent: ExactDecimal(90)),
                              originalPoints: ExactDecimal(points), changeTimeCost: Won(changeTimeCost), requester: requester,
                              law: law, agreedUnitPrice: agreed, items: items, contractMonths: 6, addedMonths: addedMonths,
                              isMaintenance: maintenance)
    }

    static func item(_ before: Int64, _ after: Int64, inContract: Bool = true) -> ChangeItemQuantity {
        ChangeItemQuantity(name: "기능", type: .ei, before: ExactDecimal(before), after: ExactDecimal(after), inContract: inContract)
    }

    @Test func unitPricesFollowTheirDefinitions() throws {
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(10, 10)]), procurement: Self.procurement)
        #expect(result.unitPrices == ChangeUnitPrices(contract: Won(900_000), estimate: Won(1_000_000), changeTime: Won(1_100_000),
                                                      changeTimeAtAward: Won(990_000), midpoint: Won(1_045_000)))
    }

    /// (clause checked, item, requester, agreed price, expected basis, expected unit price, expected amount)
    static let clauses: [(String, ChangeItemQuantity, ChangeRequester, Int64?, ChangePriceBasis, Int64, Int64)] = [
        ("제65조③1: 감소 물량은 계약단가", item(10, 3), .vendor, nil, .decreaseAtContractPrice, 900_000, -6_300_000),
        ("제65조③1: 발주기관 요청이어도 감소는 계약단가", item(10, 3), .agency, nil, .decreaseAtContractPrice, 900_000, -6_300_000),
        ("제65조③1: 삭제는 전량 감소", item(5, 0), .vendor, nil, .decreaseAtContractPrice, 900_000, -4_500_000),
        ("제65조③2: 증가 물량은 계약단가", item(10, 15), .vendor, nil, .increaseAtContractPrice, 900_000, 4_500_000),
        ("제65조③3: 신규 비목은 변경 당시 단가 × 낙찰률", item(0, 4, inContract: false), .vendor, nil, .newItemAtChangeTimePrice, 990_000, 3_960_000),
        ("제65조⑥: 발주기관 요청, 협의 없으면 중간 단가", item(0, 4, inContract: false), .agency, nil, .midpoint, 1_045_000, 4_180_000),
        ("제65조⑥: 증가 물량에도 중간 단가", item(10, 12), .agency, nil, .midpoint, 1_045_000, 2_090_000),
        ("제65조⑥: 계약상대자 책임 없는 사유(법령 변경)도 발주기관 요청과 같음", item(10, 12), .law, nil, .midpoint, 1_045_000, 2_090_000),
        ("제65조⑥: 합의 단가", item(0, 4, inContract: false), .agency, 1_000_000, .agreedPrice, 1_000_000, 4_000_000),
        ("규모 변동 없는 변경은 금액 없음", ChangeItemQuantity(name: "기능", type: .ei, before: ExactDecimal(4), after: ExactDecimal(4),
                                                     inContract: true, markedChanged: true), .agency, nil, .sizeUnchanged, 0, 0),
    ]

    @Test(arguments: clauses)
    func eachClausePricesItsItem(clause: String, item: ChangeItemQuantity, requester: ChangeRequester, agreed: Int64?,
                                 basis: ChangePriceBasis, unitPrice: Int64, amount: Int64) throws {
        let result = try ContractChangeCalculator.calculate(Self.request([item], requester: requester, agreed: agreed.map(Won.init)),
                                                            procurement: Self.procurement)
        let priced = try #require(result.items.first, "\(clause)")
        #expect(priced.basis == basis, "\(clause)")
        #expect(priced.unitPrice == Won(unitPrice), "\(clause)")
        #expect(priced.amount == Won(amount), "\(clause)")
        #expect(result.adjustment == Won(amount), "\(clause)")
        #expect(result.adjustedContract == Won(90_000_000 + amount), "\(clause)")
    }

    /// 제65조③2 단서: when the contract unit price is above the estimate's, an increase is paid at the estimate's.
    @Test func increaseIsCappedAtTheEstimateUnitPrice() throws {
        let prices = ChangeUnitPrices(contract: Won(1_000_000), estimate: Won(950_000), changeTime: Won(1_100_000),
                                      changeTimeAtAward: Won(990_000), midpoint: Won(1_045_000))
        let clauses = try #require(Self.procurement.contractChange).national.value
        let priced = try ContractChangeCalculator.price(Self.item(10, 12), prices: prices, requester: .vendor, agreedUnitPrice: nil,
                                                        clauses: clauses, rounding: .wonTruncate)
        #expect(priced.basis == .increaseAtEstimatePrice)
        #expect(priced.amount == Won(1_900_000))
        #expect(priced.clause == "국가계약법 시행령 제65조제3항제2호")
    }

    /// 지방계약법 시행령 제74조 names the local article on every item.
    @Test func localContractsCiteArticle74() throws {
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(10, 3)], law: .local), procurement: Self.procurement)
        #expect(result.items[0].clause == "지방계약법 시행령 제74조")
        #expect(result.clauses.value.article.contains("제74조"))
        #expect(result.clauses.reference.status == .uncertain)
    }

    /// 용역계약일반조건 제53조: an adjustment of 10% or more (either way) goes to the 과업심의위원회.
    @Test(arguments: [(9_000_000, true), (8_999_999, false), (-9_000_000, true), (-8_999_999, false), (0, false)] as [(Int64, Bool)])
    func committeeLineIsTenPercent(adjustment: Int64, required: Bool) {
        #expect(ContractChangeCalculator.reachesCommittee(Won(adjustment), of: Won(90_000_000), percent: ExactDecimal(10)) == required)
    }

    @Test func committeeFindingFollowsTheLine() throws {
        // +10 FP at 900,000 = 9,000,000 = 10% of 90,000,000; 99,000,000 after the change is within the 1억 simplified review.
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(10, 20)]), procurement: Self.procurement)
        #expect(result.committeeRequired)
        #expect(result.adjustmentPercent == ExactDecimal(10))
        let finding = try #require(result.findings.first { $0.code == "committee_review" })
        #expect(finding.message.ko.contains("(조정 후 계약금액이 100,000,000원 이하라 간소화 심의 가능)"))
        let review = try #require(Self.procurement.simplifiedTaskReviewUpTo)
        #expect(finding.sources.contains(review.reference))
    }

    /// 지침 제25조③: the simplified review is for projects of at most 1억 after the change, not above.
    @Test func aLargerContractGetsTheFullReview() throws {
        // +12 FP at 900,000 = 10,800,000 on 90,000,000 is 100,800,000 after the change.
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(10, 22)]), procurement: Self.procurement)
        let finding = try #require(result.findings.first { $0.code == "committee_review" })
        #expect(!finding.message.ko.contains("간소화"))
        let review = try #require(Self.procurement.simplifiedTaskReviewUpTo)
        #expect(!finding.sources.contains(review.reference))
    }

    @Test func addedWorkAgreedAtZeroIsFlagged() throws {
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(0, 4, inContract: false)], requester: .agency, agreed: .zero),
                                                            procurement: Self.procurement)
        #expect(result.adjustment == .zero)
        #expect(result.findings.first?.code == "added_work_unpaid")
        #expect(result.findings.first?.severity == .high)
    }

    /// 제65조⑥: an agreed price lies between the change-time price × 낙찰률 (990,000) and the change-time price
    /// (1,100,000), both ends included.
    @Test(arguments: [(800_000, true), (989_999, true), (990_000, false), (1_100_000, false), (1_100_001, true)] as [(Int64, Bool)])
    func agreedPriceOutsideTheRangeIsFlagged(agreed: Int64, flagged: Bool) throws {
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(0, 4, inContract: false)], requester: .agency,
                                                                         agreed: Won(agreed)), procurement: Self.procurement)
        #expect(result.findings.contains { $0.code == "agreed_price_outside_range" } == flagged)
    }

    @Test func extensionWithoutMoneyIsFlagged() throws {
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(10, 9)], addedMonths: 2), procurement: Self.procurement)
        #expect(result.adjustedMonths == 8)
        #expect(result.findings.contains { $0.code == "extension_without_money" })
        let paid = try ContractChangeCalculator.calculate(Self.request([Self.item(10, 12)], addedMonths: 2), procurement: Self.procurement)
        #expect(!paid.findings.contains { $0.code == "extension_without_money" })
    }

    /// 소프트웨어 진흥법 제48조: 1,995,000,000 + 10 FP × 900,000 crosses the 20억 floor.
    @Test func crossingAParticipationFloorIsFlagged() throws {
        let below = Self.request([Self.item(0, 10, inContract: false)], contract: 1_995_000_000, points: 2_000, changeTimeCost: 2_200_000_000)
        let result = try ContractChangeCalculator.calculate(below, procurement: Self.procurement)
        #expect(result.unitPrices.changeTimeAtAward == Won(990_000))
        #expect(result.adjustedContract == Won(2_004_900_000))
        #expect(result.findings.contains { $0.code == "participation_threshold_crossed" })
        let stays = try ContractChangeCalculator.calculate(Self.request([Self.item(0, 1, inContract: false)], contract: 1_995_000_000,
                                                                        points: 2_000, changeTimeCost: 2_200_000_000),
                                                           procurement: Self.procurement)
        #expect(!stays.findings.contains { $0.code == "participation_threshold_crossed" })
    }

    /// The 7% 기능개선 rule applies to maintenance contracts only, from 7% of the system's size.
    @Test(arguments: [(7, true, true), (6, true, false), (7, false, false)] as [(Int64, Bool, Bool)])
    func improvementShareRule(added: Int64, maintenance: Bool, flagged: Bool) throws {
        let result = try ContractChangeCalculator.calculate(Self.request([Self.item(0, added, inContract: false)], maintenance: maintenance),
                                                            procurement: Self.procurement)
        #expect(result.findings.contains { $0.code == "maintenance_improvement_share" } == flagged)
    }

    @Test func aContractWithoutSizeOrAwardIsRefused() throws {
        var zeroRatio = Self.request([Self.item(10, 12)])
        zeroRatio.awardRatio = AwardRatio(percent: .zero)
        #expect(throws: DaegaError(.changeAwardRatio, at: .field("award"), "낙찰률이 0%입니다", expected: "0% 초과 100% 이하")) {
            try ContractChangeCalculator.calculate(zeroRatio, procurement: Self.procurement)
        }
        let zeroPoints = #expect(throws: DaegaError.self) {
            try ContractChangeCalculator.calculate(Self.request([Self.item(0, 2, inContract: false)], points: 0), procurement: Self.procurement)
        }
        #expect(zeroPoints?.code == .emptyFunctionList)
        #expect(zeroPoints?.location == .field("project"))
    }

    /// Property: a change that adds and removes nothing adjusts nothing, whoever asked for it.
    @Test(arguments: ChangeRequester.allCases)
    func nothingAddedOrRemovedAdjustsNothing(requester: ChangeRequester) throws {
        var generator = SeededGenerator(seed: 25)
        for _ in 0..<200 {
            let items = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                let size = Int64.random(in: 0...30, using: &generator)
                return ChangeItemQuantity(name: "f", type: .eo, before: ExactDecimal(size), after: ExactDecimal(size),
                                          inContract: size > 0, markedChanged: Bool.random(using: &generator))
            }
            let result = try ContractChangeCalculator.calculate(Self.request(items, requester: requester), procurement: Self.procurement)
            #expect(result.adjustment == .zero)
            #expect(result.adjustedContract == result.originalContract)
        }
    }

    /// Property: adding work never lowers the amount; only an item the agency made smaller (a cheaper item) can.
    @Test(arguments: ChangeRequester.allCases)
    func addingWorkNeverLowersTheAmount(requester: ChangeRequester) throws {
        var generator = SeededGenerator(seed: 65)
        for _ in 0..<200 {
            var items: [ChangeItemQuantity] = []
            var previous = Won.zero
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let before = Int64.random(in: 0...20, using: &generator)
                items.append(Self.item(before, before + Int64.random(in: 0...10, using: &generator), inContract: before > 0))
                let adjustment = try ContractChangeCalculator.calculate(Self.request(items, requester: requester),
                                                                        procurement: Self.procurement).adjustment
                #expect(adjustment >= previous)
                previous = adjustment
            }
        }
    }
}

/// The period after a change against the 적정 사업기간 of the changed scope with the contract's team.
@Suite struct ContractChangePeriodTests {
    static let bands = try! Repository.library.durations.books[0]

    /// 6 months × (130 FP ÷ 19) ÷ (100 FP ÷ 19) = 7.8 months; 6 × (1,100 ÷ 22) ÷ (900 ÷ 19) = 6.33… → 6.4 (rounded up).
    @Test(arguments: [(100, 130, "7.8"), (100, 100, "6"), (900, 1_100, "6.4")] as [(Int64, Int64, String)])
    func properMonthsScaleWithEffort(before: Int64, after: Int64, months: String) {
        let proper = ContractChangeCalculator.properMonths(contractMonths: 6, before: ExactDecimal(before), after: ExactDecimal(after),
                                                           bands: Self.bands)
        #expect(proper == ExactDecimal(parsing: months))
    }

    @Test func aPeriodShorterThanTheChangedScopeNeedsIsFlagged() throws {
        var request = ContractChangeCalculatorTests.request([ContractChangeCalculatorTests.item(0, 30, inContract: false)], addedMonths: 1)
        request.productivity = Self.bands
        let result = try ContractChangeCalculator.calculate(request, procurement: ContractChangeCalculatorTests.procurement)
        #expect(result.properMonthsSameTeam == ExactDecimal(significand: 78, scale: 1))
        #expect(result.findings.contains { $0.code == "period_short_after_change" })
        request.addedMonths = 2
        let longer = try ContractChangeCalculator.calculate(request, procurement: ContractChangeCalculatorTests.procurement)
        #expect(!longer.findings.contains { $0.code == "period_short_after_change" })
        request.isMaintenance = true
        request.addedMonths = 0
        let maintenance = try ContractChangeCalculator.calculate(request, procurement: ContractChangeCalculatorTests.procurement)
        #expect(maintenance.properMonthsSameTeam == nil, "적정 사업기간 does not apply to maintenance")
    }
}
