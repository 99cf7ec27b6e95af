/// Reads an `application/x-www-form-urlencoded` body (`a=1&b=%EA%B0%80`) into a form.
enum URLEncodedForm {
    /// Parses `bytes`; a pair whose percent-escapes are not valid UTF-8 is refused.
    /// - Throws: `WebFailure` (400) for a malformed escape.
    static func parse(_ bytes: [UInt8]) throws(WebFailure) -> WebForm {
        var form = WebForm()
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            form.fields[name, default: []].append(value)
        }
        return form
    }

    /// Decodes `+` and `%XX` escapes.
    /// - Throws: `WebFailure` (400) for a bad escape or bytes that are not UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>) throws(WebFailure) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                    throw WebFailure(status: 400, "양식 값의 % 표기가 잘못되었습니다")
                }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw WebFailure(status: 400, "양식 값이 UTF-8이 아닙니다")
        }
        return text
    }

    /// The value of one hexadecimal digit.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
