import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// `daega batch` end to end: the same numbers as `daega check --format json`, exit statuses, files and stderr.
@Suite struct BatchCommandTests {
    let folder = NSTemporaryDirectory() + "daega-batch-cli-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    func records(_ path: String) throws -> [[String]] { try CSVReader(contentsOf: path).readAll().map(\.fields) }

    func row(_ id: String, in records: [[String]]) throws -> [String: String] {
        let row = try #require(records.first { $0.first == id })
        return Dictionary(uniqueKeysWithValues: zip(records[0], row))
    }

    func check(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandLineRun.daega(["check", "--format", "json", "--as-of", "2026-03-01"] + arguments)
        #expect(run.status == 0, "\(run.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    func expectSame(_ row: [String: String], _ json: [String: Any], total: String, estimate: String) {
        let estimateJSON = json[estimate] as? [String: Any]
        #expect(row[total] == (estimateJSON?["total"] as? Int).map(String.init))
        #expect(row[total + "_with_vat"] == (estimateJSON?["total_with_vat"] as? Int).map(String.init))
        #expect(row["proper_cost_with_vat"] == (json["proper_cost_with_vat"] as? Int).map(String.init))
        #expect(row["coverage_pct"].flatMap(Double.init) == (json["coverage_pct"] as? NSNumber)?.doubleValue)
        #expect(row["break_even_pct"].flatMap(Double.init) == (json["break_even_pct"] as? NSNumber)?.doubleValue)
        for key in ["shortfall", "budget_needed_break_even", "budget_needed_typical_award"] {
            #expect(row[key] != nil && row[key] == (json[key] as? Int).map(String.init), "\(key)")
        }
        #expect(row["risk"] == json["risk"] as? String)
        let codes = (json["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String }.joined(separator: ";")
        #expect(row["findings"] == codes)
    }

    @Test func batchCellsMatchCheckJSON() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", folder + "/out.csv", "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == "daega: 계산에 쓰지 않은 열 (그대로 옮김): agency\n",
                "the column daega does not read, once, and no progress line when stderr is not a terminal")
        #expect(run.standardOutput.contains("포트폴리오 점검 요약"))
        #expect(run.standardOutput.contains("계산에 쓰지 않은 열 (그대로 옮김)\n  - agency"))
        let output = try records(folder + "/out.csv")
        expectSame(try row("P2026-002", in: output),
                   try check(["--fp", "420", "--edition", "2025", "--integration", "2", "--performance", "3",
                              "--budget", "470,000,000", "--months", "6"]),
                   total: "fp_total", estimate: "function_point_estimate")
        expectSame(try row("P2026-013", in: output),
                   try check(["--staff", "IT컨설턴트=8", "--staff", "데이터분석가=8", "--staff", "IT PM=4", "--wage-year", "2025",
                              "--overhead-rate", "110", "--tech-fee-rate", "20", "--budget", "430,000,000", "--months", "8"]),
                   total: "mm_total", estimate: "man_month_estimate")
    }

    @Test func rowErrorsExitTwoAndGoToTheErrorReport() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["batch", "samples/portfolio-with-errors.csv", "-o", folder + "/out.csv",
                                            "--errors", folder + "/errors.csv", "--lang", "en", "--encoding", "cp949"])
        #expect(run.status == 2, "\(run.standardError)")
        #expect(run.standardOutput.contains("Rows with errors"))
        #expect(run.standardOutput.contains("7 rows failed: all on standard error (and in the output's error column)"))
        let errors = try records(folder + "/errors.csv")
        #expect(errors[0] == ["line", "column", "code", "message", "expected", "id"])
        #expect(errors.count == 8)
        #expect(errors.dropFirst().map { $0[0] } == ["3", "4", "5", "6", "7", "8", "9"])
    }

    /// More failed rows than standard error shows: the summary says where all of them are, or how to get them.
    @Test func withManyFailedRowsTheSummaryPointsToAllOfThem() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let input = folder + "/many-bad.csv"
        let rows = (1...12).map { "B\($0),100,abc" }
        try Data((["id,fp,budget"] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: input))

        let english = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv", "--lang", "en"])
        #expect(english.status == 2, "\(english.standardError)")
        #expect(english.standardOutput.contains("12 rows failed: the first 10 on standard error, all with --errors FILE"))
        #expect(english.standardError.hasSuffix("daega: … 2 more rows failed (all with --errors FILE)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["many-bad.csv", "out.csv"])

        let korean = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv", "--errors", folder + "/errors.csv"])
        #expect(korean.status == 2, "\(korean.standardError)")
        #expect(korean.standardOutput.contains("오류 행 12개: 처음 10개는 표준 오류에, 전부는 \(folder)/errors.csv에"))
        #expect(korean.standardError.hasSuffix("daega: … 오류 행 2개 더 (전부는 \(folder)/errors.csv에)\n"))
        #expect(try records(folder + "/errors.csv").count == 13)

        // One row past the ten shown, and one row in all: English counts them in the singular.
        for (count, summaryLine, lastError) in [(11, "11 rows failed: the first 10", "daega: … 1 more row failed (all with --errors FILE)\n"),
                                                (1, "1 row failed: all on standard error", nil)] {
            try Data((["id,fp,budget"] + rows.prefix(count)).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: input))
            let run = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv", "--lang", "en"])
            #expect(run.standardOutput.contains(summaryLine), "\(run.standardOutput)")
            if let lastError {
                #expect(run.standardError.hasSuffix(lastError), "\(run.standardError)")
            } else {
                #expect(!run.standardError.contains("more row"), "\(run.standardError)")
            }
        }
    }

    @Test func malformedInputFailsWithoutOutput() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/bad.csv"
        try Data("id,fp,budget\nA,100,\"1000\n".utf8).write(to: URL(fileURLWithPath: input))
        let run = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv"])
        #expect(run.status == 65)
        #expect(run.standardError.contains("bad.csv:2:"))
        #expect(run.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.csv"))
    }

    @Test func outputEqualToInputIsRefused() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/in.csv"
        try FileManager.default.copyItem(atPath: Repository.sample("portfolio.csv"), toPath: input)
        let run = try CommandLineRun.daega(["batch", input, "-o", input])
        #expect(run.status == 73)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == Data(contentsOf: URL(fileURLWithPath: Repository.sample("portfolio.csv"))))
    }
}

/// `daega batch` on spreadsheet-shaped files: blank rows, near-miss headers, --strict-columns, --input-encoding.
@Suite struct BatchSpreadsheetCommandTests {
    let folder = NSTemporaryDirectory() + "daega-batch-sheet-" + UUID().uuidString

    func write(_ text: String, to name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aTrailingBlankLineExitsZeroAndIsCounted() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try write("id,fp,budget\nA,100,\"150,000,000\"\n\n,,\n", to: "in.csv")
        let run = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv", "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)
        #expect(run.standardOutput.contains("빈 행 (건너뜀)  2"))
    }

    @Test func aNearMissHeaderStopsBeforeWritingAnything() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try write("id,fp,운영환경 호환,budget\nA,100,4,150000000\n", to: "in.csv")
        let run = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv"])
        #expect(run.status == 65)
        #expect(run.standardError.contains("in.csv:1:3: error: '운영환경 호환' 열을 알 수 없습니다: compatibility"))
        #expect(run.standardError.hasSuffix("[E506]\n"))
        #expect(run.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.csv"))
    }
}

/// Standard streams that cannot be written, and input that would drive the terminal.
@Suite struct StandardStreamTests {
    /// Runs `daega` through the shell, so its standard output can be redirected.
    func shell(_ command: String) throws -> (status: Int32, standardError: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        let error = Pipe()
        process.standardError = error
        try process.run()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errorData, as: UTF8.self))
    }

    @Test func aFullStandardOutputIsAnErrorNotATrap() throws {
        let run = try shell("'\(CommandLineRun.executable)' errors > /dev/full")
        #expect(run.status == 73)
        #expect(run.standardError.hasPrefix("daega: error: 표준 출력에 쓸 수 없습니다: "))
        #expect(run.standardError.hasSuffix("[E404]\n"))
    }

    @Test func controlCharactersFromInputAreEscapedInErrors() throws {
        let folder = NSTemporaryDirectory() + "daega-escape-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/in.csv"
        try Data("id,fp,budget\nA,\"\u{1B}]0;pwned\u{07}\u{202E}x\",100\n".utf8).write(to: URL(fileURLWithPath: input))
        let run = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv"])
        #expect(run.status == 2)
        #expect(!run.standardError.contains("\u{1B}") && !run.standardError.contains("\u{07}") && !run.standardError.contains("\u{202E}"))
        #expect(run.standardError.contains("\\u{1B}]0;pwned\\u{7}\\u{202E}x"))
    }
}
