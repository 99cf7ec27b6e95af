/// One piece of a memo section, rendered the same way in HTML, Markdown and HWPX.
public enum MemoBlock: Sendable, Equatable {
    /// A 개조식 item at its level (□ / ○ / -).
    case item(MemoLevel, String)
    /// A remark printed with ※, smaller than the items.
    case note(String)
    /// A table with a header row.
    case table(MemoTable)
}
