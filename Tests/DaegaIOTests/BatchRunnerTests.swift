import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// Batch runs: outputs, encodings, bad rows on their cells, fatal errors leaving nothing behind, and agreement
/// with `ProjectCheckPlan` (the path `daega check` takes).
@Suite struct BatchRunnerTests {
    static let header = "id,name,agency,fp,integration,staffing,wage_year,overhead_pct,budget,months"
    static let good = "G-1,민원 시스템,○○시청,420,2,,,,\"480,000,000\",6"

    func sample(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: Repository.sample(name)))) }

    @Test func outputCarriesInputColumnsThenResults() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("\(Self.header)\n\(Self.good)\n")
        #expect(run.output[0] == Self.header.split(separator: ",").map(String.init) + BatchOutputRow.resultColumns)
        #expect(Array(run.output[1].prefix(10)) == ["G-1", "민원 시스템", "○○시청", "420", "2", "", "", "", "480,000,000", "6"])
        #expect(run.cell("function_points") == "420")
        #expect(run.cell("risk") == "low")
        #expect(run.cell("mm_total") == "")
        #expect(run.summary.rows == 1 && run.summary.failedRows == 0)
        #expect(run.errors == [BatchErrorReport.columns])
    }

    @Test func batchRowsAgreeWithProjectCheckPlan() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let bytes = try sample("portfolio.csv")
        let run = try harness.run(bytes)
        let records = try CSVReader(bytes: bytes, path: "portfolio.csv").readAll()
        let parser = try BatchRowParser(header: records[0], path: "portfolio.csv")
        #expect(records.count == 28 && run.output.count == 28)
        for (index, record) in records.dropFirst().enumerated() {
            let result = try ProjectCheckPlan.run(try parser.row(record).inputs.get(), selection: BatchHarness.selection)
            let check = result.check, number = { (won: Won?) in won.map { String($0.value) } ?? "" }
            #expect(run.cell("fp_total", row: index) == number(result.functionPoints?.total))
            #expect(run.cell("fp_total_with_vat", row: index) == number(result.functionPoints?.totalWithVAT))
            #expect(run.cell("mm_total", row: index) == number(result.manMonths?.total))
            #expect(run.cell("mm_total_with_vat", row: index) == number(result.manMonths?.totalWithVAT))
            #expect(run.cell("proper_cost_with_vat", row: index) == number(check.coverage.properCost.totalWithVAT))
            #expect(run.cell("coverage_pct", row: index) == check.coverage.coveragePercent.description)
            #expect(run.cell("break_even_pct", row: index) == check.coverage.breakEvenPercent.description)
            #expect(run.cell("shortfall", row: index) == number(check.coverage.shortfall))
            #expect(run.cell("budget_needed_break_even", row: index) == number(check.coverage.budgetNeededBreakEven))
            #expect(run.cell("budget_needed_typical_award", row: index) == number(check.coverage.budgetNeededTypicalAward))
            #expect(run.cell("risk", row: index) == check.risk.name)
            #expect(run.cell("findings", row: index) == check.findings.map(\.code).joined(separator: ";"))
        }
    }

    @Test func samplePortfolioCoversEveryTierAndBothMethods() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run(try sample("portfolio.csv"))
        #expect(run.summary.failedRows == 0)
        for level in Severity.allCases { #expect(run.summary.riskCounts[level, default: 0] >= 3, "\(level)") }
        let rows = 0..<run.summary.rows
        #expect(rows.contains { run.cell("fp_total", row: $0).isEmpty && !run.cell("mm_total", row: $0).isEmpty })
        #expect(rows.contains { !run.cell("fp_total", row: $0).isEmpty && !run.cell("mm_total", row: $0).isEmpty })
        let maintenance = rows.filter { run.cell("fp_total", row: $0).isEmpty && run.cell("mm_total", row: $0).isEmpty }
        #expect(maintenance.map { run.cell("id", row: $0) } == ["P2026-025", "P2026-026", "P2026-027"])
        // 600,000,000 × 13.05% + VAT; 150,000,000 × 18% + VAT; (480,000,000 × 12.75% + 120,000,000 × 20%) + VAT.
        #expect(maintenance.map { run.cell("proper_cost_with_vat", row: $0) } == ["86130000", "29700000", "93720000"])
        #expect(maintenance.map { run.cell("shortfall", row: $0) } == ["16830000", "0", "3720000"])
        #expect(run.summary.mostUnderfunded.count == BatchSummary.underfundedLimit)
        let coverages = run.summary.mostUnderfunded.map(\.coveragePercent)
        #expect(coverages == coverages.sorted())
        #expect(run.summary.mostUnderfunded.first?.id == "P2026-022")
        let budgets = try rows.map { Int64(try #require(Int64(run.cell("budget", row: $0).replacingOccurrences(of: ",", with: "")))) }
        #expect(run.summary.totalBudget.value == Int128(budgets.reduce(0, +)))
    }

    @Test(arguments: [(1, 1), (2, 3), (3, 20), (2, 1024)])
    func workersAndChunksDoNotChangeTheOutput(workers: Int, chunkRows: Int) throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let reference = try harness.run(try sample("portfolio-with-errors.csv"), workers: 1, chunkRows: 1024).output
        let run = try harness.run(try sample("portfolio-with-errors.csv"), workers: workers, chunkRows: chunkRows)
        #expect(run.output == reference)
    }

    /// Several hundred rows, so that chunks end mid-file and rows of one chunk are checked on several threads while the
    /// next chunk waits its turn: the output, the error report and the summary must not depend on how rows were split.
    @Test(arguments: [(3, 50), (2, 7), (4, 1)])
    func manyChunksOnManyThreadsGiveTheSameResults(workers: Int, chunkRows: Int) throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let lines = String(decoding: try sample("portfolio-with-errors.csv"), as: UTF8.self).split(whereSeparator: \.isNewline)
        let projects = lines.count - 1
        func copy(_ number: Int) -> String { lines.dropFirst().map { "C\(number)-\($0)\n" }.joined() }
        let text = "\(lines[0])\n" + (0..<40).map(copy).joined() + "C0-\(lines[1])\n"  // the last id repeats the first
        let failedPerCopy = try harness.run("\(lines[0])\n" + copy(0)).summary.failedRows
        let reference = try harness.run(text, workers: 1, chunkRows: 1024)
        let run = try harness.run(text, workers: workers, chunkRows: chunkRows)
        #expect(reference.output.count == 40 * projects + 2)
        #expect(run.output == reference.output)
        #expect(run.errors == reference.errors)
        #expect(failedPerCopy > 0)
        #expect(reference.summary.failedRows == 40 * failedPerCopy + 1)
        #expect(reference.errors.count == 1 + reference.summary.failedRows)
        #expect(reference.errors.last?.contains("C0-E-001") == true)
        #expect(run.summary.rows == reference.summary.rows)
        #expect(run.summary.failedRows == reference.summary.failedRows)
        #expect(run.summary.riskCounts == reference.summary.riskCounts)
        #expect(run.summary.totalBudget == reference.summary.totalBudget)
        #expect(run.summary.totalProperCost == reference.summary.totalProperCost)
        #expect(run.summary.mostUnderfunded == reference.summary.mostUnderfunded)
    }

    @Test func encodingsGiveTheSameOutput() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let utf8 = try sample("portfolio.csv")
        let plain = try harness.run(utf8).output
        #expect(try harness.run([0xEF, 0xBB, 0xBF] + utf8).output == plain)
        let cp949 = try sample("portfolio-cp949.csv")
        #expect(cp949 != utf8 && String(data: Data(cp949), encoding: .utf8) == nil)
        #expect(try harness.run(cp949).output == plain)
    }

    @Test func outputIsUTF8WithBOMByDefaultAndCP949OnRequest() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let reference = try harness.run(try sample("portfolio.csv")).output
        let bom = Array(try Data(contentsOf: URL(fileURLWithPath: harness.directory.file("out.csv"))))
        #expect(bom.starts(with: [0xEF, 0xBB, 0xBF]))
        let run = try harness.run(try sample("portfolio.csv"), encoding: .cp949)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: harness.directory.file("out.csv"))))
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0422))?.contains("민원 통합 접수·처리 시스템 구축") == true)
        #expect(run.output == reference)
    }

    /// One bad-row class: what the row says, the error code, and the column it lands on.
    struct BadRow: Sendable, CustomTestStringConvertible {
        var what: String
        var row: String
        var code: ErrorCode
        var column: Int
        var testDescription: String { what }
    }

    static let badRows: [BadRow] = [
        BadRow(what: "bad number", row: "B-1,x,y,12억,,,,,\"100,000,000\",6", code: .notANumber, column: 4),
        BadRow(what: "bad amount", row: "B-1,x,y,100,,,,,\"1,00,000\",6", code: .notANumber, column: 9),
        BadRow(what: "unknown job", row: "B-1,x,y,,,재무전문가:3,2025,,\"100,000,000\",6", code: .unknownJob, column: 6),
        BadRow(what: "staffing without separator", row: "B-1,x,y,,,IT PM 3,2025,,\"100,000,000\",6", code: .missingInput, column: 6),
        BadRow(what: "level out of range", row: "B-1,x,y,100,7,,,,\"100,000,000\",6", code: .valueOutOfRange, column: 5),
        BadRow(what: "missing id", row: ",x,y,100,,,,,\"100,000,000\",6", code: .missingInput, column: 1),
        BadRow(what: "no scope", row: "B-1,x,y,,,,,,\"100,000,000\",6", code: .missingInput, column: 4),
        BadRow(what: "negative budget", row: "B-1,x,y,100,,,,,\"-100,000,000\",6", code: .valueOutOfRange, column: 9),
        BadRow(what: "missing budget", row: "B-1,x,y,100,,,,,,6", code: .missingInput, column: 9),
        BadRow(what: "months out of range", row: "B-1,x,y,100,,,,,\"100,000,000\",200", code: .valueOutOfRange, column: 10),
        BadRow(what: "unknown wage year", row: "B-1,x,y,,,IT PM:3,1999,,\"100,000,000\",6", code: .unknownWageYear, column: 7),
        BadRow(what: "negative overhead", row: "B-1,x,y,,,IT PM:3,2025,-5,\"100,000,000\",6", code: .valueOutOfRange, column: 8),
        BadRow(what: "field count", row: "B-1,x,y,100", code: .csvFieldCount, column: 5),
    ]

    @Test(arguments: badRows)
    func badRowIsReportedOnItsCellAndTheRestIsChecked(_ bad: BadRow) throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("\(Self.header)\n\(Self.good)\n\(bad.row)\nG-2,b,c,300,,,,,\"400,000,000\",5\n")
        #expect(run.summary.rows == 3 && run.summary.failedRows == 1)
        #expect(run.errors.count == 2)
        #expect(Array(run.errors[1].prefix(3)) == ["3", String(bad.column), bad.code.rawValue], "\(run.errors[1])")
        #expect(run.errors[1][4].isEmpty == false, "every error says what was expected")
        #expect(run.cell("error", row: 1).hasPrefix(bad.code.rawValue))
        #expect(run.cell("risk", row: 1).isEmpty)
        #expect(!run.cell("risk", row: 0).isEmpty && !run.cell("risk", row: 2).isEmpty)
        #expect(run.output.count == 4)
    }

    @Test func duplicateIDFailsTheSecondRowOnly() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("\(Self.header)\n\(Self.good)\n\(Self.good)\n")
        #expect(run.summary.failedRows == 1)
        #expect(Array(run.errors[1].prefix(3)) == ["3", "1", ErrorCode.csvDuplicateRowID.rawValue])
        #expect(run.cell("risk", row: 0) == "low")
    }

    @Test func formulasAreNeutralisedInTheOutput() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("\(Self.header)\nF-1,\"=HYPERLINK(\"\"x\"\")\",+cmd,420,,,,,\"480,000,000\",6\n")
        #expect(run.cell("name") == "'=HYPERLINK(\"x\")")
        #expect(run.cell("agency") == "'+cmd")
        #expect(run.cell("function_points") == "420")
    }

    @Test(arguments: [
        ("id,fp\n\"A,100\n", 2, 1),
        ("id,fp\nA,1\"00\n", 2, 4),
    ])
    func malformedFileStopsWithItsPlaceAndWritesNothing(_ text: String, _ line: Int, _ column: Int) throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let error = try #require(throws: DaegaError.self) { try harness.run(text) }
        #expect(error.code == .csvSyntax)
        #expect(error.location == .file(path: harness.directory.file("in.csv"), line: line, column: column))
        #expect(error.expected?.isEmpty == false)
        #expect(try harness.directory.contents() == ["in.csv"])
    }

    @Test func unreadableEncodingStopsAndWritesNothing() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let error = try #require(throws: DaegaError.self) { try harness.run(Array("id,name\nA,".utf8) + [0xFF, 0xFF, 0x0A]) }
        #expect(error.code == .invalidEncoding)
        #expect(error.location == .file(path: harness.directory.file("in.csv"), line: 2, column: 3))
        #expect(error.expected?.isEmpty == false)
        #expect(try harness.directory.contents() == ["in.csv"])
    }

    @Test func outputEqualToInputIsRefused() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let input = try harness.directory.write(Array("\(Self.header)\n\(Self.good)\n".utf8), to: "in.csv")
        let request = BatchRequest(input: input, output: input, selection: BatchHarness.selection)
        let error = try #require(throws: DaegaError.self) { try BatchRunner.run(request) }
        #expect(error.code == .outputSameAsInput)
        #expect(error.location == .file(path: input, line: nil, column: nil))
        #expect(error.expected?.isEmpty == false)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "\(Self.header)\n\(Self.good)\n")
    }

    @Test(arguments: ["out.csv", "./sub/../out.csv"])
    func anErrorReportAtTheOutputPathIsRefusedBeforeEitherExists(_ errors: String) throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let input = try harness.directory.write(Array("\(Self.header)\n\(Self.good)\n".utf8), to: "in.csv")
        let output = harness.directory.file("out.csv")
        let request = BatchRequest(input: input, output: output, errors: harness.directory.file(errors),
                                   selection: BatchHarness.selection)
        let error = try #require(throws: DaegaError.self) { try BatchRunner.run(request) }
        #expect(error.code == .outputSameAsInput)
        #expect(error.location == .file(path: harness.directory.file(errors), line: nil, column: nil))
        #expect(error.expected == "결과 파일과 다른 경로")
        #expect(try harness.directory.contents() == ["in.csv"])
    }

    @Test func aFailureDuringTheRunLeavesNoPartialFile() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let input = try harness.directory.write(try sample("portfolio.csv"), to: "in.csv")
        let request = BatchRequest(input: input, output: harness.directory.file("out.csv"), errors: harness.directory.file("errors.csv"),
                                   selection: BatchHarness.selection, chunkRows: 4)
        var seen = 0
        do {
            _ = try BatchRunner.run(request) { (_, _, _) throws(DaegaError) in
                seen += 1
                if seen == 10 { throw DaegaError(.outputFailed, "디스크가 가득 찼습니다") }
            }
            Issue.record("expected the failure")
        } catch {
            #expect(error.code == .outputFailed)
        }
        #expect(try harness.directory.contents() == ["in.csv"])
    }
}

/// Hostile and spreadsheet-shaped portfolios: blank rows, Excel-typed cells, headers daega prints, its own output.
@Suite struct BatchSpreadsheetInputTests {
    @Test func blankLinesAndRowsOfEmptyCellsAreSkippedNotFailed() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("\(BatchRunnerTests.header)\n\n\(BatchRunnerTests.good)\n , ,,,,,,,,\n,,,,,,,,,\n\n")
        #expect(run.summary.rows == 1 && run.summary.failedRows == 0 && run.summary.blankRows == 4)
        #expect(run.output.count == 2)
    }

    @Test func tenThousandBlankLinesWriteOnlyTheHeader() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("id,budget\n" + String(repeating: "\r\n", count: 10_000))
        #expect(run.summary.rows == 0 && run.summary.blankRows == 10_000)
        #expect(run.output == [["id", "budget"] + BatchOutputRow.resultColumns])
    }

    /// The factor with a space, as daega prints it, and Excel-typed amounts and rates give the numbers the plain
    /// spellings give.
    @Test func excelShapedCellsAndHeadersGiveThePlainNumbers() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let plain = try harness.run("id,fp,compatibility,staffing,wage_year,overhead_pct,budget,direct_expenses\n"
                                    + "A,420,4,IT PM:3,2025,144,450000000,30000000\n")
        let excel = try harness.run("id,기능점수 (FP),운영환경 호환성,투입인력,임금 적용연도,제경비율 (%),예산 (원),직접경비\n"
                                    + "A,４２０,4,IT PM:3,2025,144%,4.5억원,3천만원\n")
        #expect(excel.summary.failedRows == 0, "\(excel.summary.firstErrors)")
        #expect(Array(excel.output[1].suffix(BatchOutputRow.resultColumns.count))
                == Array(plain.output[1].suffix(BatchOutputRow.resultColumns.count)))
        let withoutFactor = try harness.run("id,fp,staffing,wage_year,overhead_pct,budget,direct_expenses\n"
                                            + "A,420,IT PM:3,2025,144,450000000,30000000\n")
        #expect(plain.cell("fp_total") != withoutFactor.cell("fp_total"))
    }

    @Test func anAmountInAnFPColumnFailsItsRow() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("id,fp,budget\nA,\"1,000원\",100000000\nB,\"0,500\",100000000\n")
        #expect(run.summary.failedRows == 2)
        #expect(run.summary.firstErrors.map(\.location) == [.file(path: harness.directory.file("in.csv"), line: 2, column: 2),
                                                            .file(path: harness.directory.file("in.csv"), line: 3, column: 2)])
    }

    @Test func daegaReadsItsOwnOutputAgain() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let first = try harness.run("\(BatchRunnerTests.header)\n\(BatchRunnerTests.good)\n")
        let again = try harness.run(Array(try Data(contentsOf: URL(fileURLWithPath: harness.directory.file("out.csv")))), name: "again.csv")
        #expect(Set(again.output[0]).count == again.output[0].count)
        #expect(again.cell("risk") == first.cell("risk") && again.cell("이전_risk") == first.cell("risk"))
        #expect(again.summary.unusedColumns == ["agency"])
    }
}

extension BatchSpreadsheetInputTests {
    /// Two budgets of 5×10^18 won each fit in 64 bits; their sum (10^19) does not, and the summary still holds it.
    @Test func portfolioTotalsPastInt64AreKept() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let run = try harness.run("id,fp,budget\nA,100,5000000000000000000\nB,100,5000000000000000000\n")
        #expect(run.summary.failedRows == 0, "\(run.summary.firstErrors)")
        #expect(run.summary.totalBudget.value == 10_000_000_000_000_000_000)
        #expect(run.summary.totalBudget.grouped == "10,000,000,000,000,000,000")
    }
}

/// Encodings and delimiters as Excel saves them: every spelling of one portfolio gives the same output cells.
@Suite struct BatchInputEncodingTests {
    static let rows = [["id", "name", "fp", "budget"], ["A", "창천 체책", "420", "480,000,000"], ["B", "철책", "100", "90,000,000"]]

    /// The portfolio's text with `delimiter` between fields (fields holding it quoted).
    static func text(_ delimiter: String) -> String {
        rows.map { $0.map { $0.contains(delimiter) ? "\"\($0)\"" : $0 }.joined(separator: delimiter) }.joined(separator: "\r\n") + "\r\n"
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: [
        ("UTF-16LE with BOM, tabs", utf16(text("\t"), bigEndian: false)),
        ("UTF-16BE with BOM, tabs", utf16(text("\t"), bigEndian: true)),
        ("semicolons", Array(text(";").utf8)),
        ("sep=; line", Array(("sep=;\r\n" + text(";")).utf8)),
        ("sep=\\t line", Array(("sep=\t\n" + text("\t")).utf8)),
        ("doubled UTF-8 BOM", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array(text(",").utf8)),
        ("CP949 that is also valid UTF-8", cp949(text(","))),
    ])
    func everySpellingReadsTheSame(label: String, bytes: [UInt8]) throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let plain = try harness.run(Self.text(","))
        let run = try harness.run(bytes, name: "spelled.csv")
        #expect(run.output == plain.output, "\(label)")
        #expect(run.summary.failedRows == 0, "\(run.summary.firstErrors)")
    }

    @Test func theCP949TestTextIsValidUTF8() {
        #expect(String(validating: cp949(Self.text(",")), as: UTF8.self) != nil)
    }

    @Test func inputEncodingSettlesIt() throws {
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let input = try harness.directory.write(cp949(Self.text(",")), to: "in.csv")
        let request = BatchRequest(input: input, output: harness.directory.file("out.csv"), selection: BatchHarness.selection,
                                   inputEncoding: .utf8)
        _ = try BatchRunner.run(request)
        let asUTF8 = try BatchHarness.records(harness.directory.file("out.csv"))
        #expect(asUTF8[1][1] != "창천 체책")
    }

    @Test func anErrorAfterASepLineIsOnItsOwnLine() throws {
        let records = try CSVReader(bytes: Array("sep=;\nid;fp\nA;\"x\"y\n".utf8), path: "p.csv", chunkSize: 3)
        #expect(try records.next()?.fields == ["id", "fp"])
        let error = try #require(throws: DaegaError.self) { try records.next() }
        #expect(error.location == .file(path: "p.csv", line: 3, column: 6))
    }

    @Test(arguments: [[0xFF, 0xFE, 0x41], [0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00]])
    func brokenUTF16IsAnEncodingError(bytes: [UInt8]) throws {
        let reader = try CSVReader(bytes: bytes, path: "p.csv")
        #expect(reader.encoding == .utf16LittleEndian)
        let error = try #require(throws: DaegaError.self) { try reader.readAll() }
        #expect(error.code == .invalidEncoding)
    }
}
