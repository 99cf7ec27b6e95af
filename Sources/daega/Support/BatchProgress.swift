import DaegaCommandLine
import Foundation

/// The progress line `daega batch` shows on standard error, only when standard error is a terminal.
enum BatchProgress {
    /// Rows between progress updates.
    static let interval = 10_000

    /// A progress callback writing `\r… 행 처리` to standard error, or `nil` when standard error is not a terminal.
    static func forStandardError() -> ((Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        var shown = 0
        return { rows in
            guard rows - shown >= interval else { return }
            shown = rows
            StandardStreams.control("\r\(rows.formatted()) 행 처리")
        }
    }

    /// Ends the progress line, when one was shown.
    static func finish() {
        if isatty(STDERR_FILENO) == 1 { StandardStreams.control("\r\u{1B}[K") }
    }
}
