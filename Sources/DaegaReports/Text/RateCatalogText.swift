import DaegaEngine

/// Terminal listings of rate books.
public enum RateCatalogText {
    /// Lists every book, marking the one in force on `date`, within 100 columns.
    public static func list(_ books: [RateBookSummary], inForce: Set<String>, date: CalendarDate, language: Language) -> String {
        let ko = language == .ko
        let title = ko ? "요율표 목록 (기준일 \(date))" : "Rate books (as of \(date))"
        var lines = [title, String(repeating: "=", count: TerminalWrap.displayWidth(title)), ""]
        let nameWidth = books.map { TerminalWrap.displayWidth($0.book) }.max() ?? 0
        let indent = String(repeating: " ", count: nameWidth + 4)
        for book in books {
            let marker = inForce.contains(book.book) ? (ko ? "  ← 기준일에 시행 중" : "  ← in force") : ""
            let uncertain = ko ? "\(book.effectiveFrom) 시행, 수치 \(book.figures.count)개 중 UNCERTAIN \(book.uncertainCount)개"
                               : "in force from \(book.effectiveFrom), \(book.figures.count) figures, \(book.uncertainCount) UNCERTAIN"
            let name = "  " + book.book + String(repeating: " ", count: nameWidth - TerminalWrap.displayWidth(book.book) + 2)
            lines += TerminalWrap.lines(book.title + marker, first: name, rest: indent)
            lines += TerminalWrap.lines(uncertain, first: indent, rest: indent)
        }
        lines += ["", ko ? "자세히" : "Details", ko ? "  - daega rates <요율표 이름> 으로 각 수치의 출처를 봅니다." : "  - daega rates <book> shows each figure's source."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shows every figure of one book with its value, status and source, within 100 columns.
    public static func book(_ book: RateBookSummary, language: Language) -> String {
        let ko = language == .ko
        let title = "\(book.book) — \(book.title) (\(book.effectiveFrom))"
        var lines = TerminalWrap.lines(title, first: "", rest: "")
        lines += [String(repeating: "=", count: min(TerminalWrap.width, TerminalWrap.displayWidth(title)))]
        for figure in book.figures {
            lines += ["", "\(figure.key)  [\(figure.reference.status.rawValue)]"]
            lines += TerminalWrap.lines(figure.value, first: ko ? "  값    " : "  value  ", rest: ko ? "        " : "         ")
            lines += TerminalWrap.lines(figure.reference.source, first: ko ? "  출처  " : "  source ", rest: ko ? "        " : "         ")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
