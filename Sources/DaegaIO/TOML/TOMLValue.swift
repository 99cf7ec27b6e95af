import DaegaEngine

/// A 1-based line and column in a text file.
public struct TextPosition: Sendable, Equatable {
    /// Line number, from 1.
    public var line: Int
    /// Column (Unicode scalar) number, from 1.
    public var column: Int
}

/// A value read from a TOML file, with where it stood.
public struct TOMLValue: Sendable {
    /// The kinds of value daega's TOML subset has.
    public indirect enum Kind: Sendable {
        /// A string.
        case string(String)
        /// An integer.
        case integer(Int64)
        /// A decimal with a fractional part, kept exact.
        case decimal(ExactDecimal)
        /// `true` or `false`.
        case bool(Bool)
        /// A local date `YYYY-MM-DD`.
        case date(CalendarDate)
        /// An array of values.
        case array([TOMLValue])
    }

    /// The value.
    public var kind: Kind
    /// Where it starts.
    public var position: TextPosition

    /// A short name of the value's kind, for error messages.
    public var kindName: String {
        switch kind {
        case .string: "문자열"
        case .integer: "정수"
        case .decimal: "소수"
        case .bool: "참/거짓"
        case .date: "날짜"
        case .array: "배열"
        }
    }
}

/// A TOML table: keys in file order, each a value, a sub-table or an array of tables.
public final class TOMLTable {
    /// An entry of a table.
    public enum Entry {
        /// A plain value.
        case value(TOMLValue)
        /// A sub-table.
        case table(TOMLTable)
        /// An array of tables (`[[name]]`).
        case tableArray([TOMLTable])
    }

    /// Keys in the order they were first written.
    public private(set) var keys: [String] = []
    /// Entries by key.
    public private(set) var entries: [String: Entry] = [:]
    /// Where each key was written.
    public private(set) var keyPositions: [String: TextPosition] = [:]
    /// Where the table's header was (line 1 column 1 for the root).
    public let position: TextPosition
    /// True once a `[header]` or a key has defined this table explicitly.
    var explicitlyDefined = false

    init(position: TextPosition) {
        self.position = position
        // Room for a typical table's keys, so that reading one does not rehash its keys as the tables grow.
        entries.reserveCapacity(8)
        keyPositions.reserveCapacity(8)
    }

    /// A new element of an array of tables, whose `[[header]]` at `position` defines it.
    static func arrayElement(at position: TextPosition) -> TOMLTable {
        let element = TOMLTable(position: position)
        element.explicitlyDefined = true
        return element
    }

    func set(_ key: String, _ entry: Entry, at position: TextPosition) {
        if entries.updateValue(entry, forKey: key) == nil { keys.append(key) }
        keyPositions[key] = position
    }

    /// Appends `element` to the array of tables under `key` in place, so that a file of n `[[key]]` headers is read
    /// in time linear in n (building a new array per header would copy every earlier element).
    func append(_ element: TOMLTable, toArray key: String, at position: TextPosition) {
        guard case var .tableArray(elements)? = entries.removeValue(forKey: key) else {
            preconditionFailure("'\(key)' is not an array of tables")
        }
        elements.append(element)
        entries[key] = .tableArray(elements)
        keyPositions[key] = position
    }
}
