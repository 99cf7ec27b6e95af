import ArgumentParser
import DaegaEngine

/// `daega errors`: the catalogue of every error code, its meaning, exit status and an example (docs/errors.md).
struct ErrorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errors",
        abstract: "오류 코드 목록: 뜻, 종료 코드, 재현 예 (docs/errors.md와 같음)")

    @Option(name: .customLong("lang"), help: "출력 언어: ko(기본) 또는 en")
    var language: Language = .ko

    func run() throws {
        try reportingErrors { Self.catalogue(language) }
    }

    /// The catalogue as a Markdown document.
    static func catalogue(_ language: Language) -> String {
        let ko = language == .ko
        var lines = [
            ko ? "# daega 오류 코드" : "# daega error codes",
            "",
            ko ? "`daega errors`가 코드에서 만든 목록입니다 (테스트가 이 파일과 비교하고, 각 예를 실행해 같은 코드가 나오는지 확인합니다). 모든 오류는 `위치: error: 무엇이 잘못되었는지 (expected: 무엇을 기대했는지) [코드]` 한 줄로 표준 오류에 나오고, 표준 출력에는 아무것도 쓰지 않습니다 (batch의 행 오류는 그 행만 건너뛰고 나머지 행의 요약을 표준 출력에 쓰며 종료 코드 2로 끝납니다). 예는 저장소 최상위 폴더에서 실행합니다."
               : "Generated from the code by `daega errors` (a test compares this file and runs every example to check it gives its code). Every error is one line on standard error, `location: error: what was wrong (expected: what was expected) [code]`, with nothing on standard output (a row error in `batch` skips that row only, prints the other rows' summary and exits 2). Run the examples from the repository root.",
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
