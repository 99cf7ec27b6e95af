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
    /// Two passes: the first looks at every cell (quoting, formula prefix, NUL, CP949) and sums the record's length,
    /// the second writes the cells into the record's bytes, allocated once at that length.
    /// - Throws: `CellFailure` for a NUL character, or a character CP949 cannot hold.
    public func encode(_ texts: CSVRecord, then cells: [CSVCell]) throws(CellFailure) -> Encoded {
        try texts.withFields { fields in
            withUnsafeTemporaryAllocation(of: FieldPlan.self, capacity: fields.count + cells.count) { plans in
                Result { () throws(CellFailure) in try encode(fields, then: cells, plans: plans.baseAddress!) }
            }
        }.get()
    }

    /// ``encode(_:then:)`` with room for a plan per cell.
    private func encode(_ fields: CSVRecord.Fields, then cells: [CSVCell],
                        plans: UnsafeMutablePointer<FieldPlan>) throws(CellFailure) -> Encoded {
        // CP949 bytes of the non-ASCII text cells, when writing CP949.
        var converted: [UInt8] = []
        var lineBreaks = 0
        // The commas between the cells and the CRLF at the end.
        var length = max(0, fields.count + cells.count - 1) + 2
        for index in fields.indices {
            plans[index] = try plan(fields[index], fieldNumber: index + 1, converted: &converted, lineBreaks: &lineBreaks)
            length += plans[index].length
        }
        for index in cells.indices {
            switch cells[index] {
            case let .number(number):
                // Digits, a point and a sign: never quoted, never neutralised, the same in both encodings.
                length += number.normalized.fixedTextByteCount
            case let .text(text):
                // `withUTF8Buffer` rethrows untyped errors, so the failure comes out as a value.
                let planned = text.withUTF8Buffer { utf8 in
                    Result { () throws(CellFailure) in
                        try plan(utf8, fieldNumber: fields.count + index + 1, converted: &converted, lineBreaks: &lineBreaks)
                    }
                }
                plans[fields.count + index] = try planned.get()
                length += plans[fields.count + index].length
            }
        }
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            converted.withUnsafeBufferPointer { converted in
                let start = buffer.baseAddress!
                var end = 0
                for index in fields.indices {
                    if index > 0 {
                        start[end] = .comma
                        end += 1
                    }
                    end += plans[index].write(fields[index], converted: converted, to: start + end)
                }
                for index in cells.indices {
                    if index > 0 || !fields.isEmpty {
                        start[end] = .comma
                        end += 1
                    }
                    switch cells[index] {
                    case let .number(number):
                        end += number.normalized.writeFixedText(to: start + end)
                    case let .text(text):
                        end += text.withUTF8Buffer { plans[fields.count + index].write($0, converted: converted, to: start + end) }
                    }
                }
                start[end] = .carriageReturn
                start[end + 1] = .lineFeed
                initialized = end + 2
                precondition(initialized == length, "a record encoded to \(initialized) bytes, planned \(length)")
            }
        }
        return Encoded(bytes: bytes, lineBreaksInFields: lineBreaks)
    }

    /// How one text cell is written, decided by one look at its bytes.
    private struct FieldPlan {
        /// The bytes written for the cell: quotes, prefix and doubled quotes included.
        var length = 0
        var quoted = false
        /// Whether a `'` goes before the cell (``FormulaNeutralization``).
        var prefixed = false
        /// Whether the cell holds quotes, doubled when written.
        var hasQuotes = false
        /// Where the cell's CP949 bytes start in the converted bytes, or -1 when its own bytes are written.
        var convertedStart = -1
        var convertedCount = 0

        /// Writes the cell, whose UTF-8 bytes are `utf8`, at `start`.
        /// - Returns: ``length``.
        func write(_ utf8: UnsafeBufferPointer<UInt8>, converted: UnsafeBufferPointer<UInt8>,
                   to start: UnsafeMutablePointer<UInt8>) -> Int {
            let content = convertedStart < 0 ? utf8 : UnsafeBufferPointer(rebasing: converted[convertedStart..<convertedStart + convertedCount])
            var end = 0
            if quoted {
                start[end] = .quotationMark
                end += 1
            }
            if prefixed {
                start[end] = UInt8(ascii: "'")
                end += 1
            }
            if hasQuotes {
                for byte in content {
                    // 0x22 is never the second byte of a CP949 character, so doubling bytes is safe in both encodings.
                    if byte == .quotationMark {
                        start[end] = .quotationMark
                        end += 1
                    }
                    start[end] = byte
                    end += 1
                }
            } else if let base = content.baseAddress {
                (start + end).update(from: base, count: content.count)
                end += content.count
            }
            if quoted {
                start[end] = .quotationMark
                end += 1
            }
            return end
        }
    }

    /// Looks at a text cell: neutralised, quoted where needed and in the output encoding.
    /// - Parameters:
    ///   - converted: the CP949 bytes of earlier cells, to which this cell's are added when it needs converting.
    ///   - lineBreaks: the line breaks in earlier cells, to which this cell's are added.
    /// - Throws: `CellFailure` for a NUL character, or a character CP949 cannot hold.
    private func plan(_ utf8: UnsafeBufferPointer<UInt8>, fieldNumber: Int, converted: inout [UInt8],
                      lineBreaks: inout Int) throws(CellFailure) -> FieldPlan {
        var plan = FieldPlan()
        plan.prefixed = neutralizesFormulas && FormulaNeutralization.startsFormula(utf8)
        // One pass for the smallest and largest byte: bytes from 0x2D up hold no NUL, quote, comma or line break.
        var smallest: UInt8 = 0xFF, largest: UInt8 = 0
        for byte in utf8 {
            smallest = min(smallest, byte)
            largest = max(largest, byte)
        }
        var quotes = 0
        if smallest < 0x2D {
            var previousWasCR = false
            for byte in utf8 {
                switch byte {
                case 0:
                    throw CellFailure(code: .outputFailed, fieldNumber: fieldNumber, message: "NUL 문자(U+0000)는 CSV에 쓸 수 없습니다",
                                      expected: "NUL이 없는 텍스트")
                case .comma: plan.quoted = true
                case .quotationMark: plan.quoted = true; quotes += 1
                case .carriageReturn: plan.quoted = true; lineBreaks += 1
                case .lineFeed: plan.quoted = true; if !previousWasCR { lineBreaks += 1 }
                default: break
                }
                previousWasCR = byte == .carriageReturn
            }
        }
        if let first = utf8.first, let last = utf8.last, first &- 0x21 >= 0x5E || last &- 0x21 >= 0x5E {
            // White space at either edge is kept only inside quotes; a `'` before the cell makes its start no edge.
            // Text that is all white space has it at both.
            let kept = utf8.withoutWhiteSpaceEdges
            if (kept.lowerBound > 0 && !plan.prefixed) || kept.upperBound < utf8.count || kept.isEmpty { plan.quoted = true }
        }
        var contentCount = utf8.count
        if encoding == .cp949 && largest >= 0x80 {
            let bytes = try cp949Encoded(String(decoding: utf8, as: UTF8.self), fieldNumber: fieldNumber)
            plan.convertedStart = converted.count
            plan.convertedCount = bytes.count
            converted += bytes
            contentCount = bytes.count
        }
        plan.hasQuotes = quotes > 0
        plan.length = contentCount + (plan.quoted ? quotes + 2 : 0) + (plan.prefixed ? 1 : 0)
        return plan
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
