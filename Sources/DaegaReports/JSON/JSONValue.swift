import DaegaEngine

/// A JSON value with ordered object keys and exact numbers, rendered without Foundation's encoder
/// so that won amounts and decimals appear exactly as the engine computed them.
public indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// An exact number.
    case number(ExactDecimal)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object with keys in the given order.
    case object([(String, JSONValue)])

    /// An amount in won as a JSON integer.
    public static func won(_ amount: Won) -> JSONValue { .number(ExactDecimal(amount.value)) }
    /// An integer.
    public static func int(_ value: Int) -> JSONValue { .number(ExactDecimal(Int64(value))) }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value as pretty-printed JSON (two-space indent, a final newline).
    public var rendered: String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .null: out += "null"
        case let .bool(flag): out += flag ? "true" : "false"
        case let .number(number): out += number.description
        case let .string(text): out += Self.quoted(text)
        case let .array(elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (offset, element) in elements.enumerated() {
                out += pad
                element.write(into: &out, indent: indent + 1)
                out += offset == elements.count - 1 ? "\n" : ",\n"
            }
            out += closing + "]"
        case let .object(members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (offset, (key, value)) in members.enumerated() {
                out += pad + Self.quoted(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += offset == members.count - 1 ? "\n" : ",\n"
            }
            out += closing + "}"
        }
    }

    /// `text` as a JSON string literal. Control characters and bidirectional formatting characters
    /// (``ControlCharacters/isUnsafe(_:)``) are written as `\uXXXX` escapes, so the output holds none of them raw and
    /// stays valid JSON after the terminal escaping of ``ControlCharacters/escaped(_:keeping:)`` (which finds nothing).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ControlCharacters.isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
