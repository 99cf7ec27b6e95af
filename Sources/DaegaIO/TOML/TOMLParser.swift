import DaegaEngine

/// Parses the subset of TOML that daega's rate books and project files use.
///
/// Supported: `#` comments; `[table]` and `[[array.of.tables]]` headers with dotted names; `key = value` with
/// bare or quoted keys; basic (`"…"`, with `\" \\ \n \t \r \uXXXX` escapes) and literal (`'…'`) strings;
/// integers and decimals (with `_` between digits, no exponent); `true`/`false`; dates `YYYY-MM-DD`;
/// arrays (nested, across lines, trailing comma). Not supported, with a clear error: inline tables,
/// dotted keys on the left of `=`, multi-line strings, times.
public struct TOMLParser {
    /// The file's UTF-8 bytes: the parser works on bytes and counts columns in Unicode scalars (a byte that does
    /// not continue a multi-byte sequence starts a scalar), so keys and strings are copied out of the file in one
    /// piece instead of being built a scalar at a time.
    private let bytes: [UInt8]
    private let path: String
    private let syntaxCode: ErrorCode
    private let stopsAtFirstTable: Bool
    private var index = 0
    private var line = 1
    private var column = 1

    /// The deepest array nesting accepted.
    public static let maximumNesting = 32

    /// Parses `text` read from `path`.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - path: the file's path, for error messages.
    ///   - syntaxCode: the error code for syntax errors (rate book or project file).
    /// - Returns: the root table.
    /// - Throws: `DaegaError` with `path:line:column`, what was found and what was expected.
    public static func parse(_ text: String, path: String, syntaxCode: ErrorCode) throws -> TOMLTable {
        var parser = TOMLParser(bytes: Array(text.utf8), path: path, syntaxCode: syntaxCode, stopsAtFirstTable: false)
        return try parser.parseDocument()
    }

    /// Parses only the keys before the first `[table]` header: a rate book's header, read without its body.
    /// - Throws: `DaegaError` for a syntax error in those lines.
    public static func parseLeadingKeys(_ text: String, path: String, syntaxCode: ErrorCode) throws -> TOMLTable {
        var parser = TOMLParser(bytes: Array(text.utf8), path: path, syntaxCode: syntaxCode, stopsAtFirstTable: true)
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8], path: String, syntaxCode: ErrorCode, stopsAtFirstTable: Bool) {
        self.bytes = bytes
        self.path = path
        self.syntaxCode = syntaxCode
        self.stopsAtFirstTable = stopsAtFirstTable
    }

    // MARK: Document

    private mutating func parseDocument() throws -> TOMLTable {
        let root = TOMLTable(position: TextPosition(line: 1, column: 1))
        root.explicitlyDefined = true
        var current = root
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { advance(by: 3) }  // U+FEFF, a byte-order mark
        while true {
            skipBlankAndComments()
            guard let byte = peek else { break }
            if byte == .openBracket {
                if stopsAtFirstTable { break }
                current = try parseHeader(root: root)
            } else {
                try parseKeyValue(into: current)
            }
            try endOfLine()
        }
        return root
    }

    private mutating func parseHeader(root: TOMLTable) throws -> TOMLTable {
        let start = position
        advance()
        let isArray = peek == .openBracket
        if isArray { advance() }
        skipSpaces()
        var names: [(String, TextPosition)] = []
        repeat {
            skipSpaces()
            let keyPosition = position
            names.append((try parseKey(), keyPosition))
            skipSpaces()
        } while consume(.dot)
        guard consume(.closeBracket), !isArray || consume(.closeBracket) else {
            throw error("표 이름 뒤에 \(isArray ? "]]" : "]")가 없습니다", expected: isArray ? "[[이름]]" : "[이름]")
        }
        var table = root
        for (offset, (name, keyPosition)) in names.enumerated() {
            let isLast = offset == names.count - 1
            // Decided before the switch so that no binding of the array is alive while it grows in place.
            if isLast && isArray, case .tableArray? = table.entries[name] {
                let element = TOMLTable.arrayElement(at: start)
                table.append(element, toArray: name, at: keyPosition)
                return element
            }
            switch table.entries[name] {
            case nil:
                if isLast && isArray {
                    let element = TOMLTable.arrayElement(at: start)
                    table.set(name, .tableArray([element]), at: keyPosition)
                    return element
                }
                let child = TOMLTable(position: start)
                table.set(name, .table(child), at: keyPosition)
                table = child
            case let .table(existing)?:
                if isLast {
                    if isArray { throw error("'\(name)'은(는) 이미 일반 표로 정의되었습니다", at: keyPosition, expected: "[\(name)] 또는 [[\(name)]] 중 하나만") }
                    if existing.explicitlyDefined { throw error("표 [\(names.map(\.0).joined(separator: "."))]가 두 번 정의되었습니다", at: keyPosition, expected: "표마다 한 번") }
                }
                table = existing
            case let .tableArray(elements)?:
                if isLast { throw error("'\(name)'은(는) 표 배열 [[\(name)]]로 정의되었습니다", at: keyPosition, expected: "[[\(name)]]") }
                table = elements[elements.count - 1]
            case .value?:
                throw error("'\(name)'은(는) 이미 값으로 정의되었습니다", at: keyPosition, expected: "표 이름이 값 키와 겹치지 않게")
            }
        }
        table.explicitlyDefined = true
        return table
    }

    private mutating func parseKeyValue(into table: TOMLTable) throws {
        let keyPosition = position
        let key = try parseKey()
        skipSpaces()
        if peek == .dot { throw error("점으로 이어진 키('\(key).…')는 지원하지 않습니다", expected: "[표] 머리글 아래에 키 = 값") }
        guard consume(.equals) else { throw error("키 '\(key)' 뒤에 '='가 없습니다", expected: "키 = 값") }
        skipSpaces()
        let value = try parseValue(depth: 0)
        if table.entries[key] != nil {
            throw error("키 '\(key)'가 두 번 나옵니다", at: keyPosition, expected: "키마다 한 번")
        }
        table.set(key, .value(value), at: keyPosition)
    }

    private mutating func parseKey() throws -> String {
        if peek == .quote { return try parseBasicString() }
        if peek == .apostrophe { return try parseLiteralString() }
        let start = index
        while let byte = peek, byte.isBareKeyCharacter { advanceASCII() }
        guard index > start else {
            throw error(peek == nil ? "키가 없습니다" : "'\(Character(scalarAtIndex.scalar))'은(는) 키로 쓸 수 없습니다",
                        expected: "영문·숫자·_·- 로 된 키 또는 \"따옴표 키\"")
        }
        return text(start..<index)
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws -> TOMLValue {
        let start = position
        guard let byte = peek, byte != .lineFeed, byte != .carriageReturn, byte != .hash else {
            throw error("'=' 뒤에 값이 없습니다", expected: "값 (문자열, 수, true/false, 날짜, 배열)")
        }
        switch byte {
        case .quote:
            if bytes[index...].starts(with: [UInt8.quote, .quote, .quote]) {
                throw error("여러 줄 문자열은 지원하지 않습니다", expected: "한 줄 \"문자열\"")
            }
            return TOMLValue(kind: .string(try parseBasicString()), position: start)
        case .apostrophe:
            return TOMLValue(kind: .string(try parseLiteralString()), position: start)
        case .openBracket:
            return try parseArray(depth: depth + 1, start: start)
        case .openBrace:
            throw error("인라인 표 { … }는 지원하지 않습니다", expected: "[표] 머리글과 키 = 값 줄")
        default:
            let word = readWord()
            let wordBytes = bytes[word]
            if wordBytes.elementsEqual("true".utf8) { return TOMLValue(kind: .bool(true), position: start) }
            if wordBytes.elementsEqual("false".utf8) { return TOMLValue(kind: .bool(false), position: start) }
            // Only a word of ten bytes with dashes at 4 and 7 can be a date (YYYY-MM-DD).
            if wordBytes.count == 10, bytes[word.lowerBound + 4] == .dash, bytes[word.lowerBound + 7] == .dash,
               let date = CalendarDate(parsing: text(word)) {
                return TOMLValue(kind: .date(date), position: start)
            }
            return TOMLValue(kind: try number(word, at: start), position: start)
        }
    }

    private func number(_ word: Range<Int>, at start: TextPosition) throws -> TOMLValue.Kind {
        guard !word.isEmpty else {
            throw error("값을 읽을 수 없습니다", at: start, expected: "값 (문자열, 수, true/false, 날짜, 배열)")
        }
        if let value = Self.decimal(bytes[word]) {
            if value.scale == 0 { return .integer(value.significand) }
            return .decimal(value)
        }
        let text = text(word)
        if text.contains("e") || text.contains("E") {
            throw error("지수 표기 '\(text)'는 지원하지 않습니다", at: start, expected: "0.0001 같은 소수 표기")
        }
        throw error("'\(text)'은(는) 값으로 읽을 수 없습니다", at: start,
                    expected: "따옴표로 감싼 문자열, 수(예: 12, 1.28), true/false, 날짜(YYYY-MM-DD) 또는 배열")
    }

    /// The number a word spells, with `_` allowed only between two digits; `nil` when it is not a plain number.
    private static func decimal(_ word: ArraySlice<UInt8>) -> ExactDecimal? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { digits in
            var count = 0
            var previous: UInt8 = 0
            for (offset, byte) in zip(word.indices, word) {
                if byte == .underscore {
                    guard previous.isDigit, offset + 1 < word.endIndex, word[offset + 1].isDigit else { return nil }
                } else {
                    digits[count] = byte
                    count += 1
                }
                previous = byte
            }
            return ExactDecimal(utf8: UnsafeBufferPointer(rebasing: digits[..<count]))
        }
    }

    private mutating func parseArray(depth: Int, start: TextPosition) throws -> TOMLValue {
        guard depth <= Self.maximumNesting else {
            throw error("배열이 \(Self.maximumNesting)단계보다 깊게 중첩되었습니다", expected: "\(Self.maximumNesting)단계 이하")
        }
        advance()
        var elements: [TOMLValue] = []
        while true {
            skipBlankAndComments()
            guard let byte = peek else { throw error("배열이 ']'로 닫히지 않았습니다", at: start, expected: "]") }
            if byte == .closeBracket { advance(); break }
            elements.append(try parseValue(depth: depth))
            skipBlankAndComments()
            if consume(.comma) { continue }
            guard consume(.closeBracket) else {
                guard peek != nil else { throw error("배열이 ']'로 닫히지 않았습니다", at: start, expected: "]") }
                throw error("배열 안에 예상하지 못한 '\(Character(scalarAtIndex.scalar))'", expected: "',' 또는 ']'")
            }
            break
        }
        return TOMLValue(kind: .array(elements), position: start)
    }

    private mutating func parseBasicString() throws -> String {
        let start = position
        advance()
        // The text is copied out in runs between escapes; `unescaped` is only used once an escape is met.
        var unescaped: [UInt8] = []
        var hasEscape = false
        var run = index
        while let byte = peek {
            switch byte {
            case .quote:
                let end = index
                advance()
                guard hasEscape else { return text(run..<end) }
                unescaped.append(contentsOf: bytes[run..<end])
                return String(decoding: unescaped, as: UTF8.self)
            case .backslash:
                unescaped.append(contentsOf: bytes[run..<index])
                hasEscape = true
                advance()
                let scalar = try escape()
                unescaped.append(contentsOf: String(scalar).utf8)
                run = index
            case .lineFeed, .carriageReturn:
                throw error("문자열이 줄 끝까지 닫히지 않았습니다", at: start, expected: "같은 줄의 닫는 \"")
            default:
                if byte < 0x20 && byte != .tab {
                    throw error("문자열 안에 제어 문자(U+\(String(byte, radix: 16, uppercase: true)))가 있습니다", expected: "인쇄 가능한 문자")
                }
                advanceWithinLine()
            }
        }
        throw error("문자열이 닫히지 않았습니다", at: start, expected: "닫는 \"")
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard peek != nil else { throw error("'\\' 뒤에 문자가 없습니다", expected: "\\\" \\\\ \\n \\t \\r \\uXXXX") }
        let (character, length) = scalarAtIndex
        advance(by: length)
        switch character {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "u":
            let digits = index
            for _ in 0..<4 {
                guard let digit = peek, digit.isHexDigit else {
                    throw error("\\u 뒤에 16진수 네 자리가 없습니다", expected: "\\uXXXX")
                }
                advanceASCII()
            }
            let hex = text(digits..<index)
            guard let scalar = Unicode.Scalar(UInt32(hex, radix: 16)!) else {
                throw error("\\u\(hex)는 유효한 문자가 아닙니다", expected: "유니코드 문자 번호")
            }
            return scalar
        default:
            throw error("알 수 없는 이스케이프 '\\\(Character(character))'", expected: "\\\" \\\\ \\n \\t \\r \\uXXXX")
        }
    }

    private mutating func parseLiteralString() throws -> String {
        let start = position
        advance()
        let run = index
        while let byte = peek {
            if byte == .apostrophe {
                let end = index
                advance()
                return text(run..<end)
            }
            if byte == .lineFeed || byte == .carriageReturn { break }
            advanceWithinLine()
        }
        throw error("문자열이 닫히지 않았습니다", at: start, expected: "같은 줄의 닫는 '")
    }

    // MARK: Scanning

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    private var position: TextPosition { TextPosition(line: line, column: column) }

    /// The scalar that starts at `index` (which must be before the end) and its length in bytes, for messages.
    private var scalarAtIndex: (scalar: Unicode.Scalar, length: Int) {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case let .scalarValue(scalar) = decoder.decode(&iterator) else { return ("\u{FFFD}", 1) }
        return (scalar, UTF8.width(scalar))
    }

    /// The text of a range of the file's bytes.
    private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        if byte == .lineFeed || (byte == .carriageReturn && (index + 1 >= bytes.count || bytes[index + 1] != .lineFeed)) {
            line += 1
            column = 1
        } else if byte != .carriageReturn {
            advanceWithinLine()
            return
        }
        index += 1
    }

    private mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Steps over a byte known not to end a line: a new column when it starts a scalar.
    private mutating func advanceWithinLine() {
        if !bytes[index].isUTF8Continuation { column += 1 }
        index += 1
    }

    /// Steps over an ASCII byte known not to end a line.
    private mutating func advanceASCII() {
        column += 1
        index += 1
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        advance()
        return true
    }

    /// Reads a bare value up to white space, `,`, `]`, `#` or the line's end, as a range of the file's bytes.
    private mutating func readWord() -> Range<Int> {
        let start = index
        while let byte = peek {
            if byte < 0x80 {
                if byte.isASCIIWhitespace || byte == .comma || byte == .closeBracket || byte == .hash { break }
                advanceASCII()
            } else {
                let (scalar, length) = scalarAtIndex
                if scalar.properties.isWhitespace { break }
                advance(by: length)
            }
        }
        return start..<index
    }

    private mutating func skipSpaces() {
        while let byte = peek, byte == .space || byte == .tab { advanceASCII() }
    }

    private mutating func skipBlankAndComments() {
        while let byte = peek {
            if byte == .space || byte == .tab || byte == .lineFeed || byte == .carriageReturn {
                advance()
            } else if byte == .hash {
                skipComment()
            } else {
                return
            }
        }
    }

    private mutating func skipComment() {
        while let byte = peek, byte != .lineFeed, byte != .carriageReturn { advanceWithinLine() }
    }

    private mutating func endOfLine() throws {
        skipSpaces()
        if peek == .hash { skipComment() }
        guard let byte = peek else { return }
        if byte == .comma {
            throw error("값 뒤에 ','가 있습니다: TOML에서는 수를 쉼표로 나눌 수 없습니다",
                        expected: "자릿수는 밑줄로 (600,000,000 → 600_000_000)")
        }
        guard byte == .lineFeed || byte == .carriageReturn else {
            throw error("줄 끝에 예상하지 못한 '\(Character(scalarAtIndex.scalar))'", expected: "한 줄에 키 = 값 하나 (주석은 #)")
        }
    }

    private func error(_ message: String, at position: TextPosition? = nil, expected: String) -> DaegaError {
        let where_ = position ?? self.position
        return DaegaError(syntaxCode, at: .file(path: path, line: where_.line, column: where_.column), message, expected: expected)
    }
}

/// The bytes the parser looks for (`lineFeed`, `carriageReturn`, `comma` and `isUTF8Continuation` are DaegaIO's).
private extension UInt8 {
    static let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    static let hash = UInt8(ascii: "#"), dot = UInt8(ascii: "."), equals = UInt8(ascii: "=")
    static let dash = UInt8(ascii: "-"), underscore = UInt8(ascii: "_"), backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), openBrace = UInt8(ascii: "{")

    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    var isHexDigit: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
    }

    var isBareKeyCharacter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || isDigit || self == .underscore || self == .dash
    }

    /// The ASCII characters Unicode counts as white space (tab, line feed, vertical tab, form feed, carriage return, space).
    var isASCIIWhitespace: Bool { self == .space || (self >= 0x09 && self <= 0x0D) }
}
