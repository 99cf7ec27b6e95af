import Foundation

/// Reads GitHub-flavoured pipe tables back out of Markdown, honouring `\|` escapes, for tests.
struct MarkdownTables {
    /// One table: its header cells and rows of cells (unescaped), with the heading it sits under.
    struct Table {
        var section: String
        var heading: String
        var header: [String]
        var rows: [[String]]
    }

    /// Every table in `markdown`, in order.
    static func parse(_ markdown: String) -> [Table] {
        var tables: [Table] = []
        var section = "", heading = ""
        var current: Table?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## ") { section = line }
            if line.hasPrefix("#") { heading = line }
            guard line.hasPrefix("|") else {
                if let table = current { tables.append(table) }
                current = nil
                continue
            }
            let cells = split(line)
            if current == nil {
                current = Table(section: section, heading: heading, header: cells, rows: [])
            } else if !cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } && !$0.isEmpty }) {
                current?.rows.append(cells)
            }
        }
        if let table = current { tables.append(table) }
        return tables
    }

    /// The cells of one table line, with backslash escapes removed and spaces trimmed.
    static func split(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", escaped = false
        for character in line.dropFirst() {
            if escaped {
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }
}
