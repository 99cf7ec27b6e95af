import DaegaEngine

/// Renders a memo as one self-contained, print-ready HTML file: inline CSS, no scripts, no network, A4 pages.
public enum MemoHTML {
    /// The memo as an HTML document; every text is escaped.
    public static func render(_ memo: ProjectMemo) -> String {
        let e = HTMLEscaping.escape
        var html = """
            <!DOCTYPE html>
            <html lang="\(memo.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(memo.title)) — \(e(memo.project.name))</title>
            <style>
            \(MemoStylesheet.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(e(memo.title))</h1>
            <p class="project">\(e(memo.project.name))</p>

            """
        let meta = [memo.project.agency, "\(memo.date)"].compactMap { $0 }.map(e).joined(separator: " · ")
        html += "<p class=\"meta\">\(meta)</p>\n</header>\n"
        for (offset, section) in memo.sections.enumerated() {
            let classes = [offset == 0 ? "first" : nil, section.isOmitted ? "omitted" : nil].compactMap { $0 }
            html += "<section\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\n"
            html += "<h2>\(section.number). \(e(section.title))</h2>\n"
            for block in section.blocks { html += render(block) }
            html += "</section>\n"
        }
        html += "<footer>\(e(memo.colophon))</footer>\n</body>\n</html>\n"
        return html
    }

    static func render(_ block: MemoBlock) -> String {
        let e = HTMLEscaping.escape
        switch block {
        case let .heading(text): return "<h3>\(e(text))</h3>\n"
        case let .paragraph(text): return "<p>\(e(text))</p>\n"
        case let .omitted(text): return "<p class=\"omitted\">\(e(text))</p>\n"
        case let .bullets(items): return "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        case let .facts(facts):
            return "<table class=\"facts\">\n<tbody>\n"
                + facts.map { "<tr><th scope=\"row\">\(e($0.0))</th><td>\(e($0.1))</td></tr>\n" }.joined()
                + "</tbody>\n</table>\n"
        case let .table(table):
            let cell = { (tag: String, column: MemoColumn, text: String) in
                "<\(tag)\(column.isNumeric ? " class=\"num\"" : "")>\(e(text))</\(tag)>"
            }
            var html = "<table>\n<thead>\n<tr>" + table.columns.map { cell("th", $0, $0.title) }.joined() + "</tr>\n</thead>\n<tbody>\n"
            for row in table.rows {
                html += "<tr>" + zip(table.columns, row).map { cell("td", $0, $1) }.joined() + "</tr>\n"
            }
            return html + "</tbody>\n</table>\n"
        }
    }
}
