import DaegaEngine

/// A stream that cannot be rewound and may never end (a pipe such as `<(cat file)`, a FIFO, a device such as
/// /dev/zero), read through a window on its first bytes: encoding detection reads and rereads only the window, so it
/// never waits for an endless stream's end; then ``finishDetection()`` lets reading replay the window and go on with
/// the stream, one chunk at a time.
final class StreamChunkSource: ByteChunkSource {
    /// The most bytes held for detection: 1 MiB, thousands of rows of evidence, read in a fraction of a second even
    /// from /dev/zero.
    static let windowBytes = 1 << 20

    let path: String
    private let stream: FileChunkSource
    /// The stream's first chunks, handed out again after each rewind (emptied as reading replays them).
    private var window: [[UInt8]] = []
    private var next = 0
    /// Whether the stream ended inside the window.
    private let endsInWindow: Bool
    private var detecting = true

    /// Reads the window from `stream`.
    /// - Throws: `fileUnreadable` when reading fails.
    init(_ stream: FileChunkSource) throws(DaegaError) {
        self.stream = stream
        path = stream.path
        var held = 0, ended = false
        while held < Self.windowBytes {
            guard let chunk = try stream.nextChunk() else {
                ended = true
                break
            }
            window.append(chunk)
            held += chunk.count
        }
        endsInWindow = ended
    }

    var endsBeforeText: Bool { detecting && !endsInWindow }

    func nextChunk() throws(DaegaError) -> [UInt8]? {
        if next < window.count {
            defer { next += 1 }
            if detecting { return window[next] }
            return consume(&window[next])
        }
        return detecting || endsInWindow ? nil : try stream.nextChunk()
    }

    /// Goes back to the first byte; only while detecting (reading afterwards runs once, from the start).
    func rewind() throws(DaegaError) {
        precondition(detecting, "a stream is rewound only while its encoding is detected")
        next = 0
    }

    /// Ends detection: from the first byte again, reading goes past the window to the stream's end.
    func finishDetection() {
        detecting = false
        next = 0
    }

    /// Takes a replayed chunk out of the window, so that memory is freed as reading passes it.
    private func consume(_ chunk: inout [UInt8]) -> [UInt8] {
        defer { chunk = [] }
        return chunk
    }
}
