import DaegaEngine

/// Parses the subset of TOML that daega's rate books and project files use.
///
/// Supported: `#` comments; `[table]` and `[[array.of.tables]]` headers with dotted names; `key = value` with
/// bare or quoted keys; basic (`"…"`, with `\" \\ \n \t \r \uXXXX` escapes) and literal (`'…'`) strings;
/// integers and decimals (with `_` between digits, no exponent); `true`/`false`; dates `YYYY-MM-DD`;
/// arrays (nested, across lines, trailing comma). Not supported, with a clear error: inline tables,
/// dotted keys on the left of `=`, multi-line strings, times.
public struct TOMLParser {
    private let scalars: [Unicode.Scalar]
    private let path: String
    private let syntaxCode: ErrorCode
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
        var parser = TOMLParser(scalars: Array(text.unicodeScalars), path: path, syntaxCode: syntaxCode)
        return try parser.parseDocument()
    }

    private init(scalars: [Unicode.Scalar], path: String, syntaxCode: ErrorCode) {
        self.scalars = scalars
        self.path = path
        self.syntaxCode = syntaxCode
    }

    // MARK: Document

    private mutating func parseDocument() throws -> TOMLTable {
        let root = TOMLTable(position: TextPosition(line: 1, column: 1))
        root.explicitlyDefined = true
        var current = root
        if peek == "\u{FEFF}" { advance() }
        while true {
            skipBlankAndComments()
            guard let character = peek else { break }
            if character == "[" {
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
        let isArray = peek == "["
        if isArray { advance() }
        skipSpaces()
        var names: [(String, TextPosition)] = []
        repeat {
            skipSpaces()
            let keyPosition = position
            names.append((try parseKey(), keyPosition))
            skipSpaces()
        } while consume(".")
        guard consume("]"), !isArray || consume("]") else {
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
        if peek == "." { throw error("점으로 이어진 키('\(key).…')는 지원하지 않습니다", expected: "[표] 머리글 아래에 키 = 값") }
        guard consume("=") else { throw error("키 '\(key)' 뒤에 '='가 없습니다", expected: "키 = 값") }
        skipSpaces()
        let value = try parseValue(depth: 0)
        if table.entries[key] != nil {
            throw error("키 '\(key)'가 두 번 나옵니다", at: keyPosition, expected: "키마다 한 번")
        }
        table.set(key, .value(value), at: keyPosition)
    }

    private mutating func parseKey() throws -> String {
        if peek == "\"" { return try parseBasicString() }
        if peek == "'" { return try parseLiteralString() }
        var key = ""
        while let character = peek, character.isBareKeyCharacter {
            key.unicodeScalars.append(character)
            advance()
        }
        guard !key.isEmpty else {
            throw error(peek.map { "'\(Character($0))'은(는) 키로 쓸 수 없습니다" } ?? "키가 없습니다",
                        expected: "영문·숫자·_·- 로 된 키 또는 \"따옴표 키\"")
        }
        return key
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws -> TOMLValue {
        let start = position
        guard let character = peek, character != "\n", character != "\r", character != "#" else {
            throw error("'=' 뒤에 값이 없습니다", expected: "값 (문자열, 수, true/false, 날짜, 배열)")
        }
        switch character {
        case "\"":
            if lookahead("\"\"\"") { throw error("여러 줄 문자열은 지원하지 않습니다", expected: "한 줄 \"문자열\"") }
            return TOMLValue(kind: .string(try parseBasicString()), position: start)
        case "'":
            return TOMLValue(kind: .string(try parseLiteralString()), position: start)
        case "[":
            return try parseArray(depth: depth + 1, start: start)
        case "{":
            throw error("인라인 표 { … }는 지원하지 않습니다", expected: "[표] 머리글과 키 = 값 줄")
        default:
            let word = readWord()
            if word == "true" { return TOMLValue(kind: .bool(true), position: start) }
            if word == "false" { return TOMLValue(kind: .bool(false), position: start) }
            if let date = CalendarDate(parsing: word) { return TOMLValue(kind: .date(date), position: start) }
            return TOMLValue(kind: try number(word, at: start), position: start)
        }
    }

    private func number(_ word: String, at start: TextPosition) throws -> TOMLValue.Kind {
        guard !word.isEmpty else {
            throw error("값을 읽을 수 없습니다", at: start, expected: "값 (문자열, 수, true/false, 날짜, 배열)")
        }
        let digitsOnly = word.replacingUnderscoresBetweenDigits()
        if let text = digitsOnly, let value = ExactDecimal(parsing: text) {
            if value.scale == 0 { return .integer(value.significand) }
            return .decimal(value)
        }
        if word.contains("e") || word.contains("E") {
            throw error("지수 표기 '\(word)'는 지원하지 않습니다", at: start, expected: "0.0001 같은 소수 표기")
        }
        throw error("'\(word)'은(는) 값으로 읽을 수 없습니다", at: start,
                    expected: "따옴표로 감싼 문자열, 수(예: 12, 1.28), true/false, 날짜(YYYY-MM-DD) 또는 배열")
    }

    private mutating func parseArray(depth: Int, start: TextPosition) throws -> TOMLValue {
        guard depth <= Self.maximumNesting else {
            throw error("배열이 \(Self.maximumNesting)단계보다 깊게 중첩되었습니다", expected: "\(Self.maximumNesting)단계 이하")
        }
        advance()
        var elements: [TOMLValue] = []
        while true {
            skipBlankAndComments()
            guard let character = peek else { throw error("배열이 ']'로 닫히지 않았습니다", at: start, expected: "]") }
            if character == "]" { advance(); break }
            elements.append(try parseValue(depth: depth))
            skipBlankAndComments()
            if consume(",") { continue }
            guard consume("]") else {
                guard let unexpected = peek else { throw error("배열이 ']'로 닫히지 않았습니다", at: start, expected: "]") }
                throw error("배열 안에 예상하지 못한 '\(Character(unexpected))'", expected: "',' 또는 ']'")
            }
            break
        }
        return TOMLValue(kind: .array(elements), position: start)
    }

    private mutating func parseBasicString() throws -> String {
        let start = position
        advance()
        var text = ""
        while let character = peek {
            switch character {
            case "\"":
                advance()
                return text
            case "\\":
                advance()
                text.unicodeScalars.append(try escape())
            case "\n", "\r":
                throw error("문자열이 줄 끝까지 닫히지 않았습니다", at: start, expected: "같은 줄의 닫는 \"")
            default:
                if character.value < 0x20 && character != "\t" {
                    throw error("문자열 안에 제어 문자(U+\(String(character.value, radix: 16, uppercase: true)))가 있습니다", expected: "인쇄 가능한 문자")
                }
                text.unicodeScalars.append(character)
                advance()
            }
        }
        throw error("문자열이 닫히지 않았습니다", at: start, expected: "닫는 \"")
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard let character = peek else { throw error("'\\' 뒤에 문자가 없습니다", expected: "\\\" \\\\ \\n \\t \\r \\uXXXX") }
        advance()
        switch character {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "u":
            var hex = ""
            for _ in 0..<4 {
                guard let digit = peek, digit.properties.isASCIIHexDigit else {
                    throw error("\\u 뒤에 16진수 네 자리가 없습니다", expected: "\\uXXXX")
                }
                hex.unicodeScalars.append(digit)
                advance()
            }
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
        var text = ""
        while let character = peek {
            if character == "'" { advance(); return text }
            if character == "\n" || character == "\r" { break }
            text.unicodeScalars.append(character)
            advance()
        }
        throw error("문자열이 닫히지 않았습니다", at: start, expected: "같은 줄의 닫는 '")
    }

    // MARK: Scanning

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var position: TextPosition { TextPosition(line: line, column: column) }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" || (scalars[index] == "\r" && (index + 1 >= scalars.count || scalars[index + 1] != "\n")) {
            line += 1
            column = 1
        } else if scalars[index] != "\r" {
            column += 1
        }
        index += 1
    }

    private mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard peek == character else { return false }
        advance()
        return true
    }

    private func lookahead(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        guard index + wanted.count <= scalars.count else { return false }
        return Array(scalars[index..<index + wanted.count]) == wanted
    }

    private mutating func readWord() -> String {
        var word = ""
        while let character = peek, !character.properties.isWhitespace, character != ",", character != "]",
              character != "#", character != "\n", character != "\r" {
            word.unicodeScalars.append(character)
            advance()
        }
        return word
    }

    private mutating func skipSpaces() {
        while let character = peek, character == " " || character == "\t" { advance() }
    }

    private mutating func skipBlankAndComments() {
        while let character = peek {
            if character == " " || character == "\t" || character == "\n" || character == "\r" {
                advance()
            } else if character == "#" {
                while let next = peek, next != "\n", next != "\r" { advance() }
            } else {
                return
            }
        }
    }

    private mutating func endOfLine() throws {
        skipSpaces()
        if peek == "#" { while let next = peek, next != "\n", next != "\r" { advance() } }
        guard let character = peek else { return }
        if character == "," {
            throw error("값 뒤에 ','가 있습니다: TOML에서는 수를 쉼표로 나눌 수 없습니다",
                        expected: "자릿수는 밑줄로 (600,000,000 → 600_000_000)")
        }
        guard character == "\n" || character == "\r" else {
            throw error("줄 끝에 예상하지 못한 '\(Character(character))'", expected: "한 줄에 키 = 값 하나 (주석은 #)")
        }
    }

    private func error(_ message: String, at position: TextPosition? = nil, expected: String) -> DaegaError {
        let where_ = position ?? self.position
        return DaegaError(syntaxCode, at: .file(path: path, line: where_.line, column: where_.column), message, expected: expected)
    }
}

private extension Unicode.Scalar {
    var isBareKeyCharacter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self) || self == "_" || self == "-"
    }
}

private extension String {
    /// The number text with `_` separators removed, or `nil` when an underscore is not between two digits.
    func replacingUnderscoresBetweenDigits() -> String? {
        let characters = Array(self)
        var out = ""
        for (offset, character) in characters.enumerated() {
            if character == "_" {
                guard offset > 0, offset < characters.count - 1,
                      characters[offset - 1].isASCII, characters[offset - 1].isNumber,
                      characters[offset + 1].isASCII, characters[offset + 1].isNumber else { return nil }
                continue
            }
            out.append(character)
        }
        return out
    }
}
