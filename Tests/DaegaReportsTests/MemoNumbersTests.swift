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

    /// Compares the memo's first calculation-step table in 붙임 1 with an FP estimate's JSON trace, step by step.
    static func expectFunctionPointSteps(_ markdown: String, match estimate: [String: Any]) throws {
        let trace = try #require(estimate["trace"] as? [[String: Any]])
        let steps = try #require(MarkdownTables.parse(markdown).first { $0.section.hasPrefix("## 붙임 1.") && $0.header.first == "번호" })
        #expect(steps.rows.count == trace.count)
        for (row, step) in zip(steps.rows, trace) {
            #expect(row[1] == step["label"] as? String)
            try expectSameNumber(row[5], step["result"], row[1])
        }
    }

    /// The rows of the first table under a body section, by their first cell.
    static func rows(_ markdown: String, section: String) throws -> [String: [String]] {
        let table = try #require(MarkdownTables.parse(markdown).first { $0.section.hasPrefix(section) }, "no table under \(section)")
        return Dictionary(table.rows.map { ($0[0], $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func checkedProjectMatchesTheCheckJSON() throws {
        let path = Repository.sample("civil-complaint.toml")
        let markdown = MemoMarkdown.render(try MemoFixture.memo(path, language: .ko))
        let result = try ProjectCheckPlan.run(ProjectInputs(try ProjectFile.read(path)),
                                              selection: RateSelection(library: Repository.library, date: MemoFixture.date))
        let json = try Self.object(ProjectCheckJSON.render(result, project: nil, language: .ko))
        let functionPoints = try #require(json["function_point_estimate"] as? [String: Any])
        try Self.expectFunctionPointSteps(markdown, match: functionPoints)

        let estimate = try Self.rows(markdown, section: "## 2. 산정 결과")
        try Self.expectSameNumber(estimate["사업비 (VAT 별도)"]?[1], functionPoints["total"], "FP total")
        try Self.expectSameNumber(estimate["사업비 (VAT 포함)"]?[1], functionPoints["total_with_vat"], "FP total with VAT")
        try Self.expectSameNumber(estimate["부가가치세"]?[1], functionPoints["vat"], "FP VAT")

        let review = try Self.rows(markdown, section: "## 3. 예산 검토")
        try Self.expectSameNumber(review["예산 (VAT 포함)"]?[1], json["budget_with_vat"], "예산 (VAT 포함)")
        try Self.expectSameNumber(review["적정 대가 (VAT 포함)"]?[1], json["proper_cost_with_vat"], "적정 대가 (VAT 포함)")
        try Self.expectSameNumber(review["예산 충족률"]?[1], json["coverage_pct"], "예산 충족률")
        try Self.expectSameNumber(review["손익분기선 (예산 전액 입찰)"]?[1], json["break_even_pct"], "손익분기선 (예산 전액 입찰)")
    }

    @Test func projectWithoutBudgetMatchesTheEstimateJSON() throws {
        let path = Repository.sample("scm.toml")
        let markdown = MemoMarkdown.render(try MemoFixture.memo(path, language: .ko))
        let estimates = try ProjectEstimatePlan.run(ProjectInputs(try ProjectFile.read(path)),
                                                    selection: RateSelection(library: Repository.library, date: MemoFixture.date))
        let json = try Self.object(FunctionPointJSON.render(try #require(estimates.functionPoints), language: .ko))
        try Self.expectFunctionPointSteps(markdown, match: json)
        let amounts = try Self.rows(markdown, section: "## 2. 산정 결과")
        for (label, key) in [("보정전 개발원가", "unadjusted_cost"), ("개발원가 (보정후)", "adjusted_cost"), ("이윤", "profit"),
                             ("직접경비", "direct_expenses"), ("개발비 (VAT 별도)", "total"), ("부가가치세", "vat"),
                             ("개발비 (VAT 포함)", "total_with_vat")] {
            try Self.expectSameNumber(amounts[label]?[1], json[key], label)
        }
        #expect(!markdown.contains(". 예산 검토\n"), "a memo without a budget leaves the review out")
        #expect(markdown.contains("예산 금액이 주어지지 않아 예산 검토는 하지 않았음"))
    }
}
