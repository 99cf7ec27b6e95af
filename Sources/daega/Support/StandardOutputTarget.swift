import DaegaEngine
import DaegaIO
import Foundation

/// `-o -` (and `--errors -`, `--chart -`): an output sent to standard output instead of a file. The content is printed
/// only once complete (``AtomicFileWriter`` spools it), and the command's own report then goes to standard error, so
/// that standard output holds the content alone. Binary content (xlsx, HWPX, PDF) is refused when standard output is
/// a terminal, where it would only scramble the screen; redirected to a file or a pipe it is written.
enum StandardOutputTarget {
    /// Whether any of `paths` is `-`.
    static func isClaimed(by paths: [String?]) -> Bool {
        paths.contains { $0 == AtomicFileWriter.standardOutput }
    }

    /// Refuses more than one of the outputs named by `flags` going to standard output.
    /// - Throws: `conflictingInputs` naming the second flag given `-`.
    static func refuseSharing(_ flags: KeyValuePairs<String, String?>) throws(DaegaError) {
        let claiming = flags.filter { $0.value == AtomicFileWriter.standardOutput }.map(\.key)
        guard claiming.count > 1 else { return }
        throw DaegaError(.conflictingInputs, at: .flag(claiming[1]),
                         "\(claiming.joined(separator: "와 "))가 모두 표준 출력(-)입니다",
                         expected: "표준 출력에는 한 출력만, 다른 출력은 파일로")
    }

    /// Refuses binary content for `path` when it is `-` and standard output is a terminal.
    /// - Parameters:
    ///   - path: the output path the user gave.
    ///   - format: the content's format, named in the error (`xlsx`, `hwpx`, `pdf`).
    /// - Throws: `outputNotRegularFile` naming `-`.
    static func refuseBinaryToTerminal(path: String, format: String) throws(DaegaError) {
        guard path == AtomicFileWriter.standardOutput, isatty(STDOUT_FILENO) == 1 else { return }
        throw DaegaError(.outputNotRegularFile, at: .file(path: path, line: nil, column: nil),
                         "표준 출력이 터미널입니다: \(format) 파일(이진 형식)을 화면에 쓰지 않습니다",
                         expected: "-o 파일 이름, 또는 파일이나 파이프로 돌린 표준 출력 (… -o - > 결과.\(format))")
    }
}
