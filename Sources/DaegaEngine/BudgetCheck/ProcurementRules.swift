/// The tender and contract rules a budget check applies on one day: each rule's version in force that day, from a
/// procurement rate book (see `ProcurementRuleBook`).
public final class ProcurementRules: Sendable {

    /// The rule set's year.
    public let year: Int
    /// Its title.
    public let title: String
    /// The book's identifier, e.g. `procurement-2025`.
    public let book: String
    /// The day the rules were chosen for.
    public let effectiveFrom: CalendarDate
    /// The typical winning bid as a percentage of the budget.
    public let awardRatioPercent: Sourced<ExactDecimal>
    /// The award ratio a check also shows the tier boundaries at, for comparison.
    public let awardRatioComparisonPercent: Sourced<ExactDecimal>
    /// 대기업 참여하한 (VAT 포함): recently graduated mid-size, large under the revenue boundary, large above.
    public let participationThresholds: Sourced<ParticipationThresholds>
    /// How close below a threshold counts as "just below" (percent of the threshold).
    public let participationMarginPercent: Sourced<ExactDecimal>
    /// 상호출자제한기업집단 barred.
    public let conglomerateBan: Sourced<Bool>
    /// 상용SW 직접구매 triggers (VAT 포함 project amount, single product amount).
    public let directPurchase: Sourced<DirectPurchaseThresholds>
    /// 과업심의위원회: projects up to this amount may use simplified review; `nil` before the committee existed.
    public let simplifiedTaskReviewUpTo: Sourced<Won>?
    /// The 협상 price-score rule; `nil` before the first day daega's book covers it.
    public let priceScore: Sourced<PriceScoreRule>?
    /// The 80:20 weights and the cases that allow them; `nil` before the first day daega's book covers them.
    public let alternativePriceWeights: Sourced<AlternativePriceWeights>?
    /// 협상적격: technical score share needed; `nil` before the first day daega's book covers it.
    public let negotiationQualificationPercent: Sourced<ExactDecimal>?
    /// Published 유찰 rates for large projects (2016, 2021).
    public let tenderFailureRates: Sourced<[Int: ExactDecimal]>
    /// A budget within this percentage of the VAT-exclusive proper cost is flagged as possibly VAT-exclusive.
    public let vatExclusiveTolerancePercent: Sourced<ExactDecimal>
    /// 하도급: the share of the project amount that may be subcontracted, and whether 재하도급 is barred.
    public let subcontracting: Sourced<SubcontractingLimits>?
    /// 적정 사업기간: up to which amount the agency head sets the period, and beyond which months 장기계속계약 applies.
    public let projectDuration: Sourced<ProjectDurationRules>?
    /// The rules that price a scope change (`daega change`), when the book has them.
    public let contractChange: ContractChangeRules?
    /// The participation tiers' floors and just-below bounds, worked out once from the two figures above.
    let participationBands: InlineArray<3, ParticipationAssessment.Band>

    /// Creates a rule set.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, awardRatioPercent: Sourced<ExactDecimal>,
                awardRatioComparisonPercent: Sourced<ExactDecimal>,
                participationThresholds: Sourced<ParticipationThresholds>, participationMarginPercent: Sourced<ExactDecimal>,
                conglomerateBan: Sourced<Bool>, directPurchase: Sourced<DirectPurchaseThresholds>,
                simplifiedTaskReviewUpTo: Sourced<Won>?, priceScore: Sourced<PriceScoreRule>?,
                alternativePriceWeights: Sourced<AlternativePriceWeights>? = nil,
                negotiationQualificationPercent: Sourced<ExactDecimal>?, tenderFailureRates: Sourced<[Int: ExactDecimal]>,
                vatExclusiveTolerancePercent: Sourced<ExactDecimal>, subcontracting: Sourced<SubcontractingLimits>?,
                projectDuration: Sourced<ProjectDurationRules>?, contractChange: ContractChangeRules? = nil) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.awardRatioPercent = awardRatioPercent
        self.awardRatioComparisonPercent = awardRatioComparisonPercent
        self.participationThresholds = participationThresholds
        self.participationMarginPercent = participationMarginPercent
        participationBands = ParticipationAssessment.bands(participationThresholds.value,
                                                           marginPercent: participationMarginPercent.value)
        self.conglomerateBan = conglomerateBan
        self.directPurchase = directPurchase
        self.simplifiedTaskReviewUpTo = simplifiedTaskReviewUpTo
        self.priceScore = priceScore
        self.alternativePriceWeights = alternativePriceWeights
        self.negotiationQualificationPercent = negotiationQualificationPercent
        self.tenderFailureRates = tenderFailureRates
        self.vatExclusiveTolerancePercent = vatExclusiveTolerancePercent
        self.subcontracting = subcontracting
        self.projectDuration = projectDuration
        self.contractChange = contractChange
    }
}

/// 대기업 참여하한 by company tier (VAT 포함 사업금액), with the figures that define the tiers.
public struct ParticipationThresholds: Sendable, Equatable {
    /// 중소기업에서 중견(대기업 분류)으로 바뀐 지 `recentMidsizeYears`년 이내: may bid from this amount.
    public var recentMidsize: Won
    /// 대기업, 매출 `revenueBoundary` 미만.
    public var largeSmallerRevenue: Won
    /// 대기업, 매출 `revenueBoundary` 이상.
    public var largeBiggerRevenue: Won
    /// How many years after leaving SME status a firm counts in the first tier.
    public var recentMidsizeYears: Int
    /// The revenue that splits large firms into the second and third tiers.
    public var revenueBoundary: Won

    /// Creates thresholds.
    public init(recentMidsize: Won, largeSmallerRevenue: Won, largeBiggerRevenue: Won, recentMidsizeYears: Int,
                revenueBoundary: Won) {
        self.recentMidsize = recentMidsize
        self.largeSmallerRevenue = largeSmallerRevenue
        self.largeBiggerRevenue = largeBiggerRevenue
        self.recentMidsizeYears = recentMidsizeYears
        self.revenueBoundary = revenueBoundary
    }
}

/// 상용SW 직접구매 triggers.
public struct DirectPurchaseThresholds: Sendable, Equatable {
    /// The project amount (VAT 포함) from which direct purchase applies.
    public var project: Won
    /// A single product's amount from which it must be bought directly.
    public var product: Won

    /// Creates thresholds.
    public init(project: Won, product: Won) {
        self.project = project
        self.product = product
    }
}

/// The 협상에 의한 계약 price-score rule.
public struct PriceScoreRule: Sendable, Equatable {
    /// Technical points (90 for SW).
    public var technicalPoints: Int
    /// Price points (10 for SW).
    public var pricePoints: Int
    /// Below this share of 추정가격 the low-bid formula applies (80).
    public var lowBidPercent: ExactDecimal
    /// Bids below this share are scored as if at it (60).
    public var floorPercent: ExactDecimal
    /// The bonus points of the low-bid formula's second term (2).
    public var bonusPoints: Int
    /// Decimal places of a score (4).
    public var decimals: Int

    /// Creates a rule.
    public init(technicalPoints: Int, pricePoints: Int, lowBidPercent: ExactDecimal, floorPercent: ExactDecimal,
                bonusPoints: Int, decimals: Int) {
        self.technicalPoints = technicalPoints
        self.pricePoints = pricePoints
        self.lowBidPercent = lowBidPercent
        self.floorPercent = floorPercent
        self.bonusPoints = bonusPoints
        self.decimals = decimals
    }
}

/// 하도급 limits (소프트웨어 진흥법 제51조).
public struct SubcontractingLimits: Sendable, Equatable {
    /// The largest share of the project amount (goods and 상용SW excluded) that may be subcontracted, percent.
    public var limitPercent: ExactDecimal
    /// Whether 재하도급 is barred in principle.
    public var resubcontractingBarred: Bool

    /// Creates limits.
    public init(limitPercent: ExactDecimal, resubcontractingBarred: Bool) {
        self.limitPercent = limitPercent
        self.resubcontractingBarred = resubcontractingBarred
    }
}

/// 적정 사업기간 rules beyond the proper-duration formula.
public struct ProjectDurationRules: Sendable, Equatable {
    /// Projects of this amount or less have their period set by the agency head.
    public var agencyHeadUpTo: Won
    /// Periods longer than this many months call for a 장기계속계약.
    public var longTermOverMonths: Int

    /// Creates the rules.
    public init(agencyHeadUpTo: Won, longTermOverMonths: Int) {
        self.agencyHeadUpTo = agencyHeadUpTo
        self.longTermOverMonths = longTermOverMonths
    }
}
