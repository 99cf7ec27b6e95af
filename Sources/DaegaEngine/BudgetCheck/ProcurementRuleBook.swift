/// A procurement rule book (`rates/procurement/YEAR.toml`): every tender and contract rule with its own dated
/// versions, from which the rules in force on a day are chosen.
public final class ProcurementRuleBook: Sendable, EffectiveDated {
    public static let kindLabel = "입찰·계약 규칙"
    public static let folder = "procurement"

    /// The book's year.
    public let year: Int
    /// Its title.
    public let title: String
    /// Its identifier, e.g. `procurement-2025`.
    public let book: String
    /// The first day any of its rules covers.
    public let effectiveFrom: CalendarDate
    /// The typical winning bid as a percentage of the budget.
    public let awardRatioPercent: DatedRule<ExactDecimal>
    /// The award ratio a check also shows the tier boundaries at, for comparison.
    public let awardRatioComparisonPercent: DatedRule<ExactDecimal>
    /// 대기업 참여하한.
    public let participationThresholds: DatedRule<ParticipationThresholds>
    /// How close below a threshold counts as "just below".
    public let participationMarginPercent: DatedRule<ExactDecimal>
    /// 상호출자제한기업집단 barred.
    public let conglomerateBan: DatedRule<Bool>
    /// 상용SW 직접구매 (earlier 분리발주) triggers.
    public let directPurchase: DatedRule<DirectPurchaseThresholds>
    /// 과업심의위원회 simplified review limit.
    public let simplifiedTaskReviewUpTo: DatedRule<Won>
    /// The 협상 price-score rule.
    public let priceScore: DatedRule<PriceScoreRule>
    /// 협상적격 share.
    public let negotiationQualificationPercent: DatedRule<ExactDecimal>
    /// Published 유찰 rates.
    public let tenderFailureRates: DatedRule<[Int: ExactDecimal]>
    /// The VAT-exclusive hint's tolerance.
    public let vatExclusiveTolerancePercent: DatedRule<ExactDecimal>

    /// Creates a book.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, awardRatioPercent: DatedRule<ExactDecimal>,
                awardRatioComparisonPercent: DatedRule<ExactDecimal>,
                participationThresholds: DatedRule<ParticipationThresholds>, participationMarginPercent: DatedRule<ExactDecimal>,
                conglomerateBan: DatedRule<Bool>, directPurchase: DatedRule<DirectPurchaseThresholds>,
                simplifiedTaskReviewUpTo: DatedRule<Won>, priceScore: DatedRule<PriceScoreRule>,
                negotiationQualificationPercent: DatedRule<ExactDecimal>, tenderFailureRates: DatedRule<[Int: ExactDecimal]>,
                vatExclusiveTolerancePercent: DatedRule<ExactDecimal>) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.awardRatioPercent = awardRatioPercent
        self.awardRatioComparisonPercent = awardRatioComparisonPercent
        self.participationThresholds = participationThresholds
        self.participationMarginPercent = participationMarginPercent
        self.conglomerateBan = conglomerateBan
        self.directPurchase = directPurchase
        self.simplifiedTaskReviewUpTo = simplifiedTaskReviewUpTo
        self.priceScore = priceScore
        self.negotiationQualificationPercent = negotiationQualificationPercent
        self.tenderFailureRates = tenderFailureRates
        self.vatExclusiveTolerancePercent = vatExclusiveTolerancePercent
    }

    /// The rules in force on `date`: each rule's version covering that day. A rule that did not exist yet (과업심의,
    /// or a scoring rule before the first day daega's book covers it) is absent.
    /// - Throws: `DaegaError.dateNotCovered` naming a rule a budget check needs and the periods it covers.
    public func rules(on date: CalendarDate) throws -> ProcurementRules {
        ProcurementRules(
            year: year, title: title, book: book, effectiveFrom: date,
            awardRatioPercent: try awardRatioPercent.value(on: date),
            awardRatioComparisonPercent: try awardRatioComparisonPercent.value(on: date),
            participationThresholds: try participationThresholds.value(on: date),
            participationMarginPercent: try participationMarginPercent.value(on: date),
            conglomerateBan: try conglomerateBan.value(on: date), directPurchase: try directPurchase.value(on: date),
            simplifiedTaskReviewUpTo: try simplifiedTaskReviewUpTo.valueIfAny(on: date),
            priceScore: try priceScore.valueIfAny(on: date),
            negotiationQualificationPercent: try negotiationQualificationPercent.valueIfAny(on: date),
            tenderFailureRates: try tenderFailureRates.value(on: date),
            vatExclusiveTolerancePercent: try vatExclusiveTolerancePercent.value(on: date))
    }
}
