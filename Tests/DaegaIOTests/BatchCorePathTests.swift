import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// A batch prices a development row through the engine's cores (`BatchRowCheck`) and every other row through
/// `ProjectCheckPlan`, as `daega check` does. A row handler makes every row take the full path, so the same portfolio
/// run with and without one must give byte-identical results, error reports and summaries.
@Suite struct BatchCorePathTests {
    static let jobs = try! Repository.library.wages.book(2025).jobs.map(\.name)

    /// A generated portfolio row: most rows valid, with values near every rule's edge, and some rows the cores leave
    /// to the full check (maintenance columns, unknown or respelled jobs, missing budgets, bad cells).
    static func row(_ index: Int, _ generator: inout SeededGenerator) -> String {
        func pick<T>(_ values: [T]) -> T { values.randomElement(using: &generator)! }
        func maybe(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }
        let edition = maybe(90) ? pick(["", "", "2025", "2024", "2023"]) : pick(["2021", "2020", "2019", "2018", "2012"])
        var counts = Array(repeating: "", count: 5), total = ""
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<5: counts = counts.map { _ in maybe(85) ? String(Int.random(in: 0...90, using: &generator)) : "" }
        case 5..<8:
            total = maybe(90) ? pick(["85", "85.5", "1200.25", "3500", String(Int.random(in: 1...8000, using: &generator))])
                : pick(["0", "9999999", "12.125"])
        default: break
        }
        let levels = (0..<4).map { _ in maybe(80) ? String(Int.random(in: 1...5, using: &generator)) : "" }
        let expenses = maybe(30) ? pick(["25,000,000", "0", "3000000", "25,000,000", "0", "3000000", "-1"]) : ""
        var staffing = ""
        if total.isEmpty && counts.allSatisfy(\.isEmpty) || maybe(70) {
            staffing = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                let job = maybe(97) ? pick(jobs) : pick(["it pm", "IT-아키텍트", "없는직무", "응용 SW 개발자"])
                return "\(job):\(maybe(98) ? pick(["1", "2.5", "0.5", "12", "3.25"]) : "0")"
            }.joined(separator: ";")
        }
        let wageYear = maybe(90) ? pick(["", "", "2025", "2023"]) : pick(["2024", "2026", "2021"])
        let overhead = maybe(25) ? pick(["110", "144%", "90", "120.5", "110", "144%", "90", "120.5", "-5"]) : ""
        let fee = maybe(25) ? pick(["20", "20%", "15", "25"]) : ""
        let budget = maybe(95) ? pick([
            String(Int.random(in: 10_000_000...12_000_000_000, using: &generator)), "2,000,000,000", "1,950,000,000",
            "4,000,000,000", "3,700,000,000", "8,000,000,000", "7,300,000,000", "100,000,000", "500,000,000", "0",
            "30억", "1.5억",
        ]) : ""
        let months = maybe(60) ? pick(["2", "3", "6", "10.5", "24", "36", "48", "12", "2", "3", "6", "10.5", "24", "36", "48", "12", "0"]) : ""
        let maintenance = maybe(4) ? pick(["500000000", "500000000", "보통"]) : ""
        let cells = ["P\(index)", "정보시스템 \"\(index)차\", 고도화", edition] + counts + [total] + levels
            + [expenses, staffing, wageYear, overhead, fee, budget, months, maintenance]
        return cells.map { $0.contains(",") || $0.contains("\"") ? "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" : $0 }
            .joined(separator: ",")
    }

    static let header = "id,name,edition,ilf,eif,ei,eo,eq,fp,integration,performance,compatibility,security,"
        + "direct_expenses,staffing,wage_year,overhead_percent,technical_fee_percent,budget,months,maintenance_basis"

    /// Runs `text` as a portfolio, with a row handler (every row on the full path) or without; returns the result,
    /// the error report and the summary's figures.
    static func run(_ text: String, fullPath: Bool, ranges: RangeSettings? = nil,
                    in directory: TemporaryDirectory) throws -> ([UInt8], [UInt8], BatchSummary) {
        let input = try directory.write(Array(text.utf8), to: "in.csv")
        let name = fullPath ? "full" : "core"
        var request = BatchRequest(input: input, output: directory.file("\(name).csv"), errors: directory.file("\(name)-errors.csv"),
                                   selection: BatchHarness.selection, workers: 2, chunkRows: 64)
        request.ranges = ranges
        let summary = try fullPath ? BatchRunner.run(request) { (_, _, _) throws(DaegaError) in } : BatchRunner.run(request)
        return (Array(try Data(contentsOf: URL(fileURLWithPath: directory.file("\(name).csv")))),
                Array(try Data(contentsOf: URL(fileURLWithPath: directory.file("\(name)-errors.csv")))), summary)
    }

    @Test func corePathAndFullCheckGiveTheSameBytes() throws {
        var generator = SeededGenerator(seed: 20261206)
        let rows = (0..<1500).map { Self.row($0, &generator) }
        let text = ([Self.header] + rows).joined(separator: "\n") + "\n"
        let directory = try TemporaryDirectory()
        let (core, coreErrors, coreSummary) = try Self.run(text, fullPath: false, in: directory)
        let (full, fullErrors, fullSummary) = try Self.run(text, fullPath: true, in: directory)
        #expect(core == full)
        #expect(coreErrors == fullErrors)
        #expect(coreSummary.rows == 1500)
        #expect(coreSummary.rows == fullSummary.rows && coreSummary.failedRows == fullSummary.failedRows)
        #expect(coreSummary.riskCounts == fullSummary.riskCounts)
        #expect(coreSummary.mostUnderfunded == fullSummary.mostUnderfunded)
        // The portfolio reaches every kind of row: checked ones of every risk, and failed ones.
        #expect(Set(coreSummary.riskCounts.keys) == Set(Severity.allCases))
        #expect(coreSummary.failedRows > 50 && coreSummary.failedRows < 1000)
        // Every finding a development row can have appears, so each decision was compared.
        let cells = String(decoding: core, as: UTF8.self)
        let codes = FindingCode.allCases.filter(BatchRowCheck.decides)
        #expect(codes.count == 12)
        #expect(codes.filter { !cells.contains($0.rawValue) }.isEmpty)
    }

    /// With `--ranges`, a development row's range is simulated from the same inputs on either path.
    @Test(arguments: [RangeSettings(samples: 4), RangeSettings(stage: .tender, samples: 3)])
    func rangedRowsAgreeToo(settings: RangeSettings) throws {
        var generator = SeededGenerator(seed: 7)
        let text = ([Self.header] + (0..<200).map { Self.row($0, &generator) }).joined(separator: "\n") + "\n"
        let directory = try TemporaryDirectory()
        let (core, coreErrors, coreSummary) = try Self.run(text, fullPath: false, ranges: settings, in: directory)
        let (full, fullErrors, _) = try Self.run(text, fullPath: true, ranges: settings, in: directory)
        #expect(core == full)
        #expect(coreErrors == fullErrors)
        #expect(coreSummary.rows == 200)
        #expect(coreSummary.checkedRows > 40)
        #expect(String(decoding: core, as: UTF8.self).contains(",p50,p90,coverage_probability,error"))
    }
}
