import DaegaEngine
import DaegaTestSupport
import Testing

/// 협상 가격 배점: 90:10 by default, 80:20 only with one of the three cases of 행정안전부 지침 제18조, checked
/// against the project's figures at the 50% HW and 1억 boundaries.
@Suite struct PriceWeightsTests {
    static let rules = BudgetCheckTests.rules
    static let standard = rules.priceScore!.value
    static let alternative = rules.alternativePriceWeights!.value

    static func choice(_ technical: Int, _ price: Int, _ weightCase: PriceWeightCase? = nil) -> PriceWeightsChoice {
        PriceWeightsChoice(technicalPoints: technical, pricePoints: price, weightCase: weightCase,
                           weightsLocation: .file(path: "p.toml", line: 9, column: 17), caseLocation: .file(path: "p.toml", line: 10, column: 22))
    }

    @Test func theBookHoldsBothWeightsAndTheCaseFigures() {
        #expect((Self.standard.technicalPoints, Self.standard.pricePoints) == (90, 10))
        #expect(Self.alternative == AlternativePriceWeights(technicalPoints: 80, pricePoints: 20, hardwareSharePercent: ExactDecimal(50),
                                                            developmentUnder: Won(100_000_000)))
        #expect(Self.rules.alternativePriceWeights?.reference.status == .uncertain)
    }

    @Test(arguments: [("80:20", 80, 20), (" 80 : 20 ", 80, 20), ("90:10", 90, 10), ("79:21", 79, 21)])
    func weightsAreRead(text: String, technical: Int, price: Int) throws {
        let points = try #require(PriceWeightsChoice.points(text))
        #expect((points.technical, points.price) == (technical, price))
    }

    @Test(arguments: ["80", "80:20:0", "80:", ":20", "８０:20", "-80:20", "80/20", "eighty:twenty", ""])
    func unreadableWeightsAreNil(text: String) {
        #expect(PriceWeightsChoice.points(text) == nil)
    }

    /// 90:10 is the book's rule unchanged; 80:20 with a case swaps the points; the scores follow (90% against 90% earns the full price points).
    @Test func theChosenWeightsSetThePricePoints() throws {
        #expect(try Self.choice(90, 10).rule(standard: Self.standard, alternative: Self.alternative) == Self.standard)
        let rule = try Self.choice(80, 20, .hardware).rule(standard: Self.standard, alternative: Self.alternative)
        #expect((rule.technicalPoints, rule.pricePoints) == (80, 20))
        #expect(try PriceScore.score(bidPercent: ExactDecimal(90), lowestPercent: ExactDecimal(90), rule: rule) == ExactDecimal(20))
        #expect(try PriceScore.score(bidPercent: ExactDecimal(95), lowestPercent: ExactDecimal(90), rule: rule) == ExactDecimal(parsing: "18.9474"))
        #expect(try PriceScore.score(bidPercent: ExactDecimal(95), lowestPercent: ExactDecimal(90), rule: Self.standard) == ExactDecimal(parsing: "9.4737"))
    }

    /// Anything but 90:10 and 80:20 names the weights' line and the accepted values; 80:20 needs its case at the case's
    /// line; a case with 90:10 conflicts.
    @Test(arguments: [
        (79, 21, nil as PriceWeightCase?, ErrorCode.unknownPriceWeights, 9), (81, 19, .hardware, .unknownPriceWeights, 9),
        (90, 20, nil, .unknownPriceWeights, 9), (80, 20, nil, .priceWeightsCaseMissing, 10), (90, 10, .agencyHead, .conflictingInputs, 10),
    ])
    func otherWeightsAreRefused(technical: Int, price: Int, weightCase: PriceWeightCase?, code: ErrorCode, line: Int) throws {
        let error = try #require(throws: DaegaError.self) {
            try Self.choice(technical, price, weightCase).rule(standard: Self.standard, alternative: Self.alternative)
        }
        #expect(error.code == code)
        #expect(error.location == .file(path: "p.toml", line: line, column: line == 9 ? 17 : 22))
        if code == .unknownPriceWeights { #expect(error.expected?.contains("90:10") == true && error.expected?.contains("80:20") == true) }
        if code == .priceWeightsCaseMissing { #expect(error.expected == PriceWeightCase.acceptedSpellings) }
    }

    @Test(arguments: [("hw", PriceWeightCase.hardware), ("HW", .hardware), ("하드웨어", .hardware), ("under_100m", .smallDevelopment),
                      ("1억 미만", .smallDevelopment), ("agency-head", .agencyHead), ("기관장", .agencyHead)])
    func casesAreReadInEitherLanguage(spelling: String, expected: PriceWeightCase) {
        #expect(PriceWeightCase(spelling: spelling) == expected)
    }

    @Test(arguments: ["긴급", "hw50", "1억이하", ""])
    func unknownCasesAreNil(spelling: String) { #expect(PriceWeightCase(spelling: spelling) == nil) }

    /// 추정가격 = budget ÷ 1.1: 109,999,999 (VAT 포함) is 99,999,999.09 and under 1억; 110,000,000 is exactly 1억.
    @Test(arguments: [(Int64(109_999_999), true), (110_000_000, false), (110_000_001, false), (55_000_000, true)])
    func estimatedPriceUnderTheLine(budget: Int64, under: Bool) {
        #expect(PriceWeightsAssessment.estimatedPrice(ofBudgetWithVAT: Won(budget), vatPercent: ExactDecimal(10),
                                                      isUnder: Won(100_000_000)) == under)
    }

    @Test(arguments: [(Int64(50_000_000), true), (49_999_999, false), (100_000_000, true), (0, false)])
    func hardwareShareAtHalf(hardware: Int64, reaches: Bool) {
        #expect(PriceWeightsAssessment.hardware(Won(hardware), of: Won(100_000_000), reaches: ExactDecimal(50)) == reaches)
    }

    static func codes(_ choice: PriceWeightsChoice, budget: Int64, hardware: Int64? = nil) throws -> [Finding] {
        var request = BudgetCheckRequest(budget: Won(budget))
        request.priceWeights = choice
        request.hardwareAmount = hardware.map(Won.init)
        return try TenderRuleTests.check(request).findings.filter { $0.code.hasPrefix("price_weights") }
    }

    @Test(arguments: [(Int64(109_999_999), false), (110_000_000, true)])
    func smallDevelopmentCaseIsCheckedAgainstTheBudget(budget: Int64, notMet: Bool) throws {
        let findings = try Self.codes(Self.choice(80, 20, .smallDevelopment), budget: budget)
        #expect(findings.map(\.code).contains("price_weights_case_not_met") == notMet)
        let note = try #require(findings.first { $0.code == "price_weights_alternative" })
        #expect(note.message.ko.contains("기술 80 : 가격 20") && note.message.ko.contains("추정가격 100,000,000원 미만 개발 사업"))
        #expect(note.rule.ko.contains("제18조"))
    }

    @Test func hardwareCaseIsCheckedWhenTheAmountIsGiven() throws {
        let short = try Self.codes(Self.choice(80, 20, .hardware), budget: 500_000_000, hardware: 249_999_999)
        let notMet = try #require(short.first { $0.code == "price_weights_case_not_met" })
        #expect(notMet.ratioPercent == ExactDecimal(parsing: "49.99"))
        #expect(notMet.severity == .medium)
        #expect(try Self.codes(Self.choice(80, 20, .hardware), budget: 500_000_000, hardware: 250_000_000).map(\.code) == ["price_weights_alternative"])
        let unknown = try Self.codes(Self.choice(80, 20, .hardware), budget: 500_000_000)
        #expect(unknown.map(\.code) == ["price_weights_alternative"])
        #expect(unknown[0].message.ko.contains("hardware_amount"))
    }

    @Test func agencyHeadCaseAndDefaultWeights() throws {
        let head = try Self.codes(Self.choice(80, 20, .agencyHead), budget: 5_000_000_000)
        #expect(head.map(\.code) == ["price_weights_alternative"])
        #expect(head[0].message.ko.contains("발주기관의 장"))
        #expect(try Self.codes(Self.choice(90, 10), budget: 5_000_000_000).isEmpty)
    }
}
