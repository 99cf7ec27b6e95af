import DaegaEngine

/// Terminal listings of rate books.
public enum RateCatalogText {
    /// Lists every book, marking the one in force on `date`.
    public static func list(_ books: [RateBookSummary], inForce: Set<String>, date: CalendarDate, language: Language) -> String {
        let ko = language == .ko
        var report = TextReport(title: ko ? "요율표 목록 (기준일 \(date))" : "Rate books (as of \(date))")
        report.rows(nil, books.map { book in
            let marker = inForce.contains(book.book) ? (ko ? " ← 기준일에 시행 중" : " ← in force") : ""
            let uncertain = ko ? "수치 \(book.figures.count)개 중 UNCERTAIN \(book.uncertainCount)개"
                               : "\(book.figures.count) figures, \(book.uncertainCount) UNCERTAIN"
            return (book.book, book.title, "\(book.effectiveFrom) 시행, \(uncertain)\(marker)")
        })
        report.bullets(ko ? "자세히" : "Details", [ko ? "daega rates <요율표 이름> 으로 각 수치의 출처를 봅니다." : "daega rates <book> shows each figure's source."])
        return report.rendered
    }

    /// Shows every figure of one book with its status and source.
    public static func book(_ book: RateBookSummary, language: Language) -> String {
        var report = TextReport(title: "\(book.book) — \(book.title) (\(book.effectiveFrom))")
        for figure in book.figures {
            report.rows(figure.key, [
                (language == .ko ? "값" : "value", figure.value, nil),
                (language == .ko ? "상태" : "status", figure.reference.status.rawValue, nil),
                (language == .ko ? "출처" : "source", figure.reference.source, nil),
            ])
        }
        return report.rendered
    }
}
