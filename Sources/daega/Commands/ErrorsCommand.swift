import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaReports

/// How `daega errors` prints the catalogue.
enum CatalogueFormat: String, ExpressibleByArgument, CaseIterable {
    /// A table for the terminal, within 100 columns.
    case text
    /// Markdown, as docs/errors.md holds it.
    case md
}

/// `daega errors`: the catalogue of every error code, its meaning, exit status and an example (docs/errors.md).
struct ErrorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errors",
        abstract: "오류 코드 목록: 뜻, 종료 코드, 재현 예 (--format md는 docs/errors.md와 같은 Markdown)")

    @Option(name: .customLong("lang"), help: "출력 언어: ko(기본) 또는 en")
    var language: Language = .ko

    @Option(help: "출력 형식: text(터미널 표, 기본) 또는 md(Markdown)")
    var format: CatalogueFormat = .text

    func run() throws {
        try reportingErrors { format == .md ? Self.catalogue(language) : Self.table(language) }
    }

    /// The catalogue as a terminal table within 100 columns: code, exit status and meaning, the example below.
    static func table(_ language: Language) -> String {
        let ko = language == .ko
        var lines = [ko ? "코드  종료  뜻 / 재현 예 (저장소 최상위 폴더에서)" : "code  exit  meaning / example (from the repository root)",
                     String(repeating: "-", count: 60)]
        for code in ErrorCode.allCases {
            let status = String(ErrorExamples.exitStatus(for: code))
            let head = "\(code.rawValue)  " + status + String(repeating: " ", count: max(1, 4 - status.count)) + "  "
            let indent = String(repeating: " ", count: 12)
            lines += TerminalWrap.lines(code.summary.text(language), first: head, rest: indent)
            let example = (["daega"] + ErrorExamples.arguments(for: code).map(shellQuoted)).joined(separator: " ")
            lines += TerminalWrap.lines(example, first: indent + "$ ", rest: indent + "    ")
        }
        lines += ["", ko ? "Markdown 표: daega errors --format md (docs/errors.md)" : "As Markdown: daega errors --format md (docs/errors.md)"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The catalogue as a Markdown document.
    static func catalogue(_ language: Language) -> String {
        let ko = language == .ko
        var lines = [
            ko ? "# daega 오류 코드" : "# daega error codes",
            "",
            ko ? "`daega errors --format md`가 코드에서 만든 목록입니다 (테스트가 이 파일과 비교하고, 각 예를 실행해 같은 코드가 나오는지 확인합니다). 모든 오류는 `위치: error: 무엇이 잘못되었는지 (expected: 무엇을 기대했는지) [코드]` 한 줄로 표준 오류에 나오고, 표준 출력에는 아무것도 쓰지 않습니다 (batch의 행 오류는 그 행만 건너뛰고 나머지 행의 요약을 표준 출력에 쓰며 종료 코드 2로 끝납니다). 예는 저장소 최상위 폴더에서 실행합니다."
               : "Generated from the code by `daega errors --format md` (a test compares this file and runs every example to check it gives its code). Every error is one line on standard error, `location: error: what was wrong (expected: what was expected) [code]`, with nothing on standard output (a row error in `batch` skips that row only, prints the other rows' summary and exits 2). Run the examples from the repository root.",
            "",
            ko ? "출력 파일은 옆의 임시 파일(`.daega-tmp-<pid>-<임의값>-<이름>`)에 다 쓴 뒤에만 제자리로 옮기므로, 어떤 오류에도 이전 출력이 그대로 남습니다 (batch의 결과와 오류 보고는 함께 옮깁니다). `-o -`는 표준 출력이며, 내용이 완성된 뒤에만 씁니다. 오류 코드가 없는 끝: SIGINT·SIGTERM·SIGHUP은 임시 파일을 지우고 130·143·129로 끝나며, 닫힌 파이프(`| head`)는 메시지 없이 141로 끝납니다. SIGKILL로 남은 임시 파일은 같은 폴더에 쓰는 다음 실행이 (그 프로세스가 끝났으면) 지웁니다."
               : "Output files are written in full to a temporary file beside them (`.daega-tmp-<pid>-<random>-<name>`) and only then renamed into place, so no error leaves a previous output changed (a batch's result and error report are renamed together). `-o -` is standard output, written only once the content is complete. Endings without an error code: SIGINT, SIGTERM and SIGHUP remove the temporary files and exit 130, 143 and 129; a closed pipe (`| head`) exits 141 without a message. Temporary files left by SIGKILL are removed by the next run writing into the same folder, once their process has ended.",
            "",
            ko ? "| 코드 | 이름 | 뜻 | 종료 코드 | 재현 예 |" : "| code | name | meaning | exit status | example |",
            "|---|---|---|---|---|",
        ]
        for code in ErrorCode.allCases {
            let example = (["daega"] + ErrorExamples.arguments(for: code).map(shellQuoted)).joined(separator: " ")
            lines.append("| \(code.rawValue) | `\(code)` | \(code.summary.text(language)) | \(ErrorExamples.exitStatus(for: code)) | `\(example)` |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func shellQuoted(_ argument: String) -> String {
        argument.contains(where: { " \"'".contains($0) }) ? "\"\(argument)\"" : argument
    }
}
