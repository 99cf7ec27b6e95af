import DaegaEngine
import Foundation

/// An output written in full and flushed to disk, waiting to be put in place by an ``OutputTransaction``: a temporary
/// file beside its destination (renamed over it), or, for standard output, an unnamed spool file (copied out).
/// Until it is put in place it can be discarded, leaving the destination as it was.
final class StagedFile {
    /// Where the content goes.
    enum Place {
        /// Renamed from `temporary` over `destination`; `registration` is its ``InterruptCleanup`` entry.
        case file(temporary: String, registration: Int32)
        /// Copied from the spool file open at `spool` (already unlinked) to standard output.
        case standardOutput(spool: Int32)
    }

    /// The output's path as the user gave it (`-` for standard output).
    let destination: String
    let place: Place
    private var isSettled = false

    init(destination: String, place: Place) {
        self.destination = destination
        self.place = place
    }

    /// Whether the content goes to standard output.
    var isStandardOutput: Bool {
        if case .standardOutput = place { true } else { false }
    }

    /// Renames a file into place; call with signals held (``InterruptCleanup/holdingSignals(_:)``).
    /// - Throws: `outputFailed` naming the destination when the rename fails.
    func rename() throws(DaegaError) {
        guard case let .file(temporary, registration) = place, !isSettled else { return }
        guard Foundation.rename(temporary, destination) == 0 else {
            throw DaegaError(.outputFailed, at: .file(path: destination, line: nil, column: nil),
                             "출력 파일을 제자리에 옮기지 못했습니다: \(SystemErrorText.describe(errno))",
                             expected: "쓸 수 있는 위치")
        }
        isSettled = true
        InterruptCleanup.forgetHolding(registration)
    }

    /// Copies a spooled output to standard output.
    /// - Throws: `outputFailed` when standard output cannot be written (a full disk, a reader that has gone) or the
    ///   spool cannot be read.
    func copyToStandardOutput() throws(DaegaError) {
        guard case let .standardOutput(spool) = place, !isSettled else { return }
        defer { discard() }
        guard lseek(spool, 0, SEEK_SET) == 0 else { throw standardOutputFailure(errno) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(spool, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw standardOutputFailure(errno) }
            if count == 0 { return }
            var written = 0
            while written < count {
                let result = buffer[written..<count].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if result < 0 && errno == EINTR { continue }
                guard result >= 0 else { throw standardOutputFailure(errno) }
                written += result
            }
        }
    }

    /// Removes the temporary file (or closes the spool), leaving the destination as it was; does nothing once settled.
    func discard() {
        guard !isSettled else { return }
        isSettled = true
        switch place {
        case let .file(temporary, registration):
            unlink(temporary)
            InterruptCleanup.forget(registration)
        case let .standardOutput(spool):
            close(spool)
        }
    }

    deinit { discard() }

    private func standardOutputFailure(_ code: Int32) -> DaegaError {
        return DaegaError(.outputFailed, at: .file(path: destination, line: nil, column: nil),
                          "표준 출력에 쓰지 못했습니다: \(SystemErrorText.describe(code))", expected: "쓸 수 있는 표준 출력")
    }
}
