import DaegaEngine

/// Error codes a `TOMLTableReader` reports, so rate books and project files keep their own codes.
public struct TOMLErrorCodes: Sendable {
    /// A key the format does not have.
    public var unknownKey: ErrorCode
    /// A required key that is absent.
    public var missingKey: ErrorCode
    /// A value of the wrong kind or out of range.
    public var badValue: ErrorCode

    /// Codes for rate books.
    public static let rateBook = TOMLErrorCodes(unknownKey: .rateBookUnknownKey, missingKey: .rateBookMissingKey, badValue: .rateBookBadValue)
    /// Codes for project files.
    public static let project = TOMLErrorCodes(unknownKey: .projectUnknownKey, missingKey: .missingInput, badValue: .valueOutOfRange)
}

/// Reads typed values out of a TOML table, remembering which keys were read so that `finish()` can
/// reject any key the format does not know, with its line and column.
public struct TOMLTableReader {
    /// The table being read.
    public let table: TOMLTable
    /// The file's path, for errors.
    public let path: String
    /// The table's dotted name (empty for the root), for errors.
    public let name: String
    private let codes: TOMLErrorCodes
    private var consumed: Set<String> = []
    /// The old spellings of settings this table was read with (``key(for:)``), for the reader's notes.
    public internal(set) var aliasesRead: [SettingAliasUse] = []

    /// Creates a reader over a table.
    public init(_ table: TOMLTable, path: String, name: String = "", codes: TOMLErrorCodes) {
        self.table = table
        self.path = path
        self.name = name
        self.codes = codes
    }

    /// Whether the table has `key`.
    public func has(_ key: String) -> Bool { table.entries[key] != nil }

    /// The spelling of `setting` the table uses: its name, or an old spelling, which is noted in ``aliasesRead``.
    /// - Returns: the key to read (the setting's name when the table has neither).
    /// - Throws: `conflictingInputs` at the second spelling when the table gives the setting twice.
    public mutating func key(for setting: SettingName) throws -> String {
        let given = ([setting.name] + setting.aliases).filter(has)
        if given.count > 1 {
            throw DaegaError(.conflictingInputs, at: location(of: given[1]),
                             "\(given[0])과(와) \(given[1])은(는) 같은 설정(\(setting.name))입니다", expected: "\(setting.name) 하나만")
        }
        guard let key = given.first else { return setting.name }
        if key != setting.name { aliasesRead.append(SettingAliasUse(spelling: key, setting: setting, location: location(of: key))) }
        return key
    }

    /// The location of `key`, or of the table when the key is absent.
    public func location(of key: String) -> InputLocation {
        let position = table.keyPositions[key] ?? table.position
        return .file(path: path, line: position.line, column: position.column)
    }

    /// The location of a value.
    public func location(of value: TOMLValue) -> InputLocation {
        .file(path: path, line: value.position.line, column: value.position.column)
    }

    private func qualified(_ key: String) -> String { name.isEmpty ? key : "\(name).\(key)" }

    /// A required plain value.
    /// - Throws: `DaegaError` when the key is absent or is a table.
    public mutating func value(_ key: String) throws -> TOMLValue {
        guard let value = try optionalValue(key) else {
            throw DaegaError(codes.missingKey, at: location(of: key), "'\(qualified(key))' 값이 없습니다",
                             expected: "\(name.isEmpty ? "" : "[\(name)] 안에 ")\(key) = …")
        }
        return value
    }

    /// An optional plain value.
    /// - Throws: `DaegaError` when the key names a table.
    public mutating func optionalValue(_ key: String) throws -> TOMLValue? {
        consumed.insert(key)
        switch table.entries[key] {
        case nil: return nil
        case let .value(value)?: return value
        default:
            throw DaegaError(codes.badValue, at: location(of: key), "'\(qualified(key))'는 값이어야 하는데 표입니다",
                             expected: "\(key) = 값")
        }
    }

    /// A required string.
    public mutating func string(_ key: String) throws -> String {
        try string(from: value(key), key: key)
    }

    /// An optional string.
    public mutating func optionalString(_ key: String) throws -> String? {
        try optionalValue(key).map { try string(from: $0, key: key) }
    }

    /// A required integer within `range`.
    public mutating func integer(_ key: String, in range: ClosedRange<Int64>) throws -> Int64 {
        try integer(from: value(key), key: key, in: range)
    }

    /// An optional integer within `range`.
    public mutating func optionalInteger(_ key: String, in range: ClosedRange<Int64>) throws -> Int64? {
        try optionalValue(key).map { try integer(from: $0, key: key, in: range) }
    }

    /// A required exact number (integer or decimal) within `range`.
    public mutating func decimal(_ key: String, in range: ClosedRange<ExactDecimal>) throws -> ExactDecimal {
        try decimal(from: value(key), key: key, in: range)
    }

    /// An optional exact number within `range`.
    public mutating func optionalDecimal(_ key: String, in range: ClosedRange<ExactDecimal>) throws -> ExactDecimal? {
        try optionalValue(key).map { try decimal(from: $0, key: key, in: range) }
    }

    /// A required boolean.
    public mutating func bool(_ key: String) throws -> Bool {
        let value = try value(key)
        guard case let .bool(flag) = value.kind else { throw kindError(value, key: key, expected: "true 또는 false") }
        return flag
    }

    /// A required date.
    public mutating func date(_ key: String) throws -> CalendarDate {
        try date(from: try value(key), key: key)
    }

    /// `value` as a date (a TOML local date or a `YYYY-MM-DD` string).
    public func date(from value: TOMLValue, key: String) throws -> CalendarDate {
        switch value.kind {
        case let .date(date): return date
        case let .string(text):
            if let date = CalendarDate(parsing: text) { return date }
            throw DaegaError(codes.badValue, at: location(of: value), "'\(qualified(key))'의 날짜 \"\(text)\"를 읽을 수 없습니다",
                             expected: "YYYY-MM-DD 형식의 실제 날짜")
        default: throw kindError(value, key: key, expected: "YYYY-MM-DD 날짜")
        }
    }

    /// A required array.
    public mutating func array(_ key: String) throws -> [TOMLValue] {
        let value = try value(key)
        guard case let .array(elements) = value.kind else { throw kindError(value, key: key, expected: "[ … ] 배열") }
        return elements
    }

    /// A required sub-table.
    public mutating func table(_ key: String) throws -> TOMLTableReader {
        guard let reader = try optionalTable(key) else {
            throw DaegaError(codes.missingKey, at: location(of: key), "[\(qualified(key))] 표가 없습니다",
                             expected: "[\(qualified(key))] 머리글과 그 값들")
        }
        return reader
    }

    /// An optional sub-table.
    public mutating func optionalTable(_ key: String) throws -> TOMLTableReader? {
        consumed.insert(key)
        switch table.entries[key] {
        case nil: return nil
        case let .table(child)?: return TOMLTableReader(child, path: path, name: qualified(key), codes: codes)
        default:
            throw DaegaError(codes.badValue, at: location(of: key), "'\(qualified(key))'는 [\(qualified(key))] 표여야 합니다",
                             expected: "[\(qualified(key))] 머리글")
        }
    }

    /// A required table (`[key]`) or array of tables (`[[key]]`), as a list of tables either way.
    /// - Throws: `DaegaError` when the key is absent or holds a plain value.
    public mutating func tableOrTableArray(_ key: String) throws -> [TOMLTableReader] {
        if case .tableArray? = table.entries[key] { return try tableArray(key) }
        return [try self.table(key)]
    }

    /// An optional array of tables (`[[key]]`); empty when absent.
    public mutating func tableArray(_ key: String) throws -> [TOMLTableReader] {
        consumed.insert(key)
        switch table.entries[key] {
        case nil: return []
        case let .tableArray(elements)?:
            return elements.map { TOMLTableReader($0, path: path, name: qualified(key), codes: codes) }
        default:
            throw DaegaError(codes.badValue, at: location(of: key), "'\(qualified(key))'는 [[\(qualified(key))]] 표 배열이어야 합니다",
                             expected: "[[\(qualified(key))]] 머리글")
        }
    }

    /// Reads `format_version` and refuses a format newer than this build reads.
    /// - Parameters:
    ///   - highest: the newest format version supported.
    ///   - code: the error code for a newer format.
    ///   - what: the kind of file, for the message (e.g. `요율표`).
    ///   - optional: whether the key may be left out, meaning version 1.
    /// - Returns: whether the version was left out (and 1 assumed).
    /// - Throws: `DaegaError` at the version's position, telling the user to update daega.
    @discardableResult
    public mutating func formatVersion(highest: Int64, code: ErrorCode, what: String, optional: Bool = false) throws -> Bool {
        if optional, try optionalValue("format_version") == nil { return true }
        let versionValue = try value("format_version")
        let version = try integer(from: versionValue, key: "format_version", in: 1...Int64(Int32.max))
        guard version <= highest else {
            throw DaegaError(code, at: location(of: versionValue),
                             "\(what) 형식 버전 \(version)은(는) 이 daega가 읽을 수 없는 새 형식입니다",
                             expected: "format_version \(highest) 이하 (daega를 업데이트하세요)")
        }
        return false
    }

    /// Every key not yet read, in file order.
    public var unreadKeys: [String] { table.keys.filter { !consumed.contains($0) } }

    /// Rejects the first key that was never read.
    /// - Parameter allowed: a description of the keys this table takes, for the message.
    /// - Throws: `DaegaError` at the unknown key's position.
    public func finish(allowed: String? = nil) throws {
        guard let key = unreadKeys.first else { return }
        let known = allowed ?? consumed.sorted().joined(separator: ", ")
        throw DaegaError(codes.unknownKey, at: location(of: key), "알 수 없는 키 '\(qualified(key))'",
                         expected: "\(name.isEmpty ? "최상위" : "[\(name)]")의 키: \(known)")
    }

    // MARK: Conversions

    /// Converts a value to a string.
    public func string(from value: TOMLValue, key: String) throws -> String {
        guard case let .string(text) = value.kind else { throw kindError(value, key: key, expected: "\"따옴표로 감싼 문자열\"") }
        return text
    }

    /// Converts a value to an integer within `range`.
    public func integer(from value: TOMLValue, key: String, in range: ClosedRange<Int64>) throws -> Int64 {
        guard case let .integer(number) = value.kind else { throw kindError(value, key: key, expected: "정수 \(range.lowerBound)~\(range.upperBound)") }
        guard range.contains(number) else {
            throw DaegaError(codes.badValue, at: location(of: value), "'\(qualified(key))' 값 \(number)이(가) 범위를 벗어났습니다",
                             expected: "\(range.lowerBound)~\(range.upperBound)")
        }
        return number
    }

    /// Converts a value to an exact number within `range`.
    public func decimal(from value: TOMLValue, key: String, in range: ClosedRange<ExactDecimal>) throws -> ExactDecimal {
        let number: ExactDecimal
        switch value.kind {
        case let .integer(integer): number = ExactDecimal(integer)
        case let .decimal(decimal): number = decimal
        default: throw kindError(value, key: key, expected: "수 \(range.lowerBound)~\(range.upperBound)")
        }
        guard range.contains(number) else {
            throw DaegaError(codes.badValue, at: location(of: value), "'\(qualified(key))' 값 \(number)이(가) 범위를 벗어났습니다",
                             expected: "\(range.lowerBound)~\(range.upperBound)")
        }
        return number
    }

    /// An error for a value of the wrong kind.
    public func kindError(_ value: TOMLValue, key: String, expected: String) -> DaegaError {
        DaegaError(codes.badValue, at: location(of: value), "'\(qualified(key))'에 \(value.kindName)이(가) 왔습니다",
                   expected: expected)
    }

    /// An error about a value's content.
    public func valueError(_ value: TOMLValue, key: String, _ message: String, expected: String) -> DaegaError {
        DaegaError(codes.badValue, at: location(of: value), "'\(qualified(key))': \(message)", expected: expected)
    }
}
