import DaegaTestSupport
import Foundation
import Testing

/// Control characters in arguments, project files and function lists reach the terminal only as visible escapes:
/// in the command's own messages, the argument parser's, and the text it prints.
@Suite struct TerminalEscapingTests {
    /// An OSC title sequence ended by BEL, then a right-to-left override (an argument cannot hold NUL).
    static let hostile = "\u{1B}]0;pwned\u{07}\u{202E}x"

    /// Whether `text` holds none of the raw characters of ``hostile``, nor NUL.
    func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ["\u{1B}", "\u{07}", "\u{202E}", "\u{0}"].contains($0) }
    }

    @Test func anUnknownCommandIsQuotedEscaped() throws {
        let run = try CommandLineRun.daega(["fp" + Self.hostile])
        #expect(run.status == 64)
        #expect(isClean(run.standardError))
        #expect(run.standardError.contains("'fp\\u{1B}]0;pwned\\u{7}\\u{202E}x'"), "\(run.standardError)")
    }

    @Test func theArgumentParsersMessageIsEscaped() throws {
        let run = try CommandLineRun.daega(["fp", "--fp", "85", "--no-such" + Self.hostile])
        #expect(run.status == 64)
        #expect(isClean(run.standardError))
        #expect(run.standardError.contains("--no-such\\u{1B}]0;pwned\\u{7}\\u{202E}x"), "\(run.standardError)")
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let run = try CommandLineRun.daega(["fp", "--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("--functions"))
        #expect(run.standardError.isEmpty)
    }

    @Test func aProjectNameAndPathsAreEscapedInTextAndErrors() throws {
        let folder = NSTemporaryDirectory() + "daega-escape-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // No format_version: the note naming the file's path is written too.
        let project = folder + "/p\u{1B}[31m.toml"
        try "name = \"사업\\u001B]8;;http://x\\u0007\\u0000\\u202E\"\n[function_points]\nfp = 85\n[budget]\namount = 100_000_000\n"
            .write(toFile: project, atomically: true, encoding: .utf8)
        let run = try CommandLineRun.daega(["check", project])
        #expect(isClean(run.standardOutput) && isClean(run.standardError))
        #expect(run.standardError.contains("p\\u{1B}[31m.toml: note:"), "\(run.standardError)")
        #expect(run.standardOutput.contains("— 사업\\u{1B}]8;;http://x\\u{7}\\u{0}\\u{202E}\n"), "\(run.standardOutput)")

        let json = try CommandLineRun.daega(["check", project, "--format", "json"])
        #expect(json.status == 0 && isClean(json.standardOutput))
        #expect(json.standardOutput.contains(#""사업\u001b]8;;http://x\u0007\u0000\u202e""#), "\(json.standardOutput)")
        #expect(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) is [String: Any])

        try "name = \"x\"\n[function_points]\nfunctions = 'g\u{1B}[2J.csv'\n".write(toFile: project, atomically: true, encoding: .utf8)
        let failed = try CommandLineRun.daega(["fp", project])
        #expect(failed.status == 65)
        #expect(isClean(failed.standardError))
        #expect(failed.standardError.contains("p\\u{1B}[31m.toml:3:13: error: 'function_points.functions'의 경로에 제어 문자(U+001B)가 있습니다"),
                "\(failed.standardError)")
    }
}
