import Foundation
import ZIPFoundation

/// An office document's ZIP container (xlsx, HWPX) built in memory, its parts in the order they were added.
///
/// Both formats need control over order and compression: HWPX requires `mimetype` as the first entry, stored
/// uncompressed; xlsx readers accept any order. Entries carry a fixed modification time so the same document
/// always yields the same bytes (goldens and tests can compare files).
public struct ZipPackage: Sendable {
    /// How one part is stored.
    public enum Storage: Sendable {
        /// Written as is (HWPX's `mimetype`).
        case stored
        /// Deflate-compressed.
        case deflated
    }

    /// One part: its path inside the container, its bytes and how it is stored.
    public struct Part: Sendable, Equatable {
        /// The part's path, e.g. `xl/workbook.xml`.
        public var path: String
        /// The part's bytes.
        public var bytes: Data
        /// Whether it is compressed.
        public var storage: Storage
    }

    /// The parts in container order.
    public private(set) var parts: [Part] = []

    /// An empty package.
    public init() {}

    /// Appends a part.
    /// - Parameters:
    ///   - path: the part's path inside the container; must not repeat an earlier part's path.
    ///   - bytes: its content.
    ///   - storage: how it is stored (compressed by default).
    public mutating func add(_ path: String, bytes: Data, storage: Storage = .deflated) {
        precondition(!parts.contains { $0.path == path }, "ZipPackage: part \(path) added twice")
        parts.append(Part(path: path, bytes: bytes, storage: storage))
    }

    /// Appends a UTF-8 text part (XML).
    public mutating func add(_ path: String, text: String, storage: Storage = .deflated) {
        add(path, bytes: Data(text.utf8), storage: storage)
    }

    /// The container's bytes.
    /// - Throws: ZIPFoundation's error when an entry cannot be written (not expected for in-memory archives).
    public func archiveBytes() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = part.bytes
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: ZipPackage.fixedModificationDate,
                compressionMethod: part.storage == .stored ? .none : .deflate
            ) { position, size in
                let start = Int(position)
                return bytes.subdata(in: start..<min(start + size, bytes.count))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// 2025-01-01 00:00 UTC: the entries' time stamp, fixed so equal documents are equal bytes.
    static let fixedModificationDate = Date(timeIntervalSince1970: 1_735_689_600)
}
