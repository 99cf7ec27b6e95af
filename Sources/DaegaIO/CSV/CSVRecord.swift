/// One CSV record: its fields exactly as written (quotes removed, spaces kept) and the line it starts on.
///
/// The fields are kept as UTF-8 bytes, one after another, with where each one ends: a record is two allocations
/// however many fields it has, and a field becomes a `String` only when one is asked for. ``withFields(_:)`` reads
/// the bytes in place.
public struct CSVRecord: Sendable, Equatable, Hashable {
    /// Every field's bytes, one after another.
    private var utf8: [UInt8]
    /// Where each field ends in `utf8`.
    private var fieldEnds: [UInt32]
    /// The 1-based line where the record starts (a quoted line break makes a record span lines).
    public var line: Int

    /// Creates a record.
    /// - Parameters:
    ///   - fields: the fields in order.
    ///   - line: the 1-based line where the record starts.
    public init(fields: [String], line: Int) {
        var utf8: [UInt8] = [], fieldEnds: [UInt32] = []
        for field in fields {
            utf8.append(contentsOf: field.utf8)
            fieldEnds.append(UInt32(utf8.count))
        }
        self.init(utf8: utf8, fieldEnds: fieldEnds, line: line)
    }

    /// Creates a record from its fields' bytes (valid UTF-8) and where each field ends.
    init(utf8: [UInt8], fieldEnds: [UInt32], line: Int) {
        self.utf8 = utf8
        self.fieldEnds = fieldEnds
        self.line = line
    }

    /// How many fields the record has; a blank line is one empty field.
    public var fieldCount: Int { fieldEnds.count }

    /// Whether every field is empty or white space, as the rows of empty cells Excel leaves at the end of a sheet.
    public var isBlank: Bool { utf8.withUnsafeBufferPointer(\.withoutWhiteSpaceEdges).isEmpty }

    /// The bytes of all fields together, without separators or quotes.
    public var byteCount: Int { utf8.count }

    /// The fields in order, as text (made anew on every call: bind it once, or read one field with `subscript(field:)`).
    public var fields: [String] { (0..<fieldCount).map { self[field: $0] } }

    /// The field at a 0-based position, as text.
    public subscript(field index: Int) -> String {
        withFields { String(decoding: $0[index], as: UTF8.self) }
    }

    /// The record cut or padded with empty fields to `count` fields.
    public func resized(to count: Int) -> CSVRecord {
        guard count != fieldCount else { return self }
        let kept = fieldEnds.prefix(count)
        let end = Int(kept.last ?? 0)
        return CSVRecord(utf8: Array(utf8[..<end]),
                         fieldEnds: Array(kept) + Array(repeating: UInt32(end), count: max(0, count - fieldCount)), line: line)
    }

    /// Calls `body` with the fields' bytes in place.
    public func withFields<Value, Failure: Error>(_ body: (Fields) throws(Failure) -> Value) throws(Failure) -> Value {
        try utf8.withUnsafeBufferPointer { (utf8) throws(Failure) in
            try fieldEnds.withUnsafeBufferPointer { (ends) throws(Failure) in try body(Fields(utf8: utf8, ends: ends)) }
        }
    }

    /// A record's fields as UTF-8 bytes, valid only inside ``CSVRecord/withFields(_:)``.
    public struct Fields: RandomAccessCollection {
        fileprivate let utf8: UnsafeBufferPointer<UInt8>
        fileprivate let ends: UnsafeBufferPointer<UInt32>

        /// The first position, 0.
        public var startIndex: Int { 0 }
        /// The number of fields.
        public var endIndex: Int { ends.count }

        /// The bytes of the field at a 0-based position.
        public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            // Checked in release builds too: an unsafe buffer's own subscript is not.
            precondition(index >= 0 && index < ends.count, "field \(index) of a record with \(ends.count) fields")
            let start = index == 0 ? 0 : Int(ends[index - 1])
            return UnsafeBufferPointer(rebasing: utf8[start..<Int(ends[index])])
        }
    }
}
