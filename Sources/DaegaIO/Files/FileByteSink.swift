import DaegaEngine
import Foundation

/// A sink that writes to an open file descriptor through a 64 KiB buffer; the caller opens and closes it.
public final class FileByteSink: ByteSink {
    private static let bufferSize = 64 * 1024

    public let path: String
    private let fileDescriptor: Int32
    private var buffer: [UInt8] = []

    /// Wraps an open file descriptor.
    /// - Parameters:
    ///   - fileDescriptor: a descriptor open for writing, such as `STDOUT_FILENO`; it is not closed here.
    ///   - path: the name to use in error locations.
    public init(fileDescriptor: Int32, path: String) {
        self.fileDescriptor = fileDescriptor
        self.path = path
        buffer.reserveCapacity(Self.bufferSize)
    }

    public func write(_ bytes: [UInt8]) throws(DaegaError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes out everything buffered.
    /// - Throws: `outputFailed` naming the path and the reason, such as a full disk.
    public func flush() throws(DaegaError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        var written = 0
        while written < buffer.count {
            let result = buffer[written...].withUnsafeBytes { Foundation.write(fileDescriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw DaegaError(.outputFailed, at: .file(path: path, line: nil, column: nil),
                                 "출력 파일에 쓰지 못했습니다: \(SystemErrorText.describe(errno))",
                                 expected: "쓸 수 있고 공간이 남은 위치")
            }
            written += result
        }
    }
}
