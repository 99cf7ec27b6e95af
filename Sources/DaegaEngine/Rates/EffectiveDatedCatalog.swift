/// A rate book that applies from a day on and is known by a year (guide edition, rule set, wage year).
public protocol EffectiveDated: Sendable {
    /// The edition or application year.
    var year: Int { get }
    /// The day it took effect.
    var effectiveFrom: CalendarDate { get }
    /// What the books of this kind are called in messages, e.g. `가이드`.
    static var kindLabel: String { get }
    /// The folder under `rates/` that holds them.
    static var folder: String { get }
    /// The error code for a year or day with no book.
    static var missingCode: ErrorCode { get }
    /// The input field a missing year is reported at, e.g. `edition` or `wage_year`.
    static var yearField: String { get }
}

extension EffectiveDated {
    public static var missingCode: ErrorCode { .unknownEdition }
    public static var yearField: String { "edition" }
}

/// Books of one kind with the rule for choosing one: by year, or the newest in force on a day.
public struct EffectiveDatedCatalog<Book: EffectiveDated>: Sendable {
    /// Books, oldest first.
    public let books: [Book]
    /// The position in `books` of the first book of each year (a batch asks for a book by year on every row).
    @usableFromInline let positionsByYear: [Int: Int]

    /// Creates a catalog; books are sorted by effective date.
    public init(_ books: [Book]) {
        self.books = books.sorted { $0.effectiveFrom < $1.effectiveFrom }
        positionsByYear = Dictionary(self.books.enumerated().map { ($1.year, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The book of `year`.
    /// - Throws: `Book.missingCode` listing the available years.
    @inlinable  // specialised where it is called: every batch row looks up its edition and wage table by year
    public func book(_ year: Int) throws -> Book {
        guard let position = positionsByYear[year] else {
            throw DaegaError(Book.missingCode, at: .field(Book.yearField), "\(year)년 \(Book.kindLabel) 요율표가 없습니다",
                             expected: choices)
        }
        return books[position]
    }

    /// The newest book in force on `date` (effective on or before it).
    /// - Throws: `Book.missingCode` when none was in force yet.
    public func bookInForce(on date: CalendarDate) throws -> Book {
        guard let book = books.last(where: { $0.effectiveFrom <= date }) else {
            throw DaegaError(Book.missingCode, at: .field(Book.yearField), "\(date)에 시행 중인 \(Book.kindLabel) 요율표가 없습니다",
                             expected: "연도를 직접 지정; " + choices)
        }
        return book
    }

    @usableFromInline var choices: String {
        books.isEmpty ? "rates/\(Book.folder)/ 폴더에 YEAR.toml 파일 추가"
                      : "다음 중 하나: \(books.map { String($0.year) }.joined(separator: ", ")) (새 연도는 rates/\(Book.folder)/에 파일을 추가)"
    }
}
