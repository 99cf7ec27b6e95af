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
    /// Whether text cells are passed through ``FormulaNeutralization/neutralized(_:)``.
    public let neutralizesFormulas: Bool

    /// Creates an encoder.
    public init(encoding: CSVOutputEncoding, neutralizesFormulas: Bool = true) {
        self.encoding = encoding
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// Encodes one record; nothing is produced when one of its cells cannot be written.
    /// - Throws: `CellFailure` for a NUL character, or a character CP949 cannot hold.
    public func encode(_ record: [CSVCell]) throws(CellFailure) -> Encoded {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        var lineBreaks = 0
        for (index, cell) in record.enumerated() {
            if index > 0 { bytes.append(.comma) }
            switch cell {
            case let .number(number):
                // Digits, a point and a sign: never quoted, never neutralised, the same in both encodings.
                number.normalized.appendFixedText(to: &bytes)
            case let .text(text):
                var text = neutralizesFormulas ? FormulaNeutralization.neutralized(text) : text
                // `withUTF8` rethrows untyped errors, so the failure comes out as a value.
                let written = text.withUTF8 { utf8 in Result { () throws(CellFailure) -> Int in
                    let scan = FieldScan(utf8)
                    if scan.hasNUL {
                        throw CellFailure(code: .outputFailed, fieldNumber: index + 1, message: "NUL 문자(U+0000)는 CSV에 쓸 수 없습니다",
                                          expected: "NUL이 없는 텍스트")
                    }
                    if encoding == .cp949 && !scan.isASCII {
                        append(try cp949Encoded(String(decoding: utf8, as: UTF8.self), fieldNumber: index + 1), quoted: scan.needsQuotes,
                               to: &bytes)
                    } else {
                        append(utf8, quoted: scan.needsQuotes, to: &bytes)
                    }
                    return scan.lineBreaks
                } }
                lineBreaks += try written.get()
            }
        }
        bytes.append(contentsOf: [.carriageReturn, .lineFeed])
        return Encoded(bytes: bytes, lineBreaksInFields: lineBreaks)
    }

    /// What one pass over a field's bytes tells the encoder.
    private struct FieldScan {
        var needsQuotes = false, hasNUL = false, isASCII = true
        /// CR, LF and CRLF each end one line.
        var lineBreaks = 0

        init(_ utf8: UnsafeBufferPointer<UInt8>) {
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
            if CSVRecordEncoder.hasWhiteSpaceAtEdge(utf8) { needsQuotes = true }
        }
    }

    /// Whether the text starts or ends with white space (read from the bytes when both ends are ASCII).
    private static func hasWhiteSpaceAtEdge(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first < 0x80 && last < 0x80 { return Unicode.Scalar(first).isWhiteSpace || Unicode.Scalar(last).isWhiteSpace }
        let scalars = String(decoding: utf8, as: UTF8.self).unicodeScalars
        return scalars.first!.isWhiteSpace || scalars.last!.isWhiteSpace
    }

    private func append(_ field: some Collection<UInt8>, quoted: Bool, to bytes: inout [UInt8]) {
        guard quoted else {
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(.quotationMark)
        for byte in field {
            // 0x22 is never the second byte of a CP949 character, so doubling bytes is safe in both encodings.
            if byte == .quotationMark { bytes.append(.quotationMark) }
            bytes.append(byte)
        }
        bytes.append(.quotationMark)
    }

    /// The field's bytes in CP949.
    /// - Throws: `CellFailure` naming the first character CP949 cannot hold.
    private func cp949Encoded(_ text: String, fieldNumber: Int) throws(CellFailure) -> [UInt8] {
        if let bytes = Self.cp949Bytes(text) { return bytes }
        let character = text.first { Self.cp949Bytes(String($0)) == nil } ?? text.first!
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        throw CellFailure(code: .invalidEncoding, fieldNumber: fieldNumber,
                          message: "문자 '\(character)'(\(codes.joined(separator: " ")))는 CP949로 쓸 수 없습니다",
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
