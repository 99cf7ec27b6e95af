import DaegaEngine
import DaegaReports
import DaegaTestSupport
import Foundation
import Testing

/// The layout of an official memo: header block, 개조식 body with only the parts that have input, 붙임, units.
@Suite struct MemoLayoutTests {
    @Test(arguments: [
        (MemoAmountUnit.won, Int64(747_579_185), "747,579,185"),
        (.thousandWon, 747_579_185, "747,579"),
        (.thousandWon, 1_499, "1"),
        (.thousandWon, 1_500, "2"),
        (.thousandWon, -1_500, "-2"),
        (.thousandWon, 499, "0"),
        (.millionWon, 747_579_185, "748"),
        (.millionWon, 1_116_499_999, "1,116"),
        (.millionWon, 1_116_500_000, "1,117"),
    ])
    func amountsAreRoundedHalfAwayFromZeroToTheUnit(unit: MemoAmountUnit, won: Int64, expected: String) {
        #expect(unit.figure(Won(won)) == expected)
    }

    /// The body has exactly the parts whose inputs were given, numbered without gaps.
    @Test(arguments: [
        ("civil-complaint", ["사업 개요", "산정 결과", "예산 검토", "결론 및 요청 사항"]),
        ("scm", ["사업 개요", "산정 결과", "결론 및 요청 사항"]),
        ("maintenance-example", ["사업 개요", "유지관리", "결론 및 요청 사항"]),
        ("isp-consulting", ["사업 개요", "산정 결과", "예산 검토", "결론 및 요청 사항"]),
    ])
    func bodyHasOnlyThePartsWithInput(sample: String, titles: [String]) throws {
        let memo = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: .ko)
        #expect(memo.body.map(\.title) == titles)
        #expect(memo.body.map(\.number) == Array(1...titles.count))
        #expect(memo.attachments.map(\.title).first == "산출 과정")
        #expect(memo.attachments.allSatisfy { !$0.blocks.isEmpty })
    }

    /// No memo prints input syntax such as `[maintenance]`, and every body uses the □ / ○ outline.
    @Test(arguments: MemoFixture.samples, Language.allCases)
    func noInputSyntaxAndAnOutlineBody(sample: String, language: Language) throws {
        let memo = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: language)
        for text in [MemoHTML.render(memo), MemoMarkdown.render(memo)] {
            for syntax in ["[maintenance]", "[budget]", "[staffing]", "[function_points]", "[document]", "amount =", "months ="] {
                #expect(!text.contains(syntax), "\(sample) \(language): \(syntax)")
            }
        }
        let topics = memo.body.flatMap(\.blocks).filter { if case .item(.topic, _) = $0 { true } else { false } }
        #expect(topics.count >= memo.body.count, "every body part has at least one □ item")
    }

    /// The English memo mirrors the Korean one part for part and block for block.
    @Test(arguments: MemoFixture.samples)
    func englishMirrorsKorean(sample: String) throws {
        let ko = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: .ko)
        let en = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: .en)
        #expect(ko.body.map(\.blocks.count) == en.body.map(\.blocks.count))
        #expect(ko.attachments.map(\.blocks.count) == en.attachments.map(\.blocks.count))
    }

    /// The header comes from `[document]`; the 결재란 only when asked for; the 붙임 list closes the body with 끝.
    @Test func headerBlockFollowsTheDocumentSection() throws {
        let memo = try MemoFixture.memo(Repository.sample("civil-complaint.toml"), language: .ko)
        #expect(memo.header == MemoHeader(projectName: "민원 통합 접수·처리 시스템 구축", agency: "○○시청", department: "정보통신과",
                                          author: "주무관 김민원", writtenOn: MemoFixture.date, documentNumber: "정보통신과-2026-0142",
                                          approvalBox: true))
        let html = MemoHTML.render(memo)
        #expect(html.contains("<table class=\"approval\"><thead><tr><th>담당</th><th>검토</th><th>결재</th></tr></thead>"))
        #expect(html.contains("<div><dt>문서번호</dt><dd>정보통신과-2026-0142</dd></div>"))
        #expect(memo.enclosureLines == ["붙임 1. 산출 과정 1부.", "2. 적용 기준 및 출처 1부.", "3. 가정 및 불확실한 수치 1부.  끝."])

        let plain = try MemoFixture.memo(Repository.sample("scm.toml"), language: .ko)
        #expect(!MemoHTML.render(plain).contains("class=\"approval\""))
        #expect(!MemoHTML.render(plain).contains("<dt>문서번호</dt>"))
        #expect(plain.header.lines(language: .ko).map(\.label) == ["기관명", "작성일"])
    }

    /// `--unit 천원` changes the summary tables and their unit line; the 산출 과정 stays in 원.
    @Test func unitAppliesToSummaryTablesOnly() throws {
        let memo = try MemoFixture.memo(Repository.sample("civil-complaint.toml"), language: .ko, unit: .thousandWon)
        let markdown = MemoMarkdown.render(memo)
        let tables = MarkdownTables.parse(markdown)
        let estimate = try #require(tables.first { $0.section.hasPrefix("## 2.") })
        #expect(estimate.rows.first { $0[0] == "사업비 (VAT 포함)" } == ["사업비 (VAT 포함)", "747,579", "1,116,872", "369,293"])
        #expect(markdown.contains("(단위: 천원, 1,000원 단위 반올림)"))
        let steps = try #require(tables.first { $0.section.hasPrefix("## 붙임 1.") && $0.header.first == "번호" })
        #expect(steps.rows.last?.last == "747,579,185원")
    }

    /// The request in 결론 follows the coverage tier: one sample in each tier (civil-complaint is medium at the
    /// book's typical award ratio, 95.15%, and high at 90%).
    @Test(arguments: [
        ("hr-portal", nil, "편성 예산이 적정 대가를 충족하므로 현 예산으로 발주를 추진함"),
        ("isp-consulting", nil, "예산이 적정 대가에 못 미치므로 적정 대가(958,342,150원) 수준으로 증액을 요청함"),
        ("civil-complaint", nil, "예산이 적정 대가에 못 미치므로 적정 대가(747,579,185원) 수준으로 증액을 요청함"),
        ("civil-complaint", 90, "통상 낙찰 시 사업자 손익분기선에 못 미쳐 유찰 우려가 크므로 적정 대가(747,579,185원) 수준으로 증액을 요청함"),
        ("records-archive", nil, "예산 전액으로 입찰해도 사업자 손익분기선에 못 미쳐 유찰 가능성이 매우 크므로 적정 대가("),
        ("scm", nil, "예산 요구 시 적정 대가 "),
    ] as [(String, Int64?, String)])
    func conclusionRequestFollowsTheCoverageTier(sample: String, awardRatio: Int64?, request: String) throws {
        let memo = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: .ko,
                                        awardRatioPercent: awardRatio.map { ExactDecimal($0) })
        let conclusion = try #require(memo.body.last)
        #expect(conclusion.title == "결론 및 요청 사항")
        let topics = conclusion.blocks.compactMap { block -> String? in if case let .item(.topic, text) = block { text } else { nil } }
        #expect(topics.contains { $0.hasPrefix(request) }, "\(topics)")
    }
}
