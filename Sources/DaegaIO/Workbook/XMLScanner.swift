import DaegaEngine

/// A small pull reader for the regular XML of SpreadsheetML parts: start and end tags with their attributes, and
/// text with entity and character references decoded. Namespace prefixes are dropped (`x:c` is `c`); comments,
/// processing instructions and the document type are skipped; CDATA is text. It never expands declared entities
/// and keeps no state beyond the open tag count, so hostile input costs time in proportion to its size only.
struct XMLScanner {
    /// One thing read.
    enum Event: Equatable {
        /// `<name a="1">` (or `<name/>`, then `selfClosing`).
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        /// `</name>`.
        case end(name: String)
        /// Character data between tags.
        case text(String)
    }

    private let bytes: [UInt8]
    private var position = 0
    private let part: String
    private let path: String

    /// Reads `bytes`, the part `part` of the workbook `path` (both used in error messages).
    init(_ bytes: [UInt8], part: String, path: String) {
        self.bytes = bytes
        self.part = part
        self.path = path
    }

    /// The next event, or `nil` at the end.
    /// - Throws: `workbookCorrupt` for a tag that does not close, a bad attribute or an unknown entity.
    mutating func next() throws(DaegaError) -> Event? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") { return .text(try readText()) }
            if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                let start = position + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
            } else if starts(with: "<?") || starts(with: "<!") {
                try skip(past: ">")
            } else if starts(with: "</") {
                position += 2
                let name = try readName()
                skipSpaces()
                try expect(UInt8(ascii: ">"))
                return .end(name: name)
            } else {
                position += 1
                return try readStartTag()
            }
        }
        return nil
    }

    /// The text of the element just started, up to its end tag (nested tags' text included).
    mutating func elementText() throws(DaegaError) -> String {
        var text = "", depth = 1
        while let event = try next() {
            switch event {
            case let .text(piece): text += piece
            case let .start(_, _, selfClosing): if !selfClosing { depth += 1 }
            case .end:
                depth -= 1
                if depth == 0 { return text }
            }
        }
        throw corrupt("닫히지 않은 요소")
    }

    private mutating func readStartTag() throws(DaegaError) -> Event {
        let name = try readName()
        var attributes: [String: String] = [:]
        while true {
            skipSpaces()
            guard position < bytes.count else { throw corrupt("닫히지 않은 태그 <\(name)") }
            if bytes[position] == UInt8(ascii: "/") {
                position += 1
                try expect(UInt8(ascii: ">"))
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return .start(name: name, attributes: attributes, selfClosing: false)
            }
            let attribute = try readName()
            skipSpaces()
            try expect(UInt8(ascii: "="))
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw corrupt("<\(name)>의 속성 \(attribute) 값에 따옴표가 없음")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count, bytes[position] != quote { position += 1 }
            guard position < bytes.count else { throw corrupt("<\(name)>의 속성 \(attribute) 값이 닫히지 않음") }
            attributes[attribute] = try decode(bytes[start..<position])
            position += 1
        }
    }

    /// A name without its namespace prefix.
    private mutating func readName() throws(DaegaError) -> String {
        let start = position
        var localStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ":") {
                localStart = position + 1
            } else if byte <= 0x20 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                        || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                break
            }
            position += 1
        }
        guard position > localStart, position > start else { throw corrupt("이름이 없는 태그나 속성") }
        return String(decoding: bytes[localStart..<position], as: UTF8.self)
    }

    private mutating func readText() throws(DaegaError) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try decode(bytes[start..<position])
    }

    /// Replaces `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` references.
    private func decode(_ slice: ArraySlice<UInt8>) throws(DaegaError) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&") else {
                result.append(byte)
                index += 1
                continue
            }
            guard let end = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw corrupt("끝나지 않은 참조 '&'") }
            let name = String(decoding: slice[(index + 1)..<end], as: UTF8.self)
            switch name {
            case "lt": result.append(UInt8(ascii: "<"))
            case "gt": result.append(UInt8(ascii: ">"))
            case "amp": result.append(UInt8(ascii: "&"))
            case "quot": result.append(UInt8(ascii: "\""))
            case "apos": result.append(UInt8(ascii: "'"))
            default:
                let number: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    number = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    number = UInt32(name.dropFirst(), radix: 10)
                } else {
                    number = nil
                }
                guard let number, let scalar = Unicode.Scalar(number) else { throw corrupt("알 수 없는 참조 '&\(name);'") }
                result.append(contentsOf: String(Character(scalar)).utf8)
            }
            index = end + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { buffer in buffer.elementsEqual(bytes[position..<(position + count)]) }
    }

    private mutating func skip(past terminator: StaticString) throws(DaegaError) {
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw corrupt("'\(terminator)'로 닫히지 않은 구문")
    }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] <= 0x20 { position += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(DaegaError) {
        guard position < bytes.count, bytes[position] == byte else {
            throw corrupt("'\(Character(Unicode.Scalar(byte)))'가 와야 할 자리")
        }
        position += 1
    }

    private func corrupt(_ what: String) -> DaegaError {
        DaegaError(.workbookCorrupt, at: .file(path: path, line: nil, column: nil),
                   "통합문서의 \(part) XML이 올바르지 않습니다: \(what) (바이트 \(position))",
                   expected: "Excel이나 LibreOffice로 다시 저장한 .xlsx")
    }
}
