import DaegaEngine

/// Terminal listings of rate books.
public enum RateCatalogText {
    /// Lists every book, marking the one in force on `date`.
    /// - Parameter covered: the days the books cover together, when known.
    public static func list(_ books: [RateBookSummary], inForce: Set<String>, date: CalendarDate, language: Language,
                            covered: (first: CalendarDate, last: CalendarDate)? = nil) -> String {
        let ko = language == .ko
        var report = TextReport(title: ko ? "요율표 목록 (기준일 \(date))" : "Rate books (as of \(date))")
        if let covered {
            report.bullets(ko ? "다루는 기간" : "Coverage", [ko ? "daega가 다루는 기준일: \(covered.first) ~ \(covered.last) (그 밖의 --as-of는 오류)"
                                    : "Days covered: \(covered.first) to \(covered.last) (other --as-of days are refused)"])
        }
        report.rows(nil, books.map { book in
            let marker = inForce.contains(book.book) ? (ko ? " ← 기준일에 시행 중" : " ← in force") : ""
            let uncertain = ko ? "수치 \(book.figures.count)개 중 UNCERTAIN \(book.uncertainCount)개"
                               : "\(book.figures.count) figures, \(book.uncertainCount) UNCERTAIN"
            return (book.book, book.title, "\(book.period), \(uncertain)\(marker)")
        })
        report.bullets(ko ? "자세히" : "Details", [ko ? "daega rates <요율표 이름> 으로 각 수치의 출처를 봅니다." : "daega rates <book> shows each figure's source."])
        return report.rendered
    }

    /// Shows every figure of one book with its status and source.
    public static func book(_ book: RateBookSummary, language: Language) -> String {
        var report = TextReport(title: "\(book.book) — \(book.title) (\(book.period))")
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
