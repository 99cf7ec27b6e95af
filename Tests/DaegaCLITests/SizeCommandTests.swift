import DaegaTestSupport
import Foundation
import Testing

/// `daega size` end to end: the JSON contract, the samples, the requirement mapping and bad input.
@Suite struct SizeCommandTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandLineRun.daega(arguments + ["--format", "json", "--as-of", "2026-11-25"])
        #expect(run.status == 0, "\(run.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    static func number(_ object: [String: Any], _ key: String, _ member: String) -> String? {
        ((object[key] as? [String: Any])?[member] as? NSNumber)?.stringValue
    }

    /// The early-stage sample, hand-computed: 10 × 7.5 + 2 × 5.4 + 18 × 4.0 + 12 × 3.9 + 6 × 5.2 + 2 × 4.0 + 3 × 4.0
    /// = 255.8 FP; ×1.39 = 355.562 → 355.6; low × 0.5 × 0.65 = 115.55765 → 115.6; high × 2 × 1.35 = 960.0174 → 960.0.
    @Test func earlyStageSampleGivesTheHandComputedRange() throws {
        let object = try Self.json(["size", "samples/early-stage.toml"])
        #expect(object["method"] as? String == "estimated_count")
        #expect(object["stage"] as? String == "budget")
        #expect(Self.number(object, "function_points", "low") == "115.6")
        #expect(Self.number(object, "function_points", "likely") == "355.6")
        #expect(Self.number(object, "function_points", "high") == "960")
        let likely = try #require(object["likely_estimate"] as? [String: Any])
        #expect(Self.number(object, "cost", "likely") == (likely["total_with_vat"] as? NSNumber)?.stringValue)
        let next = try #require(object["next_to_count"] as? [[String: Any]])
        #expect(next.first?["code"] as? String == "firm_up_scope")
    }

    @Test func requirementListIsMappedLineByLine() throws {
        let object = try Self.json(["size", "--requirements", "samples/early-requirements.csv", "--stage", "tender", "--edition", "2025"])
        #expect(object["method"] as? String == "kosa_simple_listed")
        #expect((object["counted_function_points"] as? NSNumber)?.stringValue == "58.7")
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines.count == 12)
        #expect(lines[6]["line"] as? Int == 8 && lines[6]["kind"] as? String == "연계" && lines[6]["type"] as? String == "EI")
        #expect(lines[10]["kind"] as? String == "외부데이터" && lines[10]["type"] as? String == "EIF")
        let sources = try #require(object["sizing_sources"] as? [[String: Any]])
        #expect(sources.allSatisfy { $0["status"] as? String == "UNCERTAIN" && $0["origin"] is String })
    }

    @Test(arguments: [
        (["size", "--requirements", "docs/error-examples/unknown-requirement-kind.csv"], "unknown-requirement-kind.csv:3:3: ", "E981"),
        (["size", "--internal-data", "12", "--stage", "someday"], "--stage: ", "E982"),
        (["size", "--internal-data=-3"], "--internal-data: ", "E102"),
        (["size", "--entry-screens", "20000"], "--entry-screens: ", "E983"),
        (["size", "--internal-data", "0"], "--internal-data: ", "E980"),
        (["size"], "--internal-data …, --requirements: ", "E105"),
        (["size", "--internal-data", "3", "--fp", "80"], "--fp/--ilf/--functions: ", "E106"),
        (["fp", "--fp", "85", "--range-stage", "tender"], "--range-stage: ", "E984"),
    ])
    func badInputIsRefusedWithItsPlace(arguments: [String], place: String, code: String) throws {
        let run = try CommandLineRun.daega(arguments)
        #expect(run.status != 0)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains(place) && run.standardError.hasSuffix("[\(code)]\n"), "\(run.standardError)")
    }

    @Test func unknownKindListsTheAcceptedKinds() throws {
        let run = try CommandLineRun.daega(["size", "--requirements", "docs/error-examples/unknown-requirement-kind.csv"])
        #expect(run.standardError.contains("'대시보드'"))
        for kind in ["등록", "수정", "삭제", "조회", "출력", "연계", "배치", "데이터"] { #expect(run.standardError.contains(kind)) }
    }
}
