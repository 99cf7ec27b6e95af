import DaegaEngine

/// A submitted form: its text fields and its uploaded files, held in memory.
public struct WebForm: Sendable, Equatable {
    /// Text fields by name, every value in the order sent.
    public var fields: [String: [String]]
    /// Uploaded files by field name (a field with no file chosen is absent).
    public var uploads: [String: WebUpload]

    /// Creates a form.
    public init(fields: [String: [String]] = [:], uploads: [String: WebUpload] = [:]) {
        self.fields = fields
        self.uploads = uploads
    }

    /// The field's first value with white space trimmed, or `nil` when it is absent or blank.
    public func value(_ name: String) -> String? {
        guard let text = fields[name]?.first?.trimmingWhiteSpace, !text.isEmpty else { return nil }
        return String(text)
    }

    /// The field's non-blank lines, across every value sent (a text area holds one entry per line).
    public func lines(_ name: String) -> [String] {
        (fields[name] ?? []).flatMap { $0.split(whereSeparator: \.isNewline) }
            .map { String($0.trimmingWhiteSpace) }.filter { !$0.isEmpty }
    }
}

/// A file uploaded through a form, in memory: never a path on this machine.
public struct WebUpload: Sendable, Equatable {
    /// The file name the browser sent, reduced to its last component (for messages only).
    public var filename: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates an upload, keeping only the last component of the browser's file name.
    public init(filename: String, bytes: [UInt8]) {
        let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        self.filename = last.isEmpty || last == "." || last == ".." ? "upload" : last
        self.bytes = bytes
    }
}
