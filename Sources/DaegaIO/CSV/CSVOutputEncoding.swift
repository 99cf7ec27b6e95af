/// How a written CSV file is encoded.
public enum CSVOutputEncoding: String, Sendable, CaseIterable {
    /// UTF-8 starting with a byte order mark, which Excel needs to open UTF-8 correctly (the default).
    case utf8WithBOM
    /// UTF-8 without a byte order mark, for other programs.
    case utf8
    /// CP949, for older Excel and tools on Korean Windows; characters outside CP949 are an error.
    case cp949
}
