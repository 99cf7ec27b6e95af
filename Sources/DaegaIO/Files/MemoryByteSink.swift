import DaegaEngine

/// A sink that keeps everything written to it in memory.
public final class MemoryByteSink: ByteSink {
    public let path: String
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty sink.
    /// - Parameter path: the name to use in error locations.
    public init(path: String = "<memory>") {
        self.path = path
    }

    public func write(_ bytes: [UInt8]) throws(DaegaError) {
        self.bytes.append(contentsOf: bytes)
    }
}
