import DaegaEngine

/// Renders a memo as one self-contained, print-ready HTML file: inline CSS, no scripts, no network, A4 pages with
/// page numbers (`- 1 -`), table headers repeated on every page and the 붙임 starting on a new page.
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
            <title>\(e(memo.title)) — \(e(memo.header.projectName))</title>
            <style>
            \(MemoStylesheet.css)
            </style>
            </head>
            <body>
            <header>

            """
        if memo.header.approvalBox {
            let titles = memo.header.approvalTitles(language: memo.language)
            html += "<table class=\"approval\"><thead><tr>" + titles.map { "<th>\(e($0))</th>" }.joined()
                + "</tr></thead><tbody><tr>" + titles.map { _ in "<td></td>" }.joined() + "</tr></tbody></table>\n"
        }
        html += "<h1>\(e(memo.title))</h1>\n<p class=\"subject\">\(e(memo.header.projectName))</p>\n<dl>\n"
        html += memo.header.lines(language: memo.language).map { "<div><dt>\(e($0.label))</dt><dd>\(e($0.value))</dd></div>\n" }.joined()
        html += "</dl>\n</header>\n<main>\n"
        for part in memo.body {
            html += "<section>\n<h2>\(part.number). \(e(part.title))</h2>\n" + part.blocks.map(render).joined() + "</section>\n"
        }
        html += "<p class=\"enclosures\">" + memo.enclosureLines.map(e).joined(separator: "<br>\n") + "</p>\n</main>\n"
        for (offset, part) in memo.attachments.enumerated() {
            html += "<section class=\"attachment\(offset == 0 ? " first" : "")\">\n<h2>\(e(memo.attachmentHeading(part)))</h2>\n"
                + part.blocks.map(render).joined() + "</section>\n"
        }
        html += "<footer>\(e(memo.colophon))</footer>\n</body>\n</html>\n"
        return html
    }

    static func render(_ block: MemoBlock) -> String {
        let e = HTMLEscaping.escape
        switch block {
        case let .item(level, text):
            return "<p class=\"item l\(level.rawValue)\"><span class=\"marker\">\(level.marker)</span>\(e(text))</p>\n"
        case let .note(text): return "<p class=\"note\">※ \(e(text))</p>\n"
        case let .table(table):
            let cell = { (tag: String, column: MemoColumn, text: String) in
                "<\(tag)\(column.isNumeric ? " class=\"num\"" : "")>\(e(text))</\(tag)>"
            }
            var html = table.unit.map { "<p class=\"unit\">\(e($0))</p>\n" } ?? ""
            html += "<table>\n<thead>\n<tr>" + table.columns.map { cell("th", $0, $0.title) }.joined() + "</tr>\n</thead>\n<tbody>\n"
            for row in table.rows {
                html += "<tr>" + zip(table.columns, row).map { cell("td", $0, $1) }.joined() + "</tr>\n"
            }
            return html + "</tbody>\n</table>\n"
        }
    }
}
