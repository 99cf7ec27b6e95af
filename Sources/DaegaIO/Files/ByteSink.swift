import DaegaEngine

/// Somewhere encoded output goes: a file being written, or memory.
public protocol ByteSink: AnyObject {
    /// The name of the destination, used in error locations.
    var path: String { get }

    /// Appends bytes to the destination.
    /// - Parameter bytes: the bytes to append.
    /// - Throws: `outputFailed` when the destination cannot take them.
    func write(_ bytes: [UInt8]) throws(DaegaError)
}
