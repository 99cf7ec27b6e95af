import DaegaEngine

/// Reads a `multipart/form-data` body (RFC 7578): text fields and uploaded files, all in memory.
enum MultipartForm {
    /// The boundary named in a `Content-Type: multipart/form-data; boundary=…` header, if any.
    static func boundary(inContentType contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingWhiteSpace }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = part.dropFirst("boundary=".count)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return value.isEmpty || value.count > 70 ? nil : String(value)
        }
        return nil
    }

    /// Parses `body` delimited by `boundary`. A part with a `filename` is an upload (an empty one, a file input left
    /// empty, is dropped); any other part is a text field, which must be UTF-8.
    /// - Throws: `WebFailure` (400) for a body that does not follow the format.
    static func parse(_ body: [UInt8], boundary: String) throws(WebFailure) -> WebForm {
        let malformed = WebFailure(status: 400, "양식(multipart/form-data)의 형식이 잘못되었습니다")
        let delimiter = Array(("--" + boundary).utf8)
        var form = WebForm()
        guard var cursor = find(delimiter, in: body, from: 0) else { throw malformed }
        cursor += delimiter.count
        while true {
            if body[cursor...].starts(with: Array("--".utf8)) { return form }
            guard body[cursor...].starts(with: crlf) else { throw malformed }
            cursor += 2
            guard let headerEnd = find(crlf + crlf, in: body, from: cursor) else { throw malformed }
            guard let headers = String(validating: body[cursor..<headerEnd], as: UTF8.self) else { throw malformed }
            let contentStart = headerEnd + 4
            guard let next = find(crlf + delimiter, in: body, from: contentStart) else { throw malformed }
            let content = Array(body[contentStart..<next])
            guard let disposition = headers.split(separator: "\r\n")
                .first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = parameter("name", in: disposition) else { throw malformed }
            if let filename = parameter("filename", in: disposition) {
                if !(filename.isEmpty && content.isEmpty) { form.uploads[name] = WebUpload(filename: filename, bytes: content) }
            } else {
                guard let text = String(validating: content, as: UTF8.self) else {
                    throw WebFailure(status: 400, "양식 값 '\(name)'이(가) UTF-8이 아닙니다")
                }
                form.fields[name, default: []].append(text)
            }
            cursor = next + 2 + delimiter.count
        }
    }

    /// CR LF.
    private static let crlf: [UInt8] = [13, 10]

    /// A quoted parameter such as `name="ilf"` of a Content-Disposition line.
    private static func parameter(_ key: String, in line: Substring) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let trimmed = piece.trimmingWhiteSpace
            guard trimmed.hasPrefix(key + "=") else { continue }
            var value = trimmed.dropFirst(key.count + 1)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }

    /// The first index at or after `start` where `needle` occurs in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
