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
    /// - Throws: `CellFailure` for a NUL character, or a character CP949 cannot hold.
    public func encode(_ texts: CSVRecord, then cells: [CSVCell]) throws(CellFailure) -> Encoded {
        var record = Encoded(bytes: [], lineBreaksInFields: 0)
        record.bytes.reserveCapacity(256)
        try texts.withFields { (fields) throws(CellFailure) in
            for index in fields.indices {
                if index > 0 { record.bytes.append(.comma) }
                try append(utf8: fields[index], fieldNumber: index + 1, to: &record)
            }
        }
        for index in cells.indices {
            if index > 0 || texts.fieldCount > 0 { record.bytes.append(.comma) }
            switch cells[index] {
            case let .number(number):
                // Digits, a point and a sign: never quoted, never neutralised, the same in both encodings.
                number.normalized.appendFixedText(to: &record.bytes)
            case let .text(text):
                // `withUTF8Buffer` rethrows untyped errors, so the failure comes out as a value.
                try text.withUTF8Buffer { utf8 in
                    Result { () throws(CellFailure) in try append(utf8: utf8, fieldNumber: texts.fieldCount + index + 1, to: &record) }
                }.get()
            }
        }
        record.bytes.append(contentsOf: [.carriageReturn, .lineFeed])
        return record
    }

    /// Appends a text field: neutralised, quoted where needed and in the output encoding.
    private func append(utf8: UnsafeBufferPointer<UInt8>, fieldNumber: Int, to record: inout Encoded) throws(CellFailure) {
        let prefixed = neutralizesFormulas && FormulaNeutralization.startsFormula(utf8)
        let scan = FieldScan(utf8, prefixed: prefixed)
        if scan.hasNUL {
            throw CellFailure(code: .outputFailed, fieldNumber: fieldNumber, message: "NUL 문자(U+0000)는 CSV에 쓸 수 없습니다",
                              expected: "NUL이 없는 텍스트")
        }
        if encoding == .cp949 && !scan.isASCII {
            append(try cp949Encoded(String(decoding: utf8, as: UTF8.self), fieldNumber: fieldNumber), prefixed: prefixed,
                   quoted: scan.needsQuotes, to: &record.bytes)
        } else {
            append(utf8, prefixed: prefixed, quoted: scan.needsQuotes, to: &record.bytes)
        }
        record.lineBreaksInFields += scan.lineBreaks
    }

    /// What one pass over a field's bytes tells the encoder.
    private struct FieldScan {
        var needsQuotes = false, hasNUL = false, isASCII = true
        /// CR, LF and CRLF each end one line.
        var lineBreaks = 0

        /// Scans a field; `prefixed` says a `'` will be written before it, so its start is not an edge.
        init(_ utf8: UnsafeBufferPointer<UInt8>, prefixed: Bool) {
            // Bytes 0x2D…0x7E hold no NUL, quote, comma, line break or white space and are ASCII: most cells (ids,
            // numbers, codes) are made of them alone and need nothing more.
            if utf8.allSatisfy({ $0 &- 0x2D < 0x7F - 0x2D }) { return }
            var previousWasCR = false
            for byte in utf8 {
                switch byte {
                case 0: hasNUL = true
                case .comma, .quotationMark: needsQuotes = true
                case .carriageReturn: needsQuotes = true; lineBreaks += 1
                case .lineFeed: needsQuotes = true; if !previousWasCR { lineBreaks += 1 }
                default: if byte >= 0x80 { isASCII = false }
                }
                previousWasCR = byte == .carriageReturn
            }
            // White space at either edge is kept only inside quotes. Text that is all white space has it at both.
            let kept = utf8.withoutWhiteSpaceEdges
            let startsWithWhiteSpace = kept.lowerBound > 0
            let endsWithWhiteSpace = kept.upperBound < utf8.count || (kept.isEmpty && !utf8.isEmpty)
            if (startsWithWhiteSpace && !prefixed) || endsWithWhiteSpace { needsQuotes = true }
        }
    }

    /// Appends a field, after a `'` when `prefixed`, in quotes when `quoted`.
    private func append(_ field: some Collection<UInt8>, prefixed: Bool, quoted: Bool, to bytes: inout [UInt8]) {
        if quoted { bytes.append(.quotationMark) }
        if prefixed { bytes.append(UInt8(ascii: "'")) }
        if quoted {
            for byte in field {
                // 0x22 is never the second byte of a CP949 character, so doubling bytes is safe in both encodings.
                if byte == .quotationMark { bytes.append(.quotationMark) }
                bytes.append(byte)
            }
            bytes.append(.quotationMark)
        } else {
            bytes.append(contentsOf: field)
        }
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
