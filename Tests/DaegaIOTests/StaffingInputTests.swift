import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

@Suite struct StaffingInputTests {
    static func project(_ body: String) throws -> ProjectFile {
        try ProjectFile.parse("format_version = 1\nname = \"t\"\n[staffing]\n" + body, path: "p.toml")
    }

    static func estimate(_ input: StaffingInput) throws -> ManMonthEstimate {
        do {
            return try ManMonthEstimator.estimate(ManMonthRequest(staffing: input.lines, workingDays: input.workingDays),
                                                  table: try Repository.library.wages.book(2025), edition: Repository.edition(2025))
        } catch let error as DaegaError {
            throw input.locate(error)
        }
    }

    @Test func samplesParse() throws {
        let civil = try #require(try ProjectFile.read(Repository.sample("civil-complaint.toml")).staffing)
        #expect(civil.lines.count == 8)
        #expect(civil.work == .development)
        let isp = try ProjectFile.read(Repository.sample("isp-consulting.toml"))
        #expect(isp.functionPoints == nil)
        #expect(isp.staffing?.work == .planning)
    }

    @Test func zeroMonthsInAProjectFileIsReportedAtItsPosition() throws {
        let input = try #require(try Self.project("[[staffing.lines]]\njob = \"IT PM\"\nmonths = 3\n[[staffing.lines]]\njob = \"IT PM\"\nmonths = 0\n").staffing)
        let error = try #require(throws: DaegaError.self) { try Self.estimate(input) }
        #expect(error.code == .nonPositiveEffort)
        #expect(error.location == .file(path: "p.toml", line: 9, column: 1))
    }

    @Test func unknownJobInAProjectFileIsReportedAtItsPosition() throws {
        let input = try #require(try Self.project("[[staffing.lines]]\njob = \"PM\"\nmonths = 3\n").staffing)
        let error = try #require(throws: DaegaError.self) { try Self.estimate(input) }
        #expect(error.code == .unknownJob)
        #expect(error.location == .file(path: "p.toml", line: 5, column: 1))
    }

    @Test func rateThatIsNotANumberIsAnError() throws {
        let error = try #require(throws: DaegaError.self) { try Self.project("overhead_percent = \"높게\"\n") }
        #expect(error.location == .file(path: "p.toml", line: 4, column: 20))
    }

    @Test func unknownKeyIsRejected() throws {
        let error = try #require(throws: DaegaError.self) { try Self.project("overhead = 144\n") }
        #expect(error.code == .projectUnknownKey)
    }

    @Test func flagTextParses() throws {
        let line = try StaffingEntryText.parse("IT PM=2.5", at: .flag("--staff"), effort: StaffingEffort.months)
        #expect(line == StaffingLine(job: "IT PM", effort: .months(ExactDecimal(significand: 25, scale: 1))))
        let error = try #require(throws: DaegaError.self) {
            try StaffingEntryText.parse("IT PM=세 달", at: .flag("--staff"), effort: StaffingEffort.months)
        }
        #expect(error.code == .notANumber)
        #expect(error.location == .flag("--staff"))
    }

    static func csv(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "daega-staffing-" + UUID().uuidString + ".csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func sampleCSVReads() throws {
        let list = try StaffingListFile.read(Repository.sample("staffing-example.csv"))
        #expect(list.lines.count == 5)
        #expect(list.lines.last == StaffingLine(job: "IT테스터", effort: .days(ExactDecimal(40))))
    }

    @Test func csvErrorsNameTheCell() throws {
        let path = try Self.csv("job,months\nIT PM,3\n응용SW개발자,열\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: DaegaError.self) { try StaffingListFile.read(path) }
        #expect(error.code == .notANumber)
        #expect(error.location == .file(path: path, line: 3, column: 2))
    }

    @Test func csvUnknownJobIsLocatedAtItsCell() throws {
        let path = try Self.csv("투입일,직무\n20,IT PM\n10,요술사\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let list = try StaffingListFile.read(path)
        var input = StaffingInput()
        input.setLines(list.lines, locations: list.places)
        let error = try #require(throws: DaegaError.self) { try Self.estimate(input) }
        #expect(error.code == .unknownJob)
        #expect(error.location == .file(path: path, line: 3, column: 2))
    }

    /// A check (and a memo) reads the staffing file during preparation: an error in a file line is placed at its cell
    /// there too, not at the `staffing[n]` field name.
    @Test func csvUnknownJobIsLocatedAtItsCellInACheck() throws {
        let path = try Self.csv("투입일,직무\n20,IT PM\n10,요술사\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var inputs = ProjectInputs(name: nil, functionPoints: FunctionPointInput(), staffing: StaffingInput(), maintenance: nil,
                                   budget: BudgetInput())
        inputs.staffing.file = path
        inputs.budget.amount = Won(100_000_000)
        let selection = RateSelection(library: Repository.library, date: CalendarDate(year: 2026, month: 3, day: 1)!)
        let error = try #require(throws: DaegaError.self) { try ProjectCheckPlan.run(inputs, selection: selection) }
        #expect(error.code == .unknownJob)
        #expect(error.location == .file(path: path, line: 3, column: 2))
    }
}
