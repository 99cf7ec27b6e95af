/// One band of the 1인 생산성 table: from a size on, how many function points one person delivers a month.
public struct ProductivityBand: Sendable, Equatable {
    /// The smallest size (FP) of the band.
    public var fromFunctionPoints: ExactDecimal
    /// 1인 생산성 (FP/MM).
    public var functionPointsPerManMonth: ExactDecimal

    /// Creates a band.
    public init(fromFunctionPoints: ExactDecimal, functionPointsPerManMonth: ExactDecimal) {
        self.fromFunctionPoints = fromFunctionPoints
        self.functionPointsPerManMonth = functionPointsPerManMonth
    }
}

/// The 적정 사업기간 productivity table (「소프트웨어사업 계약 및 관리감독에 관한 지침」 별표 1), as loaded from a rate book.
public final class ProductivityBands: EffectiveDated {
    public static let kindLabel = "적정 사업기간 생산성"
    public static let folder = "duration"
    public static var missingCode: ErrorCode { .ratesNotFound }
    public static var yearField: String { "duration" }

    /// The 지침's year.
    public let year: Int
    /// The book's title.
    public let title: String
    /// The rate book's identifier, e.g. `duration-2020`.
    public let book: String
    /// The day the 지침 took effect.
    public let effectiveFrom: CalendarDate
    /// Source and status of that day.
    public let effectiveFromReference: RateReference
    /// The bands, smallest size first; the first starts at 0 FP.
    public let bands: Sourced<[ProductivityBand]>

    /// Creates a table.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, effectiveFromReference: RateReference,
                bands: Sourced<[ProductivityBand]>) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.effectiveFromReference = effectiveFromReference
        self.bands = bands
    }

    /// 1인 생산성 for a project of `functionPoints`: the last band whose lower bound it reaches.
    public func productivity(for functionPoints: ExactDecimal) -> ExactDecimal {
        // From the last band down; the first band when none is reached.
        let table = bands.value
        var index = table.count - 1
        while index > 0 && functionPoints < table[index].fromFunctionPoints { index -= 1 }
        return table[max(index, 0)].functionPointsPerManMonth
    }

    /// Every figure of this table for listing.
    public var summary: RateBookSummary {
        let text = bands.value.map { "\($0.fromFunctionPoints.grouped) FP 이상 \($0.functionPointsPerManMonth) FP/MM" }.joined(separator: ", ")
        return RateBookSummary(book: book, title: title, kind: "duration", effectiveFrom: effectiveFrom, figures: [
            RateFigureListing(key: "effective_from", value: effectiveFrom.description, reference: effectiveFromReference),
            RateFigureListing(key: bands.reference.key, value: text, reference: bands.reference),
        ])
    }
}
