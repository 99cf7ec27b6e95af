import DaegaEngine

/// JSON listings of rate books.
public enum RateCatalogJSON {
    /// Lists every book with its figure counts.
    public static func list(_ books: [RateBookSummary], inForce: Set<String>, date: CalendarDate) -> JSONValue {
        .object([
            ("as_of", .string(date.description)),
            ("in_force", .array(inForce.sorted().map { .string($0) })),
            ("books", .array(books.map { book in
                .object([("book", .string(book.book)), ("title", .string(book.title)), ("kind", .string(book.kind)),
                         ("effective_from", .string(book.effectiveFrom.description)),
                         ("effective_to", book.effectiveTo.map { .string($0.description) } ?? .null),
                         ("figures", .int(book.figures.count)), ("uncertain", .int(book.uncertainCount))])
            })),
        ])
    }

    /// One book with every figure.
    public static func book(_ book: RateBookSummary) -> JSONValue {
        .object([
            ("book", .string(book.book)), ("title", .string(book.title)), ("kind", .string(book.kind)),
            ("effective_from", .string(book.effectiveFrom.description)),
            ("effective_to", book.effectiveTo.map { .string($0.description) } ?? .null),
            ("figures", .array(book.figures.map { figure in
                .object([("key", .string(figure.key)), ("value", .string(figure.value)),
                         ("status", .string(figure.reference.status.rawValue)), ("source", .string(figure.reference.source))])
            })),
        ])
    }
}
