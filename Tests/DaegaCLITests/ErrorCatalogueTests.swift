import DaegaEngine
import DaegaTestSupport
import Foundation
import Testing

/// The error catalogue (docs/errors.md) is what `daega errors` prints, and every entry's example really gives its
/// code, exit status and a located one-line error with nothing on standard output.
@Suite struct ErrorCatalogueTests {
    /// Each catalogue row: code, exit status and example arguments, read back from `daega errors`.
    static let rows: [(code: String, status: Int32, arguments: [String])] = {
        let run = try! CommandLineRun.daega(["errors", "--format", "md"])
        return run.standardOutput.split(separator: "\n").filter { $0.hasPrefix("| E") }.map { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let example = cells[4].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            return (cells[0], Int32(cells[3])!, ErrorCatalogueTests.words(example).dropFirst().map { $0 })
        }
    }()

    /// Splits an example command line, honouring double quotes.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if character == " " && !quoted { if !current.isEmpty { words.append(current) }; current = ""; continue }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    @Test func documentMatchesTheCommand() throws {
        let generated = try CommandLineRun.daega(["errors", "--format", "md"]).standardOutput
        let document = try String(contentsOfFile: Repository.root + "/docs/errors.md", encoding: .utf8)
        #expect(document == generated, "docs/errors.md is stale: regenerate with `swift run daega errors --format md > docs/errors.md`")
    }

    @Test func everyCodeHasOneEntry() {
        #expect(Self.rows.map(\.code) == ErrorCode.allCases.map(\.rawValue))
    }

    @Test(arguments: ErrorCode.allCases)
    func exampleTriggersItsCode(code: ErrorCode) throws {
        let row = try #require(Self.rows.first { $0.code == code.rawValue })
        let run = try CommandLineRun.daega(row.arguments)
        #expect(run.status == row.status, "\(row.arguments): \(run.standardError)")
        #expect(run.standardError.hasSuffix("[\(code.rawValue)]\n"), "\(run.standardError)")
        #expect(run.standardError.contains("error: ") && run.standardError.contains("(expected: "), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
        if row.status == 2 {
            #expect(run.standardOutput.contains("오류 행 1개"), "a batch row error leaves the other rows' summary")
        } else {
            #expect(run.standardOutput.isEmpty)
        }
    }
}
