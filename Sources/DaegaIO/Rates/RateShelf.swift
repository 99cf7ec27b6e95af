import DaegaEngine
import Synchronization

/// The rate books of one kind (one folder under `rates/`): every file's header (edition, title, effective dates) is
/// read when the folder is opened, and a book is parsed and validated the first time it is asked for, then kept.
///
/// So a command parses only the books it uses, and a malformed book is reported (file, line, column) by the command
/// that uses it; ``RateLibrary/load(from:)`` and ``RateLibrary/validate()`` parse them all. Thread-safe: a book is
/// parsed once, under a lock.
public final class RateShelf<Book: EffectiveDated>: Sendable {
    /// A book's file and the header read from it.
    struct Entry: Sendable {
        let file: RateLibrary.BookText
        let header: RateBookHeader
    }

    /// The books' files, oldest effective date first (the order of ``EffectiveDatedCatalog/books``).
    let entries: [Entry]
    private let read: @Sendable (String, String) throws -> Book
    private let parsed: Mutex<[Book?]>

    /// Reads the header of every file of this kind among `texts`.
    /// - Parameters:
    ///   - texts: the folder's files (others are skipped).
    ///   - kind: the `kind` a book of this folder declares, e.g. `guide`.
    ///   - read: the book reader, for ``book(_:)``.
    /// - Throws: `DaegaError` for a header that cannot be read or a file not named for its edition.
    init(_ texts: [RateLibrary.BookText], kind: String, read: @escaping @Sendable (String, String) throws -> Book) throws {
        var entries: [Entry] = []
        for text in texts where text.relative.hasPrefix(Book.folder + "/") {
            let document = try TOMLParser.parseLeadingKeys(text.text, path: text.path, syntaxCode: .rateBookSyntax)
            var root = TOMLTableReader(document, path: text.path, codes: .rateBook)
            let header = try RateBookHeader.read(&root, book: Book.folder, expectedKind: kind)
            try RateLibrary.checkFileName(text.relative, path: text.path, edition: header.edition)
            entries.append(Entry(file: text, header: header))
        }
        self.entries = entries.sorted { $0.header.effectiveFrom < $1.header.effectiveFrom }
        self.read = read
        parsed = Mutex(Array(repeating: nil, count: entries.count))
    }

    /// The files, relative to the rates folder, in name order.
    var files: [String] { entries.map(\.file.relative).sorted() }

    /// The book at `position` of ``entries``, parsed now if it was not yet.
    /// - Throws: `DaegaError` naming the book's file, line and column when it is malformed.
    func book(at position: Int) throws -> Book {
        try parsed.withLock { books in
            if let book = books[position] { return book }
            let entry = entries[position]
            let book = try read(entry.file.text, entry.file.path)
            books[position] = book
            return book
        }
    }

    /// Every book, each parsed now if it was not yet, as the engine's catalog.
    /// - Throws: `DaegaError` for the first malformed book.
    public func catalog() throws -> EffectiveDatedCatalog<Book> {
        EffectiveDatedCatalog(try entries.indices.map(book(at:)))
    }

    /// Every book, oldest first.
    /// - Throws: `DaegaError` for the first malformed book.
    public var books: [Book] {
        get throws { try catalog().books }
    }

    /// The book of `year`.
    /// - Throws: `Book.missingCode` listing the years there are (read from every book), or the book's own error when
    ///   it is malformed.
    public func book(_ year: Int) throws -> Book {
        guard let position = entries.firstIndex(where: { $0.header.edition == year }) else { return try catalog().book(year) }
        return try book(at: position)
    }

    /// The newest book in force on `date` (effective on or before it).
    /// - Throws: `Book.missingCode` when none was in force yet, or the book's own error when it is malformed.
    public func bookInForce(on date: CalendarDate) throws -> Book {
        guard let position = entries.lastIndex(where: { $0.header.effectiveFrom <= date }) else {
            return try catalog().bookInForce(on: date)
        }
        return try book(at: position)
    }

    /// The newest book, if there is one.
    /// - Throws: `DaegaError` when it is malformed.
    public func newest() throws -> Book? {
        try entries.indices.last.map(book(at:))
    }
}

extension RateShelf where Book == WageTable {
    /// The wage table in force on `date`, as ``EffectiveDatedCatalog/tableInForce(on:)`` chooses it.
    /// - Throws: `DaegaError.unknownWageYear` naming the periods the tables cover, or the table's own error when it is
    ///   malformed.
    public func tableInForce(on date: CalendarDate) throws -> WageTable {
        if let position = entries.lastIndex(where: { $0.header.effectiveFrom <= date }) {
            let table = try book(at: position)
            if date <= table.effectiveTo { return table }
        }
        return try catalog().tableInForce(on: date)
    }

    /// The newest table older than `table` that publishes its working days, as
    /// ``EffectiveDatedCatalog/usualDivisorTable(for:)`` chooses it, parsing only the tables it looks at.
    /// - Throws: `DaegaError` when one of those tables is malformed.
    public func usualDivisorTable(for table: WageTable) throws -> WageTable? {
        guard table.workingDays == nil else { return nil }
        for position in entries.indices.reversed() where entries[position].header.effectiveFrom < table.effectiveFrom {
            let candidate = try book(at: position)
            if candidate.workingDays != nil { return candidate }
        }
        return nil
    }
}
