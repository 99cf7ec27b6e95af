import DaegaEngine
import DaegaIO
import DaegaReports
import DaegaTestSupport
import Foundation
import Testing

/// Reads the numbers back out of the Markdown memo and compares them with the engine's JSON for the same project:
/// the memo must print the engine's numbers, not numbers of its own.
@Suite struct MemoNumbersTests {
    /// A memo cell or JSON value as a number: `1,234원`, `₩1,234`, `86.9%`, `745.4 FP` → 1234, 1234, 86.9, 745.4.
    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "원", with: "")
            .replacingOccurrences(of: "₩", with: "").replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: " FP", with: "").trimmingCharacters(in: .whitespaces))
    }

    /// The number inside a trace value's JSON (`{"won": …}`, `{"number": …}`, `{"percent": …}`).
    static func number(_ json: Any?) -> Double? {
        if let value = json as? NSNumber { return value.doubleValue }
        guard let object = json as? [String: Any] else { return nil }
        return (object["won"] ?? object["number"] ?? object["percent"]).flatMap { $0 as? NSNumber }?.doubleValue
    }

    /// Expects a memo cell and a JSON value to be the same number; both must be numbers (two blanks are not equal).
    static func expectSameNumber(_ cell: String?, _ json: Any?, _ what: String) throws {
        let memo = try #require(cell.flatMap { number($0) }, "\(what): memo cell '\(cell ?? "missing")' is not a number")
        let engine = try #require(number(json), "\(what): the JSON has no number")
        #expect(memo == engine, "\(what)")
    }

    static func object(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.rendered.utf8)) as? [String: Any])
    }

    /// Compares the memo's 개발비 산출 section (summary and every step) with an FP estimate's JSON.
    static func expectCostSection(_ markdown: String, matches estimate: [String: Any]) throws {
        let tables = MarkdownTables.parse(markdown).filter { $0.section.hasPrefix("## 4.") }
        let summary = try #require(tables.first)
        let keys = ["unadjusted_cost", "adjusted_cost", "profit", "direct_expenses", "total", "vat", "total_with_vat"]
        #expect(summary.rows.count == keys.count)
        for (row, key) in zip(summary.rows, keys) {
            try expectSameNumber(row[1], estimate[key], "\(row[0]) vs \(key)")
        }
        let trace = try #require(estimate["trace"] as? [[String: Any]])
        let steps = try #require(tables.first { $0.header.first == "번호" })
        #expect(steps.rows.count == trace.count)
        for (row, step) in zip(steps.rows, trace) {
            #expect(row[1] == step["label"] as? String)
            try expectSameNumber(row[5], step["result"], row[1])
        }
    }

    @Test func checkedProjectMatchesTheCheckJSON() throws {
        let path = Repository.sample("civil-complaint.toml")
        let markdown = MemoMarkdown.render(try MemoFixture.memo(path, language: .ko))
        let result = try ProjectCheckPlan.run(ProjectInputs(try ProjectFile.read(path)),
                                              selection: RateSelection(library: Repository.library, date: MemoFixture.date))
        let json = try Self.object(ProjectCheckJSON.render(result, project: nil, language: .ko))
        try Self.expectCostSection(markdown, matches: try #require(json["function_point_estimate"] as? [String: Any]))

        let review = try #require(MarkdownTables.parse(markdown).first { $0.section.hasPrefix("## 7.") })
        let values = Dictionary(review.rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
        try Self.expectSameNumber(values["예산 (VAT 포함)"], json["budget_with_vat"], "예산 (VAT 포함)")
        try Self.expectSameNumber(values["적정 대가 (VAT 포함)"], json["proper_cost_with_vat"], "적정 대가 (VAT 포함)")
        try Self.expectSameNumber(values["예산 충족률"], json["coverage_pct"], "예산 충족률")
        try Self.expectSameNumber(values["손익분기선 (예산 전액 입찰)"], json["break_even_pct"], "손익분기선 (예산 전액 입찰)")
    }

    @Test func projectWithoutBudgetMatchesTheEstimateJSON() throws {
        let path = Repository.sample("scm.toml")
        let markdown = MemoMarkdown.render(try MemoFixture.memo(path, language: .ko))
        let estimates = try ProjectEstimatePlan.run(ProjectInputs(try ProjectFile.read(path)),
                                                    selection: RateSelection(library: Repository.library, date: MemoFixture.date))
        let json = try Self.object(FunctionPointJSON.render(try #require(estimates.functionPoints), language: .ko))
        try Self.expectCostSection(markdown, matches: json)
        #expect(markdown.contains("> 예산 금액이 없어 예산 검토"))
        #expect(!MarkdownTables.parse(markdown).contains { $0.section.hasPrefix("## 7.") })
    }
}
