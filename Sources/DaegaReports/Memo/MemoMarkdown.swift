import DaegaEngine

/// Renders a memo as GitHub-flavoured Markdown: the header as a table, 개조식 items as nested lists with their □ / ○
/// markers, pipe tables (numbers right-aligned) and the 붙임 after a rule; every text is escaped so no user text
/// becomes markup or raw HTML.
public enum MemoMarkdown {
    /// The memo as Markdown.
    public static func render(_ memo: ProjectMemo) -> String {
        let e = MarkdownEscaping.escape
        var lines = ["# \(e(memo.title))", "", "**\(e(memo.header.projectName))**", ""]
        let header = memo.header.lines(language: memo.language)
        lines += table(MemoTable(header.map { MemoColumn($0.label) }, rows: [header.map(\.value)]))
        if memo.header.approvalBox {
            let titles = memo.header.approvalTitles(language: memo.language)
            lines += [""] + table(MemoTable(titles.map { MemoColumn($0) }, rows: [titles.map { _ in "" }]))
        }
        for part in memo.body {
            lines += ["", "## \(part.number). \(e(part.title))", ""] + render(part.blocks)
        }
        lines += [""] + memo.enclosureLines.map { e($0) + "  " }
        for part in memo.attachments {
            lines += ["", "---", "", "## \(e(memo.attachmentHeading(part)))", ""] + render(part.blocks)
        }
        lines += ["", "---", "", e(memo.colophon)]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Blocks as lines: consecutive items form one nested list; a table or note is set apart by blank lines.
    static func render(_ blocks: [MemoBlock]) -> [String] {
        var lines: [String] = []
        var previousWasItem = false
        for block in blocks {
            switch block {
            case let .item(level, text):
                if !previousWasItem && !lines.isEmpty { lines.append("") }
                let indent = String(repeating: "  ", count: level.rawValue - 1)
                let marker = level == .detail ? "" : level.marker + " "
                lines.append("\(indent)- \(marker)\(MarkdownEscaping.escape(text))")
                previousWasItem = true
                continue
            case let .note(text):
                if !lines.isEmpty { lines.append("") }
                lines.append("※ " + MarkdownEscaping.escape(text))
            case let .table(memoTable):
                if !lines.isEmpty { lines.append("") }
                if let unit = memoTable.unit { lines += [MarkdownEscaping.escape(unit), ""] }
                lines += table(memoTable)
            }
            previousWasItem = false
        }
        return lines
    }

    static func table(_ table: MemoTable) -> [String] {
        let row = { (cells: [String]) in "| " + cells.map { $0.isEmpty ? " " : MarkdownEscaping.escape($0) }.joined(separator: " | ") + " |" }
        return [row(table.columns.map(\.title)), "|" + table.columns.map { $0.isNumeric ? "---:|" : "---|" }.joined()]
            + table.rows.map(row)
    }
}
