import CWriteback
import DaegaEngine
import Foundation

/// A sink that writes to an open file descriptor through a 64 KiB buffer; the caller opens and closes it.
public final class FileByteSink: ByteSink {
    private static let bufferSize = 64 * 1024

    /// Bytes written between two requests to start writing them to disk, when writeback starts early.
    static let writebackStride = 8 << 20

    public let path: String
    private let fileDescriptor: Int32
    private let startsWritebackEarly: Bool
    private var buffer: [UInt8] = []
    /// Bytes written to the file so far.
    private var bytesWritten = 0
    /// How many of the first bytes written writeback was requested for.
    private(set) var writebackRequested = 0

    /// Wraps an open file descriptor.
    /// - Parameters:
    ///   - fileDescriptor: a descriptor open for writing, such as `STDOUT_FILENO`; it is not closed here.
    ///   - path: the name to use in error locations.
    public convenience init(fileDescriptor: Int32, path: String) {
        self.init(fileDescriptor: fileDescriptor, path: path, startsWritebackEarly: false)
    }

    /// Wraps an open file descriptor, asking for early writeback when `startsWritebackEarly` (for a file created for
    /// this sink and `fsync`ed when done, as `AtomicFileWriter` does).
    /// - Parameter startsWritebackEarly: whether to ask the system, every 8 MiB, to start writing what was written to
    ///   disk: the disk then works while the program does, and the final `fsync` has only the last few megabytes to
    ///   wait for (on Linux; elsewhere this does nothing). The ranges asked for count from the file's start.
    init(fileDescriptor: Int32, path: String, startsWritebackEarly: Bool) {
        self.fileDescriptor = fileDescriptor
        self.path = path
        self.startsWritebackEarly = startsWritebackEarly
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
        bytesWritten += written
        if startsWritebackEarly && bytesWritten - writebackRequested >= Self.writebackStride {
            // Only a hint: when refused, the final `fsync` writes these bytes as it would have anyway.
            _ = daega_start_writeback(fileDescriptor, Int64(writebackRequested), Int64(bytesWritten - writebackRequested))
            writebackRequested = bytesWritten
        }
    }
}
