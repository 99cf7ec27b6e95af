import DaegaEngine

/// Terminal listings of rate books.
public enum RateCatalogText {
    /// Lists every book, marking the one in force on `date`, within 100 columns.
    /// - Parameter covered: the days the books cover together, when known.
    public static func list(_ books: [RateBookSummary], inForce: Set<String>, date: CalendarDate, language: Language,
                            covered: (first: CalendarDate, last: CalendarDate)? = nil) -> String {
        let ko = language == .ko
        let title = ko ? "요율표 목록 (기준일 \(date))" : "Rate books (as of \(date))"
        var lines = [title, String(repeating: "=", count: TerminalWrap.displayWidth(title)), ""]
        if let covered {
            lines += [ko ? "다루는 기간" : "Coverage"]
            lines += TerminalWrap.lines(ko ? "daega가 다루는 기준일: \(covered.first) ~ \(covered.last) (그 밖의 --as-of는 오류)"
                                           : "Days covered: \(covered.first) to \(covered.last) (other --as-of days are refused)",
                                        first: "  - ", rest: "    ")
            lines += [""]
        }
        let nameWidth = books.map { TerminalWrap.displayWidth($0.book) }.max() ?? 0
        let indent = String(repeating: " ", count: nameWidth + 4)
        for book in books {
            let marker = inForce.contains(book.book) ? (ko ? "  ← 기준일에 시행 중" : "  ← in force") : ""
            let uncertain = ko ? "수치 \(book.figures.count)개 중 UNCERTAIN \(book.uncertainCount)개"
                               : "\(book.figures.count) figures, \(book.uncertainCount) UNCERTAIN"
            let name = "  " + book.book + String(repeating: " ", count: nameWidth - TerminalWrap.displayWidth(book.book) + 2)
            lines += TerminalWrap.lines("\(book.period), \(uncertain)\(marker)", first: name, rest: indent)
            lines += TerminalWrap.lines(book.title, first: indent, rest: indent)
        }
        lines += ["", ko ? "자세히" : "Details", ko ? "  - daega rates <요율표 이름> 으로 각 수치의 출처를 봅니다." : "  - daega rates <book> shows each figure's source."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shows every figure of one book with its value, status and source, within 100 columns.
    public static func book(_ book: RateBookSummary, language: Language) -> String {
        let ko = language == .ko
        let title = "\(book.book) — \(book.title) (\(book.period))"
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
