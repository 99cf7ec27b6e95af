import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// The procurement rule book: the figures the findings' sentences quote come from it, never from the code.
@Suite struct ProcurementBookTests {
    static let path = Repository.root + "/rates/procurement/2025.toml"
    static let text = try! String(contentsOfFile: path, encoding: .utf8)

    /// The repository's book with `key = old` replaced by `key = new` (the line must exist).
    func book(replacing edits: [(String, String)]) throws -> ProcurementRules {
        try ruleBook(replacing: edits).rules(on: CalendarDate(year: 2025, month: 6, day: 1)!)
    }

    /// The repository's book, whole (every dated version), with the same edits.
    func ruleBook(replacing edits: [(String, String)]) throws -> ProcurementRuleBook {
        var text = Self.text
        for (old, new) in edits {
            try #require(text.contains(old), "\(old) is not in the book")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try ProcurementBookReader.read(text, path: "procurement.toml")
    }

    /// The articles the change findings cite come from the book: a book naming other articles changes every rule line.
    @Test func changeFindingsQuoteTheBooksArticles() throws {
        let procurement = try book(replacing: [
            ("article = \"용역계약일반조건 제53조", "article = \"위원회 조문 A"),
            ("article = \"용역계약일반조건 제16조제5항\"", "article = \"기한 조문 B\""),
            ("other_change_clause = \"국가계약법 시행령 제66조\"", "other_change_clause = \"실비 조문 C\""),
        ])
        // 100 FP for 90,000,000 at 90%: +10 FP at the contract unit price 900,000 is 10% (committee and deadline);
        // −1 FP with 2 months added is an extension without money.
        func findings(_ after: Int64, addedMonths: Int) throws -> [Finding] {
            let item = ChangeItemQuantity(name: "기능", type: .ei, before: ExactDecimal(10), after: ExactDecimal(after), inContract: true)
            let request = ContractChangeRequest(
                contractAmount: Won(90_000_000), awardRatio: AwardRatio(percent: ExactDecimal(90)), originalPoints: ExactDecimal(100),
                changeTimeCost: Won(110_000_000), requester: .vendor, law: .national, agreedUnitPrice: nil, items: [item],
                contractMonths: 6, addedMonths: addedMonths, isMaintenance: false)
            return try ContractChangeCalculator.calculate(request, procurement: procurement).findings
        }
        let rule = { (findings: [Finding], code: String) in findings.first { $0.code == code }?.rule.ko ?? "" }
        let committee = try findings(20, addedMonths: 0)
        #expect(rule(committee, "committee_review").hasPrefix("위원회 조문 A"))
        #expect(rule(committee, "adjustment_deadline").hasPrefix("기한 조문 B: "))
        #expect(rule(try findings(9, addedMonths: 2), "extension_without_money").hasPrefix("실비 조문 C: "))
    }

    @Test func theSentencesQuoteTheBooksFigures() throws {
        let rules = try book(replacing: [
            ("recent_midsize_years = 5", "recent_midsize_years = 3"),
            ("revenue_boundary_won = 800_000_000_000", "revenue_boundary_won = 500_000_000_000"),
            ("project_won = 300_000_000", "project_won = 250_000_000"),
            ("product_won = 50_000_000", "product_won = 30_000_000"),
            ("recent_midsize_won = 2_000_000_000", "recent_midsize_won = 1_500_000_000"),
            ("large_small_revenue_won = 4_000_000_000", "large_small_revenue_won = 3_000_000_000"),
            ("large_big_revenue_won = 8_000_000_000", "large_big_revenue_won = 7_000_000_000"),
        ])
        let pool = try #require(ParticipationAssessment.findings(amount: Won(9_000_000_000), rules: rules, compoundsCoverage: false).first)
        #expect(pool.message.ko.contains("중소기업에서 중견으로 바뀐 지 3년 이내 기업, 매출 5,000억원 미만 대기업, 매출 5,000억원 이상 대기업"))
        #expect(pool.message.en.contains("within 3 years") && pool.message.en.contains("under ₩500bn"))
        #expect(pool.rule.ko.contains("(VAT 포함 사업금액 15억원/30억원/70억원;"))
        #expect(pool.rule.en.contains("(₩1,500m/₩3bn/₩7bn incl. VAT;"))
        // The rate listing names the same tiers with the same figures.
        let listed = try #require(try ruleBook(replacing: [
            ("recent_midsize_years = 5", "recent_midsize_years = 3"), ("revenue_boundary_won = 800_000_000_000", "revenue_boundary_won = 500_000_000_000"),
            ("recent_midsize_won = 2_000_000_000", "recent_midsize_won = 1_500_000_000"),
            ("large_small_revenue_won = 4_000_000_000", "large_small_revenue_won = 3_000_000_000"),
            ("large_big_revenue_won = 8_000_000_000", "large_big_revenue_won = 7_000_000_000"),
        ]).summary.figures.first { $0.key == "participation" }?.value)
        #expect(listed.contains("3년 이내 기업 1,500,000,000원, 매출 5,000억원 미만 대기업 3,000,000,000원"), "\(listed)")
        // Just below the changed 30억 floor (within the book's 5%), the finding names that floor and its tier.
        let justBelow = try #require(ParticipationAssessment.findings(amount: Won(2_900_000_000), rules: rules, compoundsCoverage: false)
            .first { $0.code == "participation_just_below_threshold" })
        #expect(justBelow.message.ko.contains("참여하한 3,000,000,000원보다 100,000,000원 적어"), "\(justBelow.message.ko)")
        #expect(justBelow.message.ko.contains("매출 5,000억원 미만 대기업"), "\(justBelow.message.ko)")
        let purchase = try #require(DirectPurchaseAssessment.findings(
            amount: Won(250_000_000), products: [SoftwarePurchase(name: "DBMS", amount: Won(30_000_000), status: .gs)], rules: rules).first)
        #expect(purchase.message.ko.contains("(2억 5,000만원 이상)"))
        #expect(purchase.rule.ko.contains("사업 2억 5,000만원 이상(VAT 포함)") && purchase.rule.ko.contains("3,000만원 이상"), "\(purchase.rule.ko)")
        #expect(purchase.rule.en.contains("a project of ₩250m or more") && purchase.rule.en.contains("at ₩30m or more"), "\(purchase.rule.en)")
        for text in [pool.message.ko, pool.rule.ko, purchase.message.ko, purchase.rule.ko] {
            #expect(!text.contains("5년") && !text.contains("8천억") && !text.contains("3억원") && !text.contains("5천만원"), "\(text)")
        }
    }

    @Test(arguments: [("recent_midsize_years = 5", "recent_midsize_years = 0", "recent_midsize_years"),
                      ("revenue_boundary_won = 800_000_000_000", "revenue_boundary_won = -1", "revenue_boundary_won")])
    func aTierFigureOutOfRangeIsRefusedAtItsLine(old: String, new: String, key: String) throws {
        let error = try #require(throws: DaegaError.self) { try book(replacing: [(old, new)]) }
        let line = Self.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(old) }! + 1
        #expect(error.code == .rateBookBadValue, "\(error)")
        #expect(error.location == .file(path: "procurement.toml", line: line, column: key.count + 4), "\(error)")
        #expect(error.message.contains(key), "\(error.message)")
    }

    @Test(arguments: ["recent_midsize_years = 5\n", "revenue_boundary_won = 800_000_000_000\n",
                      "recent_midsize_won = 2_000_000_000\n"])
    func aBookWithoutATierFigureIsRefusedNamingItsTable(line: String) throws {
        let key = String(line.prefix { $0 != " " })
        let error = try #require(throws: DaegaError.self) { try book(replacing: [(line, "")]) }
        #expect(error.code == .rateBookMissingKey && error.message.contains(key), "\(error)")
        let tableLine = Self.text.components(separatedBy: "\n").firstIndex(of: "[participation]")! + 1
        #expect(error.location == .file(path: "procurement.toml", line: tableLine, column: 1), "\(error)")
    }
}

/// Each procurement rule carries its own dates: the rules chosen for a day are the versions in force that day.
@Suite struct ProcurementRuleDatesTests {
    static let book = try! Repository.library.procurement.book(2025)

    @Test(arguments: [("2012-06-30", false, Int64(1_000_000_000), false), ("2013-01-01", true, 1_000_000_000, false),
                      ("2020-12-09", true, 1_000_000_000, true), ("2020-12-10", true, 300_000_000, true),
                      ("2026-03-01", true, 300_000_000, true)])
    func theVersionInForceIsChosen(date: String, barred: Bool, directPurchaseProject: Int64, scored: Bool) throws {
        let rules = try Self.book.rules(on: CalendarDate(parsing: date)!)
        #expect(rules.conglomerateBan.value == barred)
        #expect(rules.directPurchase.value.project == Won(directPurchaseProject))
        #expect(rules.participationThresholds.value.largeBiggerRevenue == Won(8_000_000_000))
        #expect(rules.awardRatioPercent.value == ExactDecimal(parsing: "95.15"))
        #expect((rules.priceScore != nil) == scored)
        #expect((rules.simplifiedTaskReviewUpTo != nil) == (date >= "2020-12-10"))
    }

    @Test func aDayBeforeARuleIsNamedWithTheCoveredPeriod() throws {
        let error = try #require(throws: DaegaError.self) { try Self.book.priceScore.value(on: CalendarDate(year: 2016, month: 5, day: 1)!) }
        #expect(error.code == .dateNotCovered)
        #expect(error.message.contains("price_score") && error.message.contains("2016-05-01") && error.message.contains("2017-01-01~"))
        #expect(throws: DaegaError.self) { try Self.book.rules(on: CalendarDate(year: 2011, month: 12, day: 31)!) }
    }

    @Test func overlappingVersionsAreRefused() throws {
        let text = try String(contentsOfFile: ProcurementBookTests.path, encoding: .utf8)
            .replacingOccurrences(of: "effective_to = 2012-12-31", with: "effective_to = 2013-01-01")
        let error = try #require(throws: DaegaError.self) { try ProcurementBookReader.read(text, path: "procurement.toml") }
        #expect(error.code == .rateBookBadValue && error.message.contains("conglomerate_ban"))
    }
}
