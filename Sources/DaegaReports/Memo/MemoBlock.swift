/// One piece of a memo section, rendered the same way in HTML and Markdown.
public enum MemoBlock: Sendable {
    /// A sub-heading inside a section.
    case heading(String)
    /// A paragraph of text.
    case paragraph(String)
    /// A bulleted list.
    case bullets([String])
    /// Label–value facts, shown as a two-column table.
    case facts([(String, String)])
    /// A table.
    case table(MemoTable)
    /// Why a section (or part of one) is left out: its inputs were not given.
    case omitted(String)
}
