import DaegaEngine

/// A strict RFC 4180 state machine over UTF-8 bytes, fed chunk by chunk; it stops at the first error.
///
/// Records end at CR, LF or CRLF; fields are split by the delimiter (a comma, or `;` or tab as
/// ``CSVDelimiter`` detects); a field that starts with a quote runs to
/// the matching quote, with `""` standing for one quote and line breaks kept exactly. Syntax errors are
/// placed at a line and character column (Unicode scalars, 1-based).
struct CSVParser {
    private enum State {
        /// Before the first byte of a record (a LF here may finish the CRLF that ended the last one).
        case recordStart
        /// Before the first byte of a field.
        case fieldStart
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: either half of `""` or the closing quote.
        case quotedAfterQuote
    }

    let path: String
    let limits: CSVReaderLimits
    /// The byte between fields.
    let delimiter: UInt8
    /// The largest byte that can end a run of field bytes: a quote, a line break, NUL or the delimiter are all at most this.
    private let largestSpecial: UInt8
    /// Where the next byte goes.
    private(set) var position = TextPositionTracker()
    /// The first error; once set, nothing more is parsed.
    private(set) var failure: DaegaError?
    /// Whether `failure` is set (a plain flag, checked once per byte run).
    private var stopped = false
    private var state = State.recordStart
    /// The current record's fields so far, one after another (the last one may be unfinished).
    private var recordUTF8: [UInt8] = []
    /// Where each finished field of the current record ends in `recordUTF8`.
    private var fieldEnds: [UInt32] = []
    private var recordLine = 1
    private var fieldStart = TextPositionTracker()

    /// A parser for one file.
    /// - Parameters:
    ///   - path: the file name used in error locations.
    ///   - limits: the largest field and record accepted.
    ///   - delimiter: the byte between fields (a comma by default).
    ///   - firstLine: the line the text starts on (2 after a `sep=` line the reader consumed).
    init(path: String, limits: CSVReaderLimits, delimiter: UInt8 = .comma, firstLine: Int = 1) {
        self.path = path
        self.delimiter = delimiter
        largestSpecial = max(delimiter, .quotationMark)
        position = TextPositionTracker(line: firstLine)
        var limits = limits
        limits.maximumRecordBytes = min(limits.maximumRecordBytes, CSVReaderLimits.largestRecordBytes)
        self.limits = limits
    }

    /// Parses the next piece of UTF-8 text, appending every record it completes.
    mutating func parse(_ bytes: [UInt8], into records: inout [CSVRecord]) {
        bytes.withUnsafeBufferPointer { parse($0, into: &records) }
    }

    /// Ends the input: completes a last record without a final line break, or fails on an open quote.
    mutating func finish(into records: inout [CSVRecord]) {
        guard !stopped else { return }
        switch state {
        case .recordStart:
            break
        case .fieldStart, .unquoted, .quotedAfterQuote:
            endField()
            endRecord(into: &records)
        case .quoted:
            fail(at: fieldStart, "따옴표가 닫히지 않은 채 파일이 끝났습니다 (이 위치에서 연 따옴표)",
                 expected: "닫는 따옴표(\")")
        }
    }

    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, into records: inout [CSVRecord]) {
        var index = 0
        while index < buffer.count && !stopped {
            let byte = buffer[index]
            switch state {
            case .recordStart:
                if byte == .lineFeed && position.previousWasCR {
                    position.advance(over: byte)
                    index += 1
                    continue
                }
                recordLine = position.line
                state = .fieldStart
                continue
            case .fieldStart:
                fieldStart = position
                state = byte == .quotationMark ? .quoted : .unquoted
                if byte == .quotationMark {
                    position.advance(over: byte)
                    index += 1
                }
                continue
            case .unquoted, .quoted:
                let quoted = state == .quoted
                let end = scanData(buffer, from: index, delimiterIsData: quoted)
                if end > index {
                    appendToField(UnsafeBufferPointer(rebasing: buffer[index..<end]))
                    index = end
                    continue
                }
                delimiter(byte, inQuotedField: quoted, into: &records)
            case .quotedAfterQuote:
                afterQuote(byte, into: &records)
            }
            if !stopped {
                position.advance(over: byte)
                index += 1
            }
        }
    }

    /// The end of the run of ordinary bytes starting at `start`, moving the column past it.
    private mutating func scanData(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, delimiterIsData: Bool) -> Int {
        var index = start
        var characters = 0
        while index < buffer.count {
            let byte = buffer[index]
            if byte <= largestSpecial && (byte == .quotationMark || byte == .carriageReturn || byte == .lineFeed
                                          || byte == .nul || (byte == delimiter && !delimiterIsData)) {
                break
            }
            if !byte.isUTF8Continuation { characters += 1 }
            index += 1
        }
        if index > start {
            position.column += characters
            position.previousWasCR = false
        }
        return index
    }

    /// Handles a quote, delimiter, line break or NUL met inside a field.
    private mutating func delimiter(_ byte: UInt8, inQuotedField quoted: Bool, into records: inout [CSVRecord]) {
        switch byte {
        case .nul:
            fail(at: position, "NUL 바이트(0x00)가 있습니다: 텍스트 CSV 파일이 아닌 것 같습니다", expected: "텍스트 CSV 파일")
        case .quotationMark where quoted:
            state = .quotedAfterQuote
        case .quotationMark:
            fail(at: position, "따옴표로 시작하지 않은 필드 안에 따옴표(\")가 있습니다",
                 expected: "필드 전체를 따옴표로 감싸고 안의 따옴표는 \"\"처럼 두 번 쓰기")
        case .carriageReturn where quoted, .lineFeed where quoted:
            appendToField(byte)
        default:
            endFieldOrRecord(byte, into: &records)
        }
    }

    /// Handles the byte after a quote inside a quoted field.
    private mutating func afterQuote(_ byte: UInt8, into records: inout [CSVRecord]) {
        switch byte {
        case .quotationMark:
            appendToField(byte)
            state = .quoted
        case delimiter, .carriageReturn, .lineFeed:
            endFieldOrRecord(byte, into: &records)
        default:
            let shown = (0x21...0x7E).contains(byte) ? " '\(Character(Unicode.Scalar(byte)))'" : ""
            fail(at: position, "닫는 따옴표 뒤에 글자\(shown)가 있습니다",
                 expected: "닫는 따옴표 뒤에는 쉼표나 줄바꿈; 따옴표를 글자로 쓰려면 \"\"")
        }
    }

    /// Ends the field at the delimiter, or the field and the record at a line break.
    private mutating func endFieldOrRecord(_ byte: UInt8, into records: inout [CSVRecord]) {
        endField()
        if byte != delimiter {
            endRecord(into: &records)
            return
        }
        state = .fieldStart
        if fieldEnds.count >= limits.maximumFieldCount {
            var next = position
            next.column += 1
            fail(at: next, "레코드의 필드가 한도 \(limits.maximumFieldCount)개를 넘습니다",
                 expected: "\(limits.maximumFieldCount)개 이하의 필드")
        }
    }

    private mutating func appendToField(_ bytes: UnsafeBufferPointer<UInt8>) {
        recordUTF8.append(contentsOf: bytes)
        checkLimits()
    }

    private mutating func appendToField(_ byte: UInt8) {
        recordUTF8.append(byte)
        checkLimits()
    }

    /// The current field's length in bytes.
    private var fieldLength: Int { recordUTF8.count - Int(fieldEnds.last ?? 0) }

    /// Fails when the field or the record has grown past its limit. A run of bytes appended at once can cross
    /// both; the error is the limit a byte-by-byte reading crosses first (the field's on a tie), so where the
    /// chunks happen to split never changes which error is reported.
    private mutating func checkLimits() {
        let fieldExcess = fieldLength - limits.maximumFieldBytes
        let recordExcess = recordUTF8.count - limits.maximumRecordBytes
        if fieldExcess > 0 && fieldExcess >= recordExcess {
            fail(at: fieldStart, "\(fieldEnds.count + 1)번째 필드가 한도 \(limits.maximumFieldBytes)바이트를 넘습니다",
                 expected: "\(limits.maximumFieldBytes)바이트 이하의 필드")
        } else if recordExcess > 0 {
            fail(at: TextPositionTracker(line: recordLine), "레코드가 한도 \(limits.maximumRecordBytes)바이트를 넘습니다",
                 expected: "\(limits.maximumRecordBytes)바이트 이하의 레코드")
        }
    }

    private mutating func endField() {
        fieldEnds.append(UInt32(recordUTF8.count))
    }

    /// Hands out the record as exact-size copies, keeping the buffers' capacity for the next one.
    private mutating func endRecord(into records: inout [CSVRecord]) {
        records.append(CSVRecord(utf8: Array(recordUTF8), fieldEnds: Array(fieldEnds), line: recordLine))
        recordUTF8.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        state = .recordStart
    }

    private mutating func fail(at place: TextPositionTracker, _ message: String, expected: String) {
        stopped = true
        failure = DaegaError(.csvSyntax, at: .file(path: path, line: place.line, column: place.column),
                             message, expected: expected)
    }
}
