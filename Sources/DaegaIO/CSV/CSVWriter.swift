import DaegaEngine
import Foundation

/// Writes CSV records to a sink: fields quoted only when needed, CRLF line ends as Excel writes them,
/// UTF-8 with a byte order mark or CP949.
///
/// A field is quoted when it holds a comma, quote, CR or LF, or starts or ends with white space; quotes
/// inside are doubled. An empty record is written as an empty line, which reads back as one empty field.
/// Error locations give the line where the record starts and the 1-based field number as the column.
public struct CSVWriter {
    /// The encoding written.
    public let encoding: CSVOutputEncoding
    /// Whether text cells are passed through ``FormulaNeutralization/neutralized(_:)``.
    public let neutralizesFormulas: Bool
    private let sink: any ByteSink
    private var recordNumber = 0
    private var line = 1

    /// Starts a CSV output, writing the byte order mark when the encoding has one.
    /// - Parameters:
    ///   - sink: where the bytes go.
    ///   - encoding: UTF-8 with a byte order mark (default), UTF-8, or CP949.
    ///   - neutralizesFormulas: whether text cells that look like formulas get a leading `'` (default on).
    /// - Throws: `outputFailed` when the sink cannot be written.
    public init(sink: any ByteSink, encoding: CSVOutputEncoding = .utf8WithBOM,
                neutralizesFormulas: Bool = true) throws(DaegaError) {
        self.sink = sink
        self.encoding = encoding
        self.neutralizesFormulas = neutralizesFormulas
        if encoding == .utf8WithBOM { try sink.write([0xEF, 0xBB, 0xBF]) }
    }

    /// Writes one record, ended by CRLF; nothing of it is written when one of its cells fails.
    /// - Parameter record: the cells in order.
    /// - Throws: `invalidEncoding` for a character CP949 cannot hold, `outputFailed` for a NUL character
    ///   or when the sink cannot be written.
    public mutating func write(_ record: [CSVCell]) throws(DaegaError) {
        recordNumber += 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        var linesInFields = 0
        for (index, cell) in record.enumerated() {
            if index > 0 { bytes.append(.comma) }
            let text = switch cell {
            case let .text(text): neutralizesFormulas ? FormulaNeutralization.neutralized(text) : text
            case let .number(number): number.description
            }
            let scan = FieldScan(text)
            if scan.hasNUL {
                throw cellError(.outputFailed, index + 1, "NUL 문자(U+0000)는 CSV에 쓸 수 없습니다", expected: "NUL이 없는 텍스트")
            }
            linesInFields += scan.lineBreaks
            if encoding == .cp949 && !scan.isASCII {
                append(try cp949Encoded(text, fieldNumber: index + 1), quoted: scan.needsQuotes, to: &bytes)
            } else {
                append(text.utf8, quoted: scan.needsQuotes, to: &bytes)
            }
        }
        bytes.append(contentsOf: [.carriageReturn, .lineFeed])
        try sink.write(bytes)
        line += linesInFields + 1
    }

    /// What one pass over a field's bytes tells the writer.
    private struct FieldScan {
        var needsQuotes = false, hasNUL = false, isASCII = true
        /// CR, LF and CRLF each end one line.
        var lineBreaks = 0

        init(_ text: String) {
            var previousWasCR = false
            for byte in text.utf8 {
                switch byte {
                case 0: hasNUL = true
                case .comma, .quotationMark: needsQuotes = true
                case .carriageReturn: needsQuotes = true; lineBreaks += 1
                case .lineFeed: needsQuotes = true; if !previousWasCR { lineBreaks += 1 }
                default: if byte >= 0x80 { isASCII = false }
                }
                previousWasCR = byte == .carriageReturn
            }
            if text.unicodeScalars.first?.isWhiteSpace == true || text.unicodeScalars.last?.isWhiteSpace == true {
                needsQuotes = true
            }
        }
    }

    private func append(_ field: some Sequence<UInt8>, quoted: Bool, to bytes: inout [UInt8]) {
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
    /// - Throws: `invalidEncoding` naming the first character CP949 cannot hold.
    private func cp949Encoded(_ text: String, fieldNumber: Int) throws(DaegaError) -> [UInt8] {
        if let bytes = Self.cp949Bytes(text) { return bytes }
        let character = text.first { Self.cp949Bytes(String($0)) == nil } ?? text.first!
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        throw cellError(.invalidEncoding, fieldNumber,
                        "문자 '\(character)'(\(codes.joined(separator: " ")))는 CP949로 쓸 수 없습니다",
                        expected: "CP949에 있는 문자, 또는 UTF-8 출력")
    }

    /// CP949 bytes that decode back to exactly `text`; Foundation drops some characters (such as U+FEFF)
    /// instead of failing, so the round trip is checked.
    private static func cp949Bytes(_ text: String) -> [UInt8]? {
        guard let data = text.data(using: TextEncoding.foundationCP949),
              String(data: data, encoding: TextEncoding.foundationCP949) == text else { return nil }
        return Array(data)
    }

    private func cellError(_ code: ErrorCode, _ fieldNumber: Int, _ message: String, expected: String) -> DaegaError {
        DaegaError(code, at: .file(path: sink.path, line: line, column: fieldNumber),
                   "\(recordNumber)번째 행 \(fieldNumber)번째 열: \(message)", expected: expected)
    }
}
