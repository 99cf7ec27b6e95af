import DaegaEngine
import Foundation

/// Turns one record's cells into CSV bytes, with no sink and no state, so worker threads can encode rows while
/// another thread writes them in order (``CSVWriter`` writes what it produces).
///
/// A field is quoted when it holds a comma, quote, CR or LF, or starts or ends with white space; quotes inside are
/// doubled; the record ends with CRLF.
public struct CSVRecordEncoder: Sendable {
    /// A record in bytes, with the number of line breaks inside its fields (a record spans that many extra lines).
    public struct Encoded: Sendable {
        /// The record's bytes, CRLF included.
        public var bytes: [UInt8]
        /// Line breaks inside quoted fields.
        public var lineBreaksInFields: Int
    }

    /// A cell that cannot be written, by its 1-based field number.
    public struct CellFailure: Error, Sendable {
        /// The error's code.
        public var code: ErrorCode
        /// The 1-based field number.
        public var fieldNumber: Int
        /// What was wrong.
        public var message: String
        /// What is accepted instead.
        public var expected: String
    }

    /// The encoding written.
    public let encoding: CSVOutputEncoding
    /// Whether text cells that start like a formula get the leading `'` of ``FormulaNeutralization/neutralized(_:)``.
    public let neutralizesFormulas: Bool
    /// Whether a character CP949 cannot hold is written as `?` (after NFC composition) instead of failing the record.
    public let substitutesUnencodable: Bool

    /// Creates an encoder.
    /// - Parameters:
    ///   - encoding: the bytes written.
    ///   - neutralizesFormulas: whether formula-like text cells get a leading `'`.
    ///   - substitutesUnencodable: whether characters CP949 cannot hold become `?` rather than an error.
    public init(encoding: CSVOutputEncoding, neutralizesFormulas: Bool = true, substitutesUnencodable: Bool = false) {
        self.encoding = encoding
        self.neutralizesFormulas = neutralizesFormulas
        self.substitutesUnencodable = substitutesUnencodable
    }

    /// This encoder, writing `?` for each character CP949 cannot hold: for a record reported as failed instead.
    public var substituting: CSVRecordEncoder {
        CSVRecordEncoder(encoding: encoding, neutralizesFormulas: neutralizesFormulas, substitutesUnencodable: true)
    }

    /// Encodes one record; nothing is produced when one of its cells cannot be written.
    /// - Throws: `CellFailure` for a NUL character, or a character CP949 cannot hold.
    public func encode(_ record: [CSVCell]) throws(CellFailure) -> Encoded {
        try encode(CSVRecord(fields: [], line: 0), then: record)
    }

    /// Encodes one record made of the fields of `texts` followed by `cells`, as `encode(_:)` would encode
    /// `texts.fields.map(CSVCell.text) + cells`, reading the text fields' bytes in place.
    ///
    /// The cells are written into scratch space sized for the worst case (every byte a doubled quote), then the
    /// record is copied out at its exact length: one allocation per record.
    /// - Throws: `CellFailure` for a NUL character, or a character CP949 cannot hold.
    public func encode(_ texts: CSVRecord, then cells: [CSVCell]) throws(CellFailure) -> Encoded {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound(texts, then: cells)) { scratch in
            Result { () throws(CellFailure) in
                let (length, lineBreaks) = try encode(texts, then: cells, into: scratch.baseAddress!)
                return Encoded(bytes: Array(UnsafeBufferPointer(start: scratch.baseAddress!, count: length)), lineBreaksInFields: lineBreaks)
            }
        }.get()
    }

    /// Encodes one record as ``encode(_:then:)`` does and appends its bytes to `bytes` (a block of records written at
    /// once); nothing is appended when a cell cannot be written.
    /// - Returns: the line breaks inside the record's quoted fields.
    /// - Throws: `CellFailure` for a NUL character, or a character CP949 cannot hold.
    func encode(_ texts: CSVRecord, then cells: [CSVCell], appendingTo bytes: inout [UInt8]) throws(CellFailure) -> Int {
        let start = bytes.count, bound = bound(texts, then: cells)
        if bytes.capacity < start + bound { bytes.reserveCapacity(max(start + bound, 2 * bytes.capacity)) }
        bytes.append(contentsOf: repeatElement(0, count: bound))
        let written = bytes.withUnsafeMutableBufferPointer { buffer in
            Result { () throws(CellFailure) in try encode(texts, then: cells, into: buffer.baseAddress! + start) }
        }
        switch written {
        case let .success((length, lineBreaks)):
            bytes.removeLast(bound - length)
            return lineBreaks
        case let .failure(cell):
            bytes.removeLast(bound)
            throw cell
        }
    }

    /// The most bytes a record of `texts` and `cells` can take: commas, CRLF, and per text cell two quotes, a `'` and
    /// its bytes twice (every byte a doubled quote); CP949 after NFC composition (at most three times the UTF-8 bytes)
    /// four times.
    private func bound(_ texts: CSVRecord, then cells: [CSVCell]) -> Int {
        let factor = encoding == .cp949 ? 4 : 2
        var bound = texts.fieldCount + cells.count + 2 + factor * texts.byteCount + 3 * texts.fieldCount
        for cell in cells {
            switch cell {
            case .number: bound += ExactDecimal.longestFixedText
            case let .text(text): bound += factor * text.utf8.count + 3
            }
        }
        return bound
    }

    /// ``encode(_:then:)`` into space at `start` that the record cannot overflow (``bound(_:then:)`` bytes).
    /// - Returns: the record's length and the line breaks inside its quoted fields.
    private func encode(_ texts: CSVRecord, then cells: [CSVCell],
                        into start: UnsafeMutablePointer<UInt8>) throws(CellFailure) -> (length: Int, lineBreaks: Int) {
        var end = 0, lineBreaks = 0
        try texts.withFields { (fields) throws(CellFailure) in
            for index in fields.indices {
                if index > 0 {
                    start[end] = .comma
                    end += 1
                }
                end += try write(fields[index], fieldNumber: index + 1, to: start + end, lineBreaks: &lineBreaks)
            }
        }
        for index in cells.indices {
            if index > 0 || texts.fieldCount > 0 {
                start[end] = .comma
                end += 1
            }
            switch cells[index] {
            case let .number(number):
                // Digits, a point and a sign: never quoted, never neutralised, the same in both encodings.
                end += number.normalized.writeFixedText(to: start + end)
            case let .text(text):
                // `withUTF8Buffer` rethrows untyped errors, so the failure comes out as a value.
                end += try text.withUTF8Buffer { utf8 in
                    Result { () throws(CellFailure) in
                        try write(utf8, fieldNumber: texts.fieldCount + index + 1, to: start + end, lineBreaks: &lineBreaks)
                    }
                }.get()
            }
        }
        start[end] = .carriageReturn
        start[end + 1] = .lineFeed
        return (end + 2, lineBreaks)
    }

    /// Writes a text cell at `start`: neutralised, quoted where needed and in the output encoding.
    /// - Returns: the bytes written.
    @inline(__always)
    private func write(_ utf8: UnsafeBufferPointer<UInt8>, fieldNumber: Int, to start: UnsafeMutablePointer<UInt8>,
                       lineBreaks: inout Int) throws(CellFailure) -> Int {
        guard let base = utf8.baseAddress, let first = utf8.first, let last = utf8.last else { return 0 }
        // Most cells hold no byte below 0x2D (NUL, quote, comma, line break, space, tab), start with no formula
        // trigger and have no white space at either edge: copied as they are. A visible ASCII character at an edge is
        // never white space; a Hangul or other character there is looked at.
        let visibleEdges = first &- 0x21 < 0x5E && last &- 0x21 < 0x5E
        if !Self.holdsByteBelow0x2D(utf8), encoding != .cp949 || Self.isASCII(utf8),
           first &- 0x21 < 0x5E ? !(neutralizesFormulas && Self.mayStartFormula(first) && FormulaNeutralization.startsFormula(utf8))
                                : first != 0xEF,
           visibleEdges || utf8.withoutWhiteSpaceEdges == 0..<utf8.count {
            Self.copy(base, count: utf8.count, to: start)
            return utf8.count
        }
        return try writeCarefully(utf8, fieldNumber: fieldNumber, to: start, lineBreaks: &lineBreaks)
    }

    /// Whether a cell whose first byte is a visible ASCII character `first` may start a formula: `=`, `+`, `-`, `@`,
    /// `|` or the `D` of `DDE(`; ``FormulaNeutralization/startsFormula(_:)`` decides.
    @inline(__always)
    private static func mayStartFormula(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "|"), UInt8(ascii: "D"),
             UInt8(ascii: "d"): true
        default: false
        }
    }

    /// Copies `count` bytes, a short cell in at most two overlapping word moves rather than a call.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch count {
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 0..<4:
            for index in 0..<count { target[index] = source[index] }
        default:
            target.update(from: source, count: count)
        }
    }

    /// Whether any byte is below 0x2D.
    @inline(__always)
    private static func holdsByteBelow0x2D(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        firstByteBelow0x2D(utf8, from: 0) < utf8.count
    }

    /// The position of the first byte below 0x2D from `start` (NUL, quote, comma, line break, space, tab…), or the
    /// count, eight bytes at a time.
    @inline(__always)
    private static func firstByteBelow0x2D(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let raw = UnsafeRawPointer(utf8.baseAddress!), count = utf8.count
        var offset = start
        while offset + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            // A byte below 0x2D (and below 0x80) borrows into its top bit; the lowest such byte is found exactly.
            let low = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
            if low != 0 { return offset + low.trailingZeroBitCount >> 3 }
            offset += 8
        }
        while offset < count && utf8[offset] >= 0x2D { offset += 1 }
        return offset
    }

    /// Whether every byte is ASCII.
    private static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.allSatisfy { $0 < 0x80 }
    }

    /// ``write(_:fieldNumber:to:lineBreaks:)`` for a cell that may need quotes, a `'` or converting.
    private func writeCarefully(_ utf8: UnsafeBufferPointer<UInt8>, fieldNumber: Int, to start: UnsafeMutablePointer<UInt8>,
                                lineBreaks: inout Int) throws(CellFailure) -> Int {
        let prefixed = neutralizesFormulas && FormulaNeutralization.startsFormula(utf8)
        var quoted = false, hasQuotes = false, lastCR = -2
        var offset = Self.firstByteBelow0x2D(utf8, from: 0)
        while offset < utf8.count {
            switch utf8[offset] {
            case 0:
                throw CellFailure(code: .outputFailed, fieldNumber: fieldNumber, message: "NUL 문자(U+0000)는 CSV에 쓸 수 없습니다",
                                  expected: "NUL이 없는 텍스트")
            case .comma: quoted = true
            case .quotationMark: quoted = true; hasQuotes = true
            case .carriageReturn: quoted = true; lineBreaks += 1; lastCR = offset
            case .lineFeed: quoted = true; if lastCR != offset - 1 { lineBreaks += 1 }
            default: break
            }
            offset = Self.firstByteBelow0x2D(utf8, from: offset + 1)
        }
        // White space at either edge is kept only inside quotes; a `'` before the cell makes its start no edge. Text
        // that is all white space has it at both.
        let kept = utf8.withoutWhiteSpaceEdges
        if (kept.lowerBound > 0 && !prefixed) || kept.upperBound < utf8.count || kept.isEmpty { quoted = true }
        if encoding == .cp949 && !Self.isASCII(utf8) {
            let bytes = try cp949Encoded(String(decoding: utf8, as: UTF8.self), fieldNumber: fieldNumber)
            precondition(bytes.count <= 3 * utf8.count, "CP949 took more than three bytes per UTF-8 byte")
            return bytes.withUnsafeBufferPointer { Self.write($0, prefixed: prefixed, quoted: quoted, doublingQuotes: hasQuotes, to: start) }
        }
        return Self.write(utf8, prefixed: prefixed, quoted: quoted, doublingQuotes: hasQuotes, to: start)
    }

    /// Writes a field at `start`, after a `'` when `prefixed`, in quotes when `quoted`.
    /// - Returns: the bytes written.
    private static func write(_ field: UnsafeBufferPointer<UInt8>, prefixed: Bool, quoted: Bool, doublingQuotes: Bool,
                              to start: UnsafeMutablePointer<UInt8>) -> Int {
        var end = 0
        if quoted {
            start[end] = .quotationMark
            end += 1
        }
        if prefixed {
            start[end] = UInt8(ascii: "'")
            end += 1
        }
        if doublingQuotes {
            for byte in field {
                // 0x22 is never the second byte of a CP949 character, so doubling bytes is safe in both encodings.
                if byte == .quotationMark {
                    start[end] = .quotationMark
                    end += 1
                }
                start[end] = byte
                end += 1
            }
        } else if let base = field.baseAddress {
            (start + end).update(from: base, count: field.count)
            end += field.count
        }
        if quoted {
            start[end] = .quotationMark
            end += 1
        }
        return end
    }

    /// The field's bytes in CP949 (with `?` for each character it cannot hold, when substituting).
    /// - Throws: `CellFailure` naming the first character CP949 cannot hold by its code points only (the character
    ///   itself could not be written into a CP949 error report either).
    private func cp949Encoded(_ text: String, fieldNumber: Int) throws(CellFailure) -> [UInt8] {
        if let bytes = Self.cp949Bytes(text) { return bytes }
        if substitutesUnencodable {
            return text.precomposedStringWithCanonicalMapping.flatMap { Self.cp949Bytes(String($0)) ?? [UInt8(ascii: "?")] }
        }
        let character = text.first { Self.cp949Bytes(String($0)) == nil } ?? text.first!
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        throw CellFailure(code: .invalidEncoding, fieldNumber: fieldNumber,
                          message: "문자 \(codes.joined(separator: " "))는 CP949로 쓸 수 없습니다",
                          expected: "CP949에 있는 문자, 또는 UTF-8 출력")
    }

    /// CP949 bytes that decode back to exactly `text`; Foundation drops some characters (such as U+FEFF)
    /// instead of failing, so the round trip is checked.
    private static func cp949Bytes(_ text: String) -> [UInt8]? {
        guard let data = text.data(using: TextEncoding.foundationCP949),
              String(data: data, encoding: TextEncoding.foundationCP949) == text else { return nil }
        return Array(data)
    }
}
