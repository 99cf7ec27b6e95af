/// One CSV record: its fields exactly as written (quotes removed, spaces kept) and the line it starts on.
///
/// A record is one allocation however many fields it has: where each field starts and ends, then the bytes the
/// fields lie in (for a record the reader made, the record as written in the file, with its delimiters between the
/// fields). A field becomes a `String` only when one is asked for; ``withFields(_:)`` reads the bytes in place.
public struct CSVRecord: Sendable, Equatable, Hashable {
    /// `fieldCount` pairs of 32-bit offsets (start, end) into the bytes that follow them, then those bytes.
    private var storage: [UInt8]
    /// How many fields there are.
    private var count: UInt32
    /// The bytes of all fields together.
    private var fieldBytes: UInt32
    /// The 1-based line where the record starts (a quoted line break makes a record span lines).
    public var line: Int

    /// Creates a record.
    /// - Parameters:
    ///   - fields: the fields in order.
    ///   - line: the 1-based line where the record starts.
    public init(fields: [String], line: Int) {
        var layout = CSVRecord.Layout(fieldCount: fields.count)
        for field in fields { layout.append(Array(field.utf8)) }
        self = layout.record(line: line)
    }

    /// Creates a record from `storage` laid out as ``storage`` describes.
    init(storage: [UInt8], fieldCount: Int, byteCount: Int, line: Int) {
        self.storage = storage
        count = UInt32(fieldCount)
        fieldBytes = UInt32(byteCount)
        self.line = line
    }

    /// How many fields the record has; a blank line is one empty field.
    public var fieldCount: Int { Int(count) }

    /// Whether every field is empty or white space, as the rows of empty cells Excel leaves at the end of a sheet.
    public var isBlank: Bool {
        withFields { fields in
            for field in fields where !field.withoutWhiteSpaceEdges.isEmpty { return false }
            return true
        }
    }

    /// The bytes of all fields together, without separators or quotes.
    public var byteCount: Int { Int(fieldBytes) }

    /// The fields in order, as text (made anew on every call: bind it once, or read one field with `subscript(field:)`).
    public var fields: [String] { (0..<fieldCount).map { self[field: $0] } }

    /// The field at a 0-based position, as text.
    public subscript(field index: Int) -> String {
        withFields { String(decoding: $0[index], as: UTF8.self) }
    }

    /// The record cut or padded with empty fields to `count` fields.
    public func resized(to count: Int) -> CSVRecord {
        guard count != fieldCount else { return self }
        return withFields { fields in
            var layout = CSVRecord.Layout(fieldCount: count)
            for index in 0..<count { layout.append(index < fields.count ? fields[index] : UnsafeBufferPointer(start: nil, count: 0)) }
            return layout.record(line: line)
        }
    }

    /// Calls `body` with the fields' bytes in place.
    public func withFields<Value, Failure: Error>(_ body: (Fields) throws(Failure) -> Value) throws(Failure) -> Value {
        try storage.withUnsafeBufferPointer { (bytes) throws(Failure) in
            try body(Fields(base: bytes.baseAddress, count: fieldCount))
        }
    }

    public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
        guard lhs.line == rhs.line, lhs.count == rhs.count, lhs.fieldBytes == rhs.fieldBytes else { return false }
        return lhs.withFields { left in rhs.withFields { right in left.indices.allSatisfy { left[$0].elementsEqual(right[$0]) } } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        withFields { fields in
            hasher.combine(fields.count)
            for field in fields {
                hasher.combine(field.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(field))
            }
        }
    }

    /// A record's fields as UTF-8 bytes, valid only inside ``CSVRecord/withFields(_:)``.
    public struct Fields: RandomAccessCollection {
        /// The record's storage (`nil` only when it is empty).
        fileprivate let base: UnsafePointer<UInt8>?
        fileprivate let fieldCount: Int

        fileprivate init(base: UnsafePointer<UInt8>?, count: Int) {
            self.base = base
            fieldCount = count
        }

        /// The first position, 0.
        public var startIndex: Int { 0 }
        /// The number of fields.
        public var endIndex: Int { fieldCount }

        /// The bytes of the field at a 0-based position.
        @inline(__always)
        public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            // Checked in release builds too: an unsafe buffer's own subscript is not.
            precondition(index >= 0 && index < fieldCount, "field \(index) of a record with \(fieldCount) fields")
            let raw = UnsafeRawPointer(base.unsafelyUnwrapped)
            let start = Int(raw.load(fromByteOffset: 8 * index, as: UInt32.self))
            let end = Int(raw.load(fromByteOffset: 8 * index + 4, as: UInt32.self))
            return UnsafeBufferPointer(start: base.unsafelyUnwrapped + 8 * fieldCount + start, count: end - start)
        }
    }

    /// Builds a record's storage from whole fields, one after another.
    struct Layout {
        private var storage: [UInt8]
        private let fieldCount: Int
        private var appended = 0

        /// Starts a record of `fieldCount` fields.
        init(fieldCount: Int) {
            self.fieldCount = fieldCount
            storage = [UInt8](repeating: 0, count: 8 * fieldCount)
        }

        /// Appends the next field.
        mutating func append(_ field: some Collection<UInt8>) {
            let start = storage.count - 8 * fieldCount
            storage.append(contentsOf: field)
            let end = storage.count - 8 * fieldCount
            storage.withUnsafeMutableBytes { raw in
                raw.storeBytes(of: UInt32(start), toByteOffset: 8 * appended, as: UInt32.self)
                raw.storeBytes(of: UInt32(end), toByteOffset: 8 * appended + 4, as: UInt32.self)
            }
            appended += 1
        }

        /// The record, once every field is appended.
        func record(line: Int) -> CSVRecord {
            precondition(appended == fieldCount, "\(appended) of \(fieldCount) fields appended")
            return CSVRecord(storage: storage, fieldCount: fieldCount, byteCount: storage.count - 8 * fieldCount, line: line)
        }
    }
}
