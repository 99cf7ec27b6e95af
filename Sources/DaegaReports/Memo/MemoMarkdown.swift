import DaegaEngine

/// Renders a memo as GitHub-flavoured Markdown: headings, pipe tables (numbers right-aligned) and lists; every
/// text is escaped so no user text becomes markup or raw HTML.
public enum MemoMarkdown {
    /// The memo as Markdown.
    public static func render(_ memo: ProjectMemo) -> String {
        let e = MarkdownEscaping.escape
        var lines = ["# \(e(memo.title)): \(e(memo.project.name))", ""]
        lines.append([memo.project.agency, "\(memo.date)"].compactMap { $0 }.map(e).joined(separator: " · "))
        for section in memo.sections {
            lines += ["", "## \(section.number). \(e(section.title))"]
            for block in section.blocks { lines += [""] + render(block, language: memo.language) }
        }
        lines += ["", "---", "", e(memo.colophon)]
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(_ block: MemoBlock, language: Language) -> [String] {
        let e = MarkdownEscaping.escape
        switch block {
        case let .heading(text): return ["### \(e(text))"]
        case let .paragraph(text): return [e(text)]
        case let .omitted(text): return ["> \(e(text))"]
        case let .bullets(items): return items.map { "- \(e($0))" }
        case let .facts(facts):
            let w = MemoWording(language: language)
            return table(MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("내용", "Detail"))], rows: facts.map { [$0.0, $0.1] }))
        case let .table(memoTable): return table(memoTable)
        }
    }

    static func table(_ table: MemoTable) -> [String] {
        let row = { (cells: [String]) in "| " + cells.map { $0.isEmpty ? " " : MarkdownEscaping.escape($0) }.joined(separator: " | ") + " |" }
        return [row(table.columns.map(\.title)), "|" + table.columns.map { $0.isNumeric ? "---:|" : "---|" }.joined()]
            + table.rows.map(row)
    }
}
