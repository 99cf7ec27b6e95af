import DaegaEngine
import Foundation

/// Writes a file all or nothing: output goes to a temporary file beside the destination, which is renamed
/// over the destination only when everything was written; on any failure the temporary file is removed
/// and the destination is left as it was.
public struct AtomicFileWriter: Sendable {
    /// The file to create or replace.
    public let destination: String
    /// Files being read for this output, which must never be overwritten by it.
    public let inputs: [String]

    /// Prepares to write `destination`.
    /// - Parameters:
    ///   - destination: the file to create or replace.
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
        try refuseToReplaceInputs()
        try refuseUnsuitableDestination()
        let url = URL(fileURLWithPath: destination)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).daega-tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(errno) }

        var isOpen = true
        do throws(DaegaError) {
            let sink = FileByteSink(fileDescriptor: descriptor, path: destination, startsWritebackEarly: true)
            let result = try body(sink)
            try sink.flush()
            var existing = stat()
            if stat(destination, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
            guard fsync(descriptor) == 0 else { throw failure(errno) }
            isOpen = false
            guard close(descriptor) == 0 else { throw failure(errno) }
            guard rename(temporary, destination) == 0 else { throw failure(errno) }
            return result
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
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
