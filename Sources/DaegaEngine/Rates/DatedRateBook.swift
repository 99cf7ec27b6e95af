/// A rate book identified by a year and in force from a day, such as a wage table or a duration table.
public protocol DatedRateBook: Sendable {
    /// The year the book is for (적용연도 or edition).
    var year: Int { get }
    /// The book's identifier, e.g. `wages-2025`.
    var book: String { get }
    /// The day its figures took effect.
    var effectiveFrom: CalendarDate { get }
}

/// Dated rate books of one kind, with the rules for choosing one by year or by date.
public struct DatedRateBookCatalog<Book: DatedRateBook>: Sendable {
    /// Books, oldest first.
    public private(set) var books: [Book]
    /// What the books are called in messages, e.g. `SW기술자 평균임금표`.
    public let noun: String
    /// The error code for a year or date with no book.
    public let missingCode: ErrorCode
    /// The field name errors are placed at, e.g. `wage_year`.
    public let field: String

    /// Creates a catalog; books are sorted by year.
    public init(_ books: [Book], noun: String, missingCode: ErrorCode, field: String) {
        self.books = books.sorted { $0.year < $1.year }
        self.noun = noun
        self.missingCode = missingCode
        self.field = field
    }

    /// The book for `year`.
    /// - Throws: `DaegaError` with `missingCode`, listing the years there are.
    public func book(_ year: Int) throws -> Book {
        guard let book = books.first(where: { $0.year == year }) else {
            throw DaegaError(missingCode, at: .field(field), "\(year)년 \(noun)이(가) 없습니다", expected: choices)
        }
        return book
    }

    /// The newest book in force on `date` (effective on or before it).
    /// - Throws: `DaegaError` with `missingCode` when none was in force yet.
    public func bookInForce(on date: CalendarDate) throws -> Book {
        guard let book = books.last(where: { $0.effectiveFrom <= date }) else {
            throw DaegaError(missingCode, at: .field(field), "\(date)에 시행 중인 \(noun)이(가) 없습니다", expected: choices)
        }
        return book
    }

    private var choices: String {
        books.isEmpty ? "rates/ 폴더에 \(noun) 파일 추가"
                      : "다음 연도 중 하나: \(books.map { String($0.year) }.joined(separator: ", "))"
    }
}
