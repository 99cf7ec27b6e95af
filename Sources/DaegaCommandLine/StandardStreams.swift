import DaegaEngine
import DaegaReports
import Foundation

/// Writes to standard output and standard error with POSIX `write`, so that a stream that cannot be written (a full
/// disk, `> /dev/full`) ends the command with a message and E404's exit status (73; 74 when standard error itself
/// fails) instead of a trap, and a closed pipe
/// (`daega … | head -1`) ends it quietly. Control characters from input are escaped on the way
/// (``ControlCharacters``), so a cell or file name holding ESC or a bidi override cannot drive the terminal.
public enum StandardStreams {
    /// The status of a process ended by a closed pipe, as if SIGPIPE had ended it (128 + 13), without a message.
    public static let closedPipe: Int32 = 141

    /// Writes command output; a tab and line feeds are layout and kept.
    public static func output(_ text: String) {
        guard let failure = write(ControlCharacters.escaped(text, keeping: ["\n", "\t"]), to: STDOUT_FILENO) else { return }
        if failure == EPIPE { exit(closedPipe) }
        _ = write("daega: error: 표준 출력에 쓸 수 없습니다: \(String(cString: strerror(failure))) (expected: 쓸 수 있는 표준 출력) [E404]\n",
                  to: STDERR_FILENO)
        exit(ExitStatus.status(for: .outputFailed))
    }

    /// Writes diagnostics; when standard error itself cannot be written there is no one left to tell, so the
    /// command ends with exit 74 (quietly on a closed pipe).
    public static func error(_ text: String) {
        guard let failure = write(ControlCharacters.escaped(text), to: STDERR_FILENO) else { return }
        exit(failure == EPIPE ? closedPipe : ExitStatus.ioError)
    }

    /// Writes terminal control text as it is (the progress line's own `\r` and erase sequence).
    public static func control(_ text: String) {
        if let failure = write(text, to: STDERR_FILENO) { exit(failure == EPIPE ? closedPipe : ExitStatus.ioError) }
    }

    /// Writes all of `text`, retrying after interruptions and short writes.
    /// - Returns: `errno` of a failed write, or `nil` when everything was written.
    private static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            bytes = bytes.dropFirst(written)
        }
        return nil
    }
}
