/// The early-sizing reference figures (`rates/sizing/YEAR.toml`): method weights and error bands, how early counts
/// and requirement kinds map to function types, and each stage's growth and uncertainty band.
public final class SizingBook: EffectiveDated {
    public static let kindLabel = "규모 추정 참고값"
    public static let folder = "sizing"
    public static var missingCode: ErrorCode { .ratesNotFound }
    public static var yearField: String { "sizing" }

    /// The year the figures were collected.
    public let year: Int
    /// The book's title.
    public let title: String
    /// The rate book's identifier, e.g. `sizing-2026`.
    public let book: String
    /// The day the figures apply from.
    public let effectiveFrom: CalendarDate
    /// Source and status of that day.
    public let effectiveFromReference: RateReference
    /// NESMA indicative weights per internal and external data group.
    public let indicativeWeights: SizingFigure<(internal: ExactDecimal, external: ExactDecimal)>
    /// Expected error (±percent) of each method against a detailed count of the same scope.
    public let errorPercent: [SizingMethod: SizingFigure<ExactDecimal>]
    /// The function type each early count becomes.
    public let countMapping: SizingFigure<[EarlyCountKind: FunctionType]>
    /// The function type each requirement kind (as spelled in a requirement list, lower-cased) becomes, in book order.
    public let requirementKinds: SizingFigure<[(kind: String, type: FunctionType)]>
    /// Expected growth to delivery per stage.
    public let growth: SizingFigure<[SizingStage: ExactDecimal]>
    /// Low and high multipliers per stage.
    public let cone: SizingFigure<[SizingStage: (low: ExactDecimal, high: ExactDecimal)]>

    /// Creates a book.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, effectiveFromReference: RateReference,
                indicativeWeights: SizingFigure<(internal: ExactDecimal, external: ExactDecimal)>,
                errorPercent: [SizingMethod: SizingFigure<ExactDecimal>],
                countMapping: SizingFigure<[EarlyCountKind: FunctionType]>,
                requirementKinds: SizingFigure<[(kind: String, type: FunctionType)]>,
                growth: SizingFigure<[SizingStage: ExactDecimal]>,
                cone: SizingFigure<[SizingStage: (low: ExactDecimal, high: ExactDecimal)]>) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.effectiveFromReference = effectiveFromReference
        self.indicativeWeights = indicativeWeights
        self.errorPercent = errorPercent
        self.countMapping = countMapping
        self.requirementKinds = requirementKinds
        self.growth = growth
        self.cone = cone
    }

    /// The size band of `stage`.
    public func band(_ stage: SizingStage) -> StageBand {
        let cone = cone.value[stage]!
        return StageBand(growth: growth.value[stage]!, low: cone.low, high: cone.high)
    }

    /// The function type a requirement kind maps to, or `nil` when the book does not know the kind.
    public func functionType(forRequirementKind kind: some StringProtocol) -> FunctionType? {
        let key = kind.trimmingWhiteSpace.lowercased()
        return requirementKinds.value.first { $0.kind == key }?.type
    }

    /// The requirement kinds the book accepts, for error messages.
    public var acceptedRequirementKinds: String {
        requirementKinds.value.map(\.kind).joined(separator: ", ")
    }

    /// Every figure of this book for listing.
    public var summary: RateBookSummary {
        func listing<Value>(_ figure: SizingFigure<Value>, key suffix: String = "", _ text: String) -> RateFigureListing {
            RateFigureListing(key: figure.reference.key + suffix, value: "\(text) [\(figure.origin.label.ko)]", reference: figure.reference)
        }
        func joined<Item>(_ items: [Item], _ text: (Item) -> String) -> String { items.map(text).joined(separator: ", ") }
        var figures = [RateFigureListing(key: "effective_from", value: effectiveFrom.description, reference: effectiveFromReference)]
        figures.append(listing(indicativeWeights,
                               "FP = \(indicativeWeights.value.internal) × 내부 데이터 + \(indicativeWeights.value.external) × 외부 데이터"))
        figures += SizingMethod.allCases.compactMap { method in
            errorPercent[method].map { listing($0, key: ".error_percent", "±\($0.value)%") }
        }
        figures.append(listing(countMapping, joined(EarlyCountKind.allCases) { "\($0.rawValue) → \(countMapping.value[$0]!.rawValue.uppercased())" }))
        figures.append(listing(requirementKinds, joined(requirementKinds.value) { "\($0.kind) → \($0.type.rawValue.uppercased())" }))
        figures.append(listing(growth, joined(SizingStage.allCases) { "\($0.rawValue) ×\(growth.value[$0]!)" }))
        figures.append(listing(cone, joined(SizingStage.allCases) { "\($0.rawValue) ×\(cone.value[$0]!.low)~×\(cone.value[$0]!.high)" }))
        return RateBookSummary(book: book, title: title, kind: "sizing", effectiveFrom: effectiveFrom, figures: figures)
    }
}
