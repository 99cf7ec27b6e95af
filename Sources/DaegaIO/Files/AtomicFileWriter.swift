import DaegaEngine
import Foundation

/// Writes a file all or nothing: output goes to a temporary file beside the destination
/// (``TemporaryFileName``: `.daega-tmp-<pid>-<random>-<name>`), which is renamed over the destination only when
/// everything was written; on any failure, and on SIGINT, SIGTERM or SIGHUP (``InterruptCleanup``), the temporary file
/// is removed and the destination is left as it was. The destination `-` is standard output: the content is spooled to
/// an unnamed file and copied out only when complete, so a failed run prints none of it.
public struct AtomicFileWriter: Sendable {
    /// The destination that means standard output.
    public static let standardOutput = "-"

    /// The file to create or replace, or `-` for standard output.
    public let destination: String
    /// Files being read for this output, which must never be overwritten by it.
    public let inputs: [String]

    /// Prepares to write `destination`.
    /// - Parameters:
    ///   - destination: the file to create or replace, or `-` for standard output.
    ///   - inputs: files the output is made from; writing refuses to replace any of them.
    public init(destination: String, inputs: [String] = []) {
        self.destination = destination
        self.inputs = inputs
    }

    /// Runs `body` with a sink for the temporary file, then moves it into place.
    /// - Parameter body: writes the content; throwing abandons the output.
    /// - Returns: what `body` returned.
    /// - Throws: `outputSameAsInput` when the destination is one of the inputs (by any path or link),
    ///   `outputNotRegularFile` when something other than a regular file is there (a folder, a symbolic link, a
    ///   device such as /dev/null, a FIFO, a socket), `outputReadOnly` for a read-only file, `outputFailed` naming
    ///   the destination when it cannot be written, or the error `body` threw.
    public func write<Result>(_ body: (FileByteSink) throws(DaegaError) -> Result) throws(DaegaError) -> Result {
        let transaction = OutputTransaction()
        let result = try write(in: transaction, body)
        try transaction.commit()
        return result
    }

    /// Runs `body` with a sink for the temporary file and adds the complete file to `transaction`, which puts it in
    /// place together with the transaction's other outputs.
    /// - Parameters:
    ///   - transaction: commits the output (or, released uncommitted, removes it).
    ///   - body: writes the content; throwing abandons the output.
    /// - Returns: what `body` returned.
    /// - Throws: what ``write(_:)`` throws before the renaming, and `conflictingInputs` when the transaction already
    ///   holds an output to standard output.
    public func write<Result>(in transaction: OutputTransaction,
                              _ body: (FileByteSink) throws(DaegaError) -> Result) throws(DaegaError) -> Result {
        let staged: StagedFile, descriptor: Int32
        if destination == Self.standardOutput {
            descriptor = try openSpool()
            staged = StagedFile(destination: destination, place: .standardOutput(spool: descriptor))
        } else {
            try refuseToReplaceInputs()
            try refuseUnsuitableDestination()
            TemporaryFileName.removeStale(beside: destination)
            let temporary = TemporaryFileName.path(beside: destination)
            // Registered before it exists, so that a signal between creating and registering cannot leave it.
            let registration = InterruptCleanup.register(temporary)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let code = errno
                InterruptCleanup.forget(registration)
                throw failure(code)
            }
            staged = StagedFile(destination: destination, place: .file(temporary: temporary, registration: registration))
        }
        do throws(DaegaError) {
            let sink = FileByteSink(fileDescriptor: descriptor, path: destination, startsWritebackEarly: !staged.isStandardOutput)
            let result = try body(sink)
            try sink.flush()
            if !staged.isStandardOutput { try settle(descriptor) }
            try transaction.add(staged)
            return result
        } catch {
            if !staged.isStandardOutput { close(descriptor) }
            staged.discard()
            throw error
        }
    }

    /// Gives a finished temporary file the permissions of the file it replaces, flushes it to disk and closes it.
    private func settle(_ descriptor: Int32) throws(DaegaError) {
        var existing = stat()
        if stat(destination, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
        guard fsync(descriptor) == 0 else { throw failure(errno) }
        // Closed even when closing reports an error; the descriptor is gone either way.
        let closed = close(descriptor)
        guard closed == 0 else { throw failure(errno) }
    }

    /// An unnamed file in the temporary folder ($TMPDIR, else /tmp) for standard output's content: created and
    /// removed at once, so nothing is left whatever ends the run.
    private func openSpool() throws(DaegaError) -> Int32 {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/\(TemporaryFileName.prefix)\(getpid())-stdout-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw DaegaError(.outputFailed, at: .file(path: destination, line: nil, column: nil),
                             "표준 출력으로 보낼 내용을 담을 임시 파일을 \(folder)에 만들지 못했습니다: \(SystemErrorText.describe(errno))",
                             expected: "쓸 수 있는 임시 폴더 (TMPDIR)")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return descriptor
    }

    private func refuseToReplaceInputs() throws(DaegaError) {
        guard let output = FileIdentity(path: destination) else { return }
        for input in inputs where FileIdentity(path: input) == output {
            throw DaegaError(.outputSameAsInput, at: .file(path: destination, line: nil, column: nil),
                             "출력 경로가 입력 파일을 가리킵니다: \(input)", expected: "입력 파일과 다른 출력 경로")
        }
    }

    /// Refuses a destination that renaming would wrongly replace: anything but a regular file or a new path (as root,
    /// renaming onto /dev/null would replace the device), and a regular file without write permission.
    private func refuseUnsuitableDestination() throws(DaegaError) {
        var status = stat()
        guard lstat(destination, &status) == 0 else { return }
        let kind: String? = switch status.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "폴더"
        case S_IFLNK: "심볼릭 링크"
        case S_IFCHR, S_IFBLK: "장치 파일"
        case S_IFIFO: "FIFO(이름 있는 파이프)"
        case S_IFSOCK: "소켓"
        default: "일반 파일이 아닌 것"
        }
        if let kind {
            throw DaegaError(.outputNotRegularFile, at: .file(path: destination, line: nil, column: nil),
                             "출력 경로가 \(kind)입니다: 바꿔 쓰지 않습니다", expected: "새 경로 또는 일반 파일")
        }
        guard status.st_mode & 0o222 != 0 else {
            throw DaegaError(.outputReadOnly, at: .file(path: destination, line: nil, column: nil),
                             "출력 파일이 읽기 전용입니다: 바꿔 쓰지 않습니다", expected: "쓰기 권한이 있는 파일, 또는 새 경로")
        }
    }

    private func failure(_ code: Int32) -> DaegaError {
        DaegaError(.outputFailed, at: .file(path: destination, line: nil, column: nil),
                   "출력 파일을 쓰지 못했습니다: \(SystemErrorText.describe(code))",
                   expected: "쓸 수 있고 공간이 남은 위치")
    }
}
