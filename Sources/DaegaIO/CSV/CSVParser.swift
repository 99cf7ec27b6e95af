import DaegaEngine
import Foundation

/// A strict RFC 4180 parser over UTF-8 bytes, fed chunk by chunk; it stops at the first error.
///
/// Records end at CR, LF or CRLF; fields are split by the delimiter (a comma, or `;` or tab as
/// ``CSVDelimiter`` detects); a field that starts with a quote runs to
/// the matching quote, with `""` standing for one quote and line breaks kept exactly. Syntax errors are
/// placed at a line and character column (Unicode scalars, 1-based).
///
/// The text of the record in progress is kept as written; a field is only where it starts and ends in it, so reading
/// a record is a scan for the bytes that end a run (delimiter, quote, line break, NUL) and two copies into the
/// record's one allocation. Character columns are counted only for an error, from the start of its line.
struct CSVParser: ~Copyable {
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
    /// The bytes below 64 that end a run of an unquoted field (bit `b` for byte `b`).
    private let unquotedStops: UInt64
    /// The delimiter when it is 64 or above (`sep=|`), which the bit set cannot hold; 0 otherwise.
    private let highDelimiter: UInt8
    /// The bytes that end a run of a quoted field: a quote, a line break (counted) or NUL.
    private static let quotedStops: UInt64 = 1 | 1 << UInt64.lineFeed | 1 << UInt64.carriageReturn | 1 << UInt64.quotationMark
    /// One more than the largest byte in `unquotedStops`, in every byte of a word.
    private let unquotedStopsBelow: UInt64
    /// One more than the largest byte in `quotedStops` (the quote), in every byte of a word.
    private static let quotedStopsBelow: UInt64 = 0x2323_2323_2323_2323
    /// The first error; once set, nothing more is parsed.
    private(set) var failure: DaegaError?

    /// The text from the start of the record in progress (all of it when there is one; nothing between records).
    private var text: [UInt8] = []
    /// Where parsing goes on in `text`.
    private var offset = 0
    private var state = State.recordStart
    /// The line of the next byte and where it starts in `text`.
    private var line: Int
    private var lineStart = 0
    /// Whether the last line break was a CR, so that a LF right after it (at `lineStart`) ends no other line.
    private var lastBreakWasCR = false
    /// Where the record in progress starts in `text`, and its line.
    private var recordStart = 0
    private var recordLine = 1
    /// The bytes of the record's finished fields, quotes undoubled.
    private var recordBytes = 0
    /// The record's finished fields: (start, end) offsets from `recordStart`, the end's top bit set when the field
    /// holds doubled quotes.
    private var spans = CSVFieldSpans()
    /// Whether a finished field of the record holds doubled quotes.
    private var recordHasDoubledQuotes = false
    /// Where the field in progress starts in `text` (at its opening quote when quoted), its line and that line's start.
    private var fieldStart = 0
    private var fieldLine = 1
    private var fieldLineStart = 0
    /// The `""` pairs met so far in the quoted field in progress.
    private var doubledQuotes = 0

    /// A parser for one file.
    /// - Parameters:
    ///   - path: the file name used in error locations.
    ///   - limits: the largest field and record accepted.
    ///   - delimiter: the byte between fields (a comma by default).
    ///   - firstLine: the line the text starts on (2 after a `sep=` line the reader consumed).
    init(path: String, limits: CSVReaderLimits, delimiter: UInt8 = .comma, firstLine: Int = 1) {
        precondition(delimiter < 0x80, "the delimiter is an ASCII byte (CSVDelimiter reads no other)")
        self.path = path
        self.delimiter = delimiter
        unquotedStops = Self.quotedStops | (delimiter < 64 ? 1 << UInt64(delimiter) : 0)
        highDelimiter = delimiter < 64 ? 0 : delimiter
        unquotedStopsBelow = UInt64(max(delimiter, .quotationMark) + 1) &* 0x0101_0101_0101_0101
        line = firstLine
        var limits = limits
        limits.maximumRecordBytes = min(limits.maximumRecordBytes, CSVReaderLimits.largestRecordBytes)
        self.limits = limits
    }

    /// Where the next byte goes: after the last byte parsed (where a decoding fault that follows it is reported).
    var position: TextPositionTracker {
        TextPositionTracker(line: line, column: text.withUnsafeBufferPointer { column(in: $0, at: $0.count, lineStart: lineStart) })
    }

    /// Parses the next piece of UTF-8 text, appending every record it completes.
    mutating func parse(_ bytes: [UInt8], into records: inout [CSVRecord]) {
        guard failure == nil else { return }
        if text.isEmpty { text = bytes } else { text.append(contentsOf: bytes) }
        let held = text
        held.withUnsafeBufferPointer { run(over: $0, into: &records) }
        guard failure == nil else { return }
        if state == .recordStart {
            text = []
            offset = 0
            lineStart = 0
        } else if recordStart > 0 {
            // Only the record in progress is kept, so that what is held stays within the limits.
            let shift = recordStart
            text.removeSubrange(..<shift)
            offset -= shift
            lineStart -= shift
            fieldStart -= shift
            fieldLineStart -= shift
            recordStart = 0
        }
    }

    /// Ends the input: completes a last record without a final line break, or fails on an open quote.
    mutating func finish(into records: inout [CSVRecord]) {
        guard failure == nil else { return }
        let held = text
        held.withUnsafeBufferPointer { text in
            let end = text.count
            switch state {
            case .recordStart:
                return
            case .fieldStart:
                endField(start: end, end: end, doubled: 0)
            case .unquoted:
                endField(start: fieldStart, end: end, doubled: 0)
            case .quotedAfterQuote:
                endField(start: fieldStart + 1, end: end - 1, doubled: doubledQuotes)
            case .quoted:
                fail(at: fieldLine, column(in: text, at: fieldStart, lineStart: fieldLineStart),
                     "따옴표가 닫히지 않은 채 파일이 끝났습니다 (이 위치에서 연 따옴표)", expected: "닫는 따옴표(\")")
                return
            }
            endRecord(in: text, at: end, into: &records)
        }
        text = []
    }

    /// Parses `text` from `offset` to its end.
    private mutating func run(over text: UnsafeBufferPointer<UInt8>, into records: inout [CSVRecord]) {
        guard let base = text.baseAddress else { return }
        let end = text.count
        var index = offset
        defer { offset = index }
        while index < end {
            switch state {
            case .recordStart:
                if base[index] == .lineFeed && lastBreakWasCR {
                    // The LF of a CRLF whose CR ended the last record.
                    lastBreakWasCR = false
                    index += 1
                    lineStart = index
                    continue
                }
                recordStart = index
                recordLine = line
                recordBytes = 0
                recordHasDoubledQuotes = false
                spans.count = 0
                state = .fieldStart
            case .fieldStart, .unquoted:
                if state == .fieldStart {
                    startField(at: index)
                    if base[index] == .quotationMark {
                        doubledQuotes = 0
                        state = .quoted
                        index += 1
                        continue
                    }
                }
                // Unquoted fields one after another, until a quoted one, the end of the record or of the text.
                while true {
                    index = Self.skip(base, from: index, to: end, stops: unquotedStops, high: highDelimiter, below: unquotedStopsBelow)
                    guard withinLimits(fieldBytes: index &- fieldStart, in: text) else { return }
                    guard index < end else {
                        state = .unquoted
                        return
                    }
                    let byte = base[index]
                    guard byte == delimiter || byte == .carriageReturn || byte == .lineFeed else {
                        fail(at: line, column(in: text, at: index, lineStart: lineStart), byte == .nul ? Self.nulMessage : (
                            "따옴표로 시작하지 않은 필드 안에 따옴표(\")가 있습니다", "필드 전체를 따옴표로 감싸고 안의 따옴표는 \"\"처럼 두 번 쓰기"))
                        return
                    }
                    endField(start: fieldStart, end: index, doubled: 0)
                    guard endFieldOrRecord(at: index, in: text, into: &records) else { return }
                    index += 1
                    guard state == .fieldStart, index < end else { break }
                    startField(at: index)
                    guard base[index] != .quotationMark else {
                        doubledQuotes = 0
                        state = .quoted
                        index += 1
                        break
                    }
                }
            case .quoted:
                index = Self.skip(base, from: index, to: end, stops: Self.quotedStops, high: 0, below: Self.quotedStopsBelow)
                guard withinLimits(fieldBytes: index - fieldStart - 1 - doubledQuotes, in: text) else { return }
                guard index < end else { return }
                let byte = base[index]
                switch byte {
                case .quotationMark:
                    state = .quotedAfterQuote
                case .carriageReturn, .lineFeed:
                    lineBreak(byte, at: index)
                default:
                    fail(at: line, column(in: text, at: index, lineStart: lineStart), Self.nulMessage)
                    return
                }
                index += 1
            case .quotedAfterQuote:
                let byte = base[index]
                if byte == .quotationMark {
                    doubledQuotes += 1
                    state = .quoted
                    index += 1
                    guard withinLimits(fieldBytes: index - fieldStart - 1 - doubledQuotes, in: text) else { return }
                    continue
                }
                guard byte == delimiter || byte == .carriageReturn || byte == .lineFeed else {
                    let shown = (0x21...0x7E).contains(byte) ? " '\(Character(Unicode.Scalar(byte)))'" : ""
                    fail(at: line, column(in: text, at: index, lineStart: lineStart), ("닫는 따옴표 뒤에 글자\(shown)가 있습니다",
                         "닫는 따옴표 뒤에는 쉼표나 줄바꿈; 따옴표를 글자로 쓰려면 \"\""))
                    return
                }
                endField(start: fieldStart + 1, end: index - 1, doubled: doubledQuotes)
                guard endFieldOrRecord(at: index, in: text, into: &records) else { return }
                index += 1
            }
        }
    }

    /// The first position from `start` whose byte is in `stops`, or `end`; `below` repeats in each byte a value
    /// above every stop, so that eight bytes at a time with none below it are passed over at once.
    @inline(__always)
    private static func skip(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, stops: UInt64, high: UInt8,
                             below: UInt64) -> Int {
        var index = start
        let raw = UnsafeRawPointer(base)
        while index &+ 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // A byte below the bound (and below 0x80) borrows into its top bit; the lowest such byte is exact.
            let low = (word &- below) & ~word & 0x8080_8080_8080_8080
            if low == 0 {
                index &+= 8
                continue
            }
            index &+= low.trailingZeroBitCount >> 3
            if Self.isStop(base[index], stops, high) { return index }
            index &+= 1
        }
        while index < end {
            if Self.isStop(base[index], stops, high) { return index }
            index &+= 1
        }
        return end
    }

    @inline(__always)
    private static func isStop(_ byte: UInt8, _ stops: UInt64, _ high: UInt8) -> Bool {
        byte < 64 ? (stops &>> UInt64(byte)) & 1 != 0 : byte == high && high != 0
    }

    /// Notes where a field starts.
    @inline(__always)
    private mutating func startField(at index: Int) {
        fieldStart = index
        fieldLine = line
        fieldLineStart = lineStart
    }

    /// After a finished field: at a delimiter the next field starts (within the field count), at a line break
    /// the record ends. Returns `false` when that fails.
    @inline(__always)
    private mutating func endFieldOrRecord(at index: Int, in text: UnsafeBufferPointer<UInt8>, into records: inout [CSVRecord]) -> Bool {
        let byte = text[index]
        if byte == delimiter {
            state = .fieldStart
            guard spans.count < limits.maximumFieldCount else {
                fail(at: line, column(in: text, at: index, lineStart: lineStart) + 1, ("레코드의 필드가 한도 \(limits.maximumFieldCount)개를 넘습니다",
                     "\(limits.maximumFieldCount)개 이하의 필드"))
                return false
            }
            return true
        }
        endRecord(in: text, at: index, into: &records)
        lineBreak(byte, at: index)
        return true
    }

    /// Counts the line ended by the CR or LF at `index` (the LF of a CRLF ends none).
    @inline(__always)
    private mutating func lineBreak(_ byte: UInt8, at index: Int) {
        if byte == .lineFeed && lastBreakWasCR && index == lineStart {
            lastBreakWasCR = false
        } else {
            line += 1
            lastBreakWasCR = byte == .carriageReturn
        }
        lineStart = index + 1
    }

    /// Adds a finished field: its content from `start` to `end` in the text, holding `doubled` pairs of quotes.
    @inline(__always)
    private mutating func endField(start: Int, end: Int, doubled: Int) {
        recordBytes &+= end &- start &- doubled
        var endWord = UInt32(truncatingIfNeeded: end &- recordStart)
        if doubled > 0 {
            endWord |= CSVFieldSpans.doubledQuotesFlag
            recordHasDoubledQuotes = true
        }
        spans.append(start: UInt32(truncatingIfNeeded: start &- recordStart), end: endWord)
    }

    /// Hands out the record that ends at `end` in `text`: its spans and its text copied into one allocation, with
    /// doubled quotes undoubled there.
    private mutating func endRecord(in text: UnsafeBufferPointer<UInt8>, at end: Int, into records: inout [CSVRecord]) {
        let fieldCount = spans.count, spanBytes = 8 * fieldCount, textBytes = end - recordStart
        let undoubles = recordHasDoubledQuotes
        let storage = [UInt8](unsafeUninitializedCapacity: spanBytes + textBytes) { buffer, initialized in
            let raw = UnsafeMutableRawPointer(buffer.baseAddress!)
            raw.copyMemory(from: spans.base, byteCount: spanBytes)
            if textBytes > 0 { (raw + spanBytes).copyMemory(from: text.baseAddress! + recordStart, byteCount: textBytes) }
            if undoubles { Self.undoubleQuotes(spans: raw, fieldCount: fieldCount) }
            initialized = spanBytes + textBytes
        }
        records.append(CSVRecord(storage: storage, fieldCount: fieldCount, byteCount: recordBytes, line: recordLine))
        state = .recordStart
    }

    /// Replaces each `""` with `"` in the flagged fields of a record's storage, moving their ends back.
    private static func undoubleQuotes(spans raw: UnsafeMutableRawPointer, fieldCount: Int) {
        let bytes = (raw + 8 * fieldCount).assumingMemoryBound(to: UInt8.self)
        for field in 0..<fieldCount {
            let endWord = raw.load(fromByteOffset: 8 * field + 4, as: UInt32.self)
            guard endWord & CSVFieldSpans.doubledQuotesFlag != 0 else { continue }
            let end = Int(endWord & ~CSVFieldSpans.doubledQuotesFlag)
            var read = Int(raw.load(fromByteOffset: 8 * field, as: UInt32.self)), write = read
            // Each piece up to and including the first quote of a pair moves back over the second quotes before it.
            while read < end {
                let piece = memchr(bytes + read, Int32(UInt8.quotationMark), end - read)
                    .map { $0.assumingMemoryBound(to: UInt8.self) - bytes + 1 - read } ?? end - read
                if write != read { memmove(bytes + write, bytes + read, piece) }
                write += piece
                read += piece + 1
            }
            raw.storeBytes(of: UInt32(write), toByteOffset: 8 * field + 4, as: UInt32.self)
        }
    }

    /// Whether the field in progress, now `fieldBytes` long, and its record are within the limits; fails otherwise.
    /// A run of bytes taken at once can cross both; the error is the limit a byte-by-byte reading crosses first
    /// (the field's on a tie), so where the chunks happen to split never changes which error is reported.
    @inline(__always)
    private mutating func withinLimits(fieldBytes: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let recordExcess = recordBytes &+ fieldBytes &- limits.maximumRecordBytes
        let fieldExcess = fieldBytes &- limits.maximumFieldBytes
        guard fieldExcess > 0 || recordExcess > 0 else { return true }
        if fieldExcess > 0 && fieldExcess >= recordExcess {
            fail(at: fieldLine, column(in: text, at: fieldStart, lineStart: fieldLineStart),
                 ("\(spans.count + 1)번째 필드가 한도 \(limits.maximumFieldBytes)바이트를 넘습니다", "\(limits.maximumFieldBytes)바이트 이하의 필드"))
        } else {
            fail(at: recordLine, 1, ("레코드가 한도 \(limits.maximumRecordBytes)바이트를 넘습니다", "\(limits.maximumRecordBytes)바이트 이하의 레코드"))
        }
        return false
    }

    /// The 1-based character column of the byte at `index`, on the line that starts at `lineStart`.
    private func column(in text: UnsafeBufferPointer<UInt8>, at index: Int, lineStart: Int) -> Int {
        text[lineStart..<index].reduce(1) { $0 + ($1.isUTF8Continuation ? 0 : 1) }
    }

    private static let nulMessage = ("NUL 바이트(0x00)가 있습니다: 텍스트 CSV 파일이 아닌 것 같습니다", "텍스트 CSV 파일")

    private mutating func fail(at line: Int, _ column: Int, _ message: String, expected: String) {
        failure = DaegaError(.csvSyntax, at: .file(path: path, line: line, column: column), message, expected: expected)
    }

    private mutating func fail(at line: Int, _ column: Int, _ text: (message: String, expected: String)) {
        fail(at: line, column, text.message, expected: text.expected)
    }
}

private extension UInt64 {
    static let lineFeed = UInt64(UInt8.lineFeed), carriageReturn = UInt64(UInt8.carriageReturn)
    static let quotationMark = UInt64(UInt8.quotationMark)
}
