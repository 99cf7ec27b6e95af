import DaegaEngine
import Foundation

/// A file read through `FileHandle` in fixed-size chunks, so memory stays constant whatever the file size.
final class FileChunkSource: ByteChunkSource {
    /// The chunk size used for files: 64 KiB.
    static let defaultChunkSize = 64 * 1024

    let path: String
    private let handle: FileHandle
    private let chunkSize: Int

    /// Opens `path` for reading.
    /// - Throws: `fileNotFound` when nothing is there, `fileUnreadable` for a directory or an unopenable file.
    init(path: String, chunkSize: Int = FileChunkSource.defaultChunkSize) throws(DaegaError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DaegaError(.fileNotFound, at: .file(path: path, line: nil, column: nil),
                             "파일이 없습니다", expected: "있는 파일의 경로")
        }
        guard !isDirectory.boolValue else {
            throw DaegaError(.fileUnreadable, at: .file(path: path, line: nil, column: nil),
                             "파일이 아니라 폴더입니다", expected: "CSV 파일의 경로")
        }
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw Self.unreadable(path, error.localizedDescription)
        }
        self.path = path
        self.chunkSize = chunkSize
    }

    /// Whether the file is a regular file, which can be rewound and read to its end (not a pipe, FIFO or device).
    var isRegularFile: Bool {
        var status = stat()
        return fstat(handle.fileDescriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    deinit { try? handle.close() }

    /// Reads straight into the chunk's own storage (no `Data` in between, whose bytes would be copied once more),
    /// filling it as far as the file goes: a short read from a pipe is followed by more, until the chunk is full or the
    /// file ends.
    func nextChunk() throws(DaegaError) -> [UInt8]? {
        let descriptor = handle.fileDescriptor, size = chunkSize
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let result = read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if result > 0 {
                    initialized += result
                } else if result == 0 {
                    return
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        guard failure == 0 else {
            throw Self.unreadable(path, String(cString: strerror(failure)))
        }
        return chunk.isEmpty ? nil : chunk
    }

    func rewind() throws(DaegaError) {
        do {
            try handle.seek(toOffset: 0)
        } catch {
            throw Self.unreadable(path, error.localizedDescription)
        }
    }

    private static func unreadable(_ path: String, _ reason: String) -> DaegaError {
        DaegaError(.fileUnreadable, at: .file(path: path, line: nil, column: nil),
                   "파일을 읽을 수 없습니다: \(reason)", expected: "읽기 권한이 있는 파일")
    }
}
