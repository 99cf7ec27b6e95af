import DaegaEngine

/// The fields every rate book starts with.
public struct RateBookHeader: Sendable {
    /// The newest rate-book format this build reads.
    public static let highestSupportedFormat: Int64 = 1

    /// The book's kind, e.g. `guide`.
    public var kind: String
    /// The edition or year the book is for.
    public var edition: Int
    /// The book's title.
    public var title: String
    /// The day its figures took effect.
    public var effectiveFrom: CalendarDate
    /// Status and source of that date.
    public var effectiveFromReference: RateReference
    /// The last day its figures applied (`effective_to`), when the book says it ended.
    public var effectiveTo: CalendarDate?

    /// Reads the header from a book's root table.
    /// - Parameters:
    ///   - root: the root table reader (keys read here are marked as read).
    ///   - book: the book's identifier, e.g. `guide-2020`.
    ///   - expectedKind: the kind the caller can load.
    /// - Throws: `DaegaError` for a newer format, a wrong kind or a missing field.
    public static func read(_ root: inout TOMLTableReader, book: String, expectedKind: String) throws -> RateBookHeader {
        try root.formatVersion(highest: highestSupportedFormat, code: .rateBookNewerFormat, what: "요율표")
        let kindValue = try root.value("kind")
        let kind = try root.string(from: kindValue, key: "kind")
        guard kind == expectedKind else {
            throw root.valueError(kindValue, key: "kind", "종류 \"\(kind)\"는 이 폴더에 맞지 않습니다", expected: "\"\(expectedKind)\"")
        }
        let edition = Int(try root.integer("edition", in: 1990...2100))
        let title = try root.string("title")
        let effectiveFrom = try root.date("effective_from")
        let reference = try readReference(&root, book: book, edition: title, key: "effective_from",
                                          statusKey: "effective_from_status", sourceKey: "effective_from_source")
        var effectiveTo: CalendarDate?
        if let value = try root.optionalValue("effective_to") {
            let date = try root.date(from: value, key: "effective_to")
            guard date >= effectiveFrom else {
                throw root.valueError(value, key: "effective_to", "적용 종료일 \(date)이 시작일 \(effectiveFrom)보다 앞섭니다",
                                      expected: "\(effectiveFrom) 이후의 날짜")
            }
            effectiveTo = date
        }
        return RateBookHeader(kind: kind, edition: edition, title: title, effectiveFrom: effectiveFrom,
                              effectiveFromReference: reference, effectiveTo: effectiveTo)
    }

    /// Reads a figure's `status` and `source` keys into a reference.
    /// - Throws: `DaegaError` when either is missing or the status is not VERIFIED/UNCERTAIN.
    public static func readReference(_ reader: inout TOMLTableReader, book: String, edition: String, key: String,
                                     statusKey: String = "status", sourceKey: String = "source") throws -> RateReference {
        let statusValue = try reader.value(statusKey)
        let statusText = try reader.string(from: statusValue, key: statusKey)
        guard let status = RateStatus(rawValue: statusText) else {
            throw reader.valueError(statusValue, key: statusKey, "상태 \"\(statusText)\"는 알 수 없습니다",
                                    expected: "\"VERIFIED\" 또는 \"UNCERTAIN\"")
        }
        let sourceValue = try reader.value(sourceKey)
        let source = try reader.string(from: sourceValue, key: sourceKey)
        // Blank is what Foundation's `.whitespaces` trims: tab and the space separators (Zs).
        guard !source.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) else {
            throw reader.valueError(sourceValue, key: sourceKey, "출처가 비어 있습니다", expected: "수치의 공개 출처")
        }
        return RateReference(book: book, edition: edition, key: key, source: source, status: status)
    }
}
