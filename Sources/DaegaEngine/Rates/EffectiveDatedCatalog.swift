/// A rate book that applies from a day on and is known by a year (guide edition, rule set, wage year).
public protocol EffectiveDated: Sendable {
    /// The edition or application year.
    var year: Int { get }
    /// The day it took effect.
    var effectiveFrom: CalendarDate { get }
    /// What the books of this kind are called in messages, e.g. `가이드`.
    static var kindLabel: String { get }
    /// The folder under `rates/` that holds them, for messages.
    static var folder: String { get }
}

/// Books of one kind with the rule for choosing one: by year, or the newest in force on a day.
public struct EffectiveDatedCatalog<Book: EffectiveDated>: Sendable {
    /// Books, oldest first.
    public private(set) var editions: [Book]

    /// Creates a catalog; books are sorted by effective date.
    public init(_ editions: [Book]) {
        self.editions = editions.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The book of `year`.
    /// - Throws: `DaegaError.unknownEdition` listing the available years.
    public func edition(_ year: Int) throws -> Book {
        guard let book = editions.first(where: { $0.year == year }) else {
            throw DaegaError(.unknownEdition, at: .field("edition"), "\(Book.kindLabel) \(year)년 요율표가 없습니다",
                             expected: "다음 중 하나: \(editions.map { String($0.year) }.joined(separator: ", ")) (새 판은 rates/\(Book.folder)/에 파일을 추가)")
        }
        return book
    }

    /// The newest book in force on `date` (effective on or before it).
    /// - Throws: `DaegaError.unknownEdition` when none was in force yet.
    public func editionInForce(on date: CalendarDate) throws -> Book {
        guard let book = editions.last(where: { $0.effectiveFrom <= date }) else {
            throw DaegaError(.unknownEdition, at: .field("edition"), "\(date)에 시행 중인 \(Book.kindLabel) 요율표가 없습니다",
                             expected: "판(연도)을 직접 지정")
        }
        return book
    }
}
