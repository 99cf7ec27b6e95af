/// Who may bid on a project of a given amount (대기업 참여하한), and whether the amount sits just below a threshold.
public enum ParticipationAssessment {
    /// The participation findings for a VAT-inclusive project amount.
    /// - Parameters:
    ///   - amount: the project amount, VAT 포함 (the budget).
    ///   - rules: the procurement rules.
    ///   - compoundsCoverage: true when a coverage finding exists; a just-below-threshold amount then counts as `medium`.
    ///   - basis: how the amount was found when it is not the budget (a unit project, a yearly average).
    ///   - exemption: the reference of a granted 대기업참여제한 예외, which replaces the group ban.
    public static func findings(amount: Won, rules: ProcurementRules, compoundsCoverage: Bool, basis: LocalizedText? = nil,
                                exemption: String? = nil) -> [Finding] {
        let thresholds = rules.participationThresholds.value
        let floors = ParticipationTier.allCases.map { $0.floor(thresholds) }
        var findings = [Finding(
            code: FindingCode.participationPool.rawValue, severity: poolSeverity,
            message: poolMessage(amount: amount, eligible: ParticipationTier.allCases.filter { amount >= $0.floor(thresholds) }.map { $0.name(thresholds) },
                                 basis: basis, exemption: exemption),
            rule: LocalizedText(
                ko: "소프트웨어 진흥법 제48조 대기업 참여하한 (VAT 포함 사업금액 \(floors.map(\.koreanUnits).joined(separator: "/")); 일괄발주는 단위사업별, 다년 계약은 연평균; 하도급에도 적용) 및 상호출자제한기업집단 참여 제한 (심의를 거친 예외사업 제외)",
                en: "SW Promotion Act art. 48 participation floors for large firms (\(floors.map(\.englishUnits).joined(separator: "/")) incl. VAT; per unit project when ordered together, yearly average over several years; subcontracting included) and the group ban (except reviewed exemptions)"),
            sources: [rules.participationThresholds.reference, rules.conglomerateBan.reference])]
        if let (tier, threshold) = justBelow(amount: amount, rules: rules) {
            let margin = rules.participationMarginPercent
            findings.append(Finding(
                code: FindingCode.participationJustBelowThreshold.rawValue, severity: justBelowSeverity(compoundsCoverage: compoundsCoverage),
                message: justBelowMessage(amount: amount, floor: threshold, firms: tier.name(thresholds), marginPercent: margin.value,
                                          compoundsCoverage: compoundsCoverage),
                rule: LocalizedText(ko: "소프트웨어 진흥법 제48조 참여하한; 하한 바로 아래 금액 판단 기준 \(margin.value)%",
                                    en: "SW Promotion Act art. 48 floors; 'just below' means within \(margin.value)%"),
                sources: [rules.participationThresholds.reference, margin.reference]))
        }
        return findings
    }

    /// The lowest tier whose floor `amount` misses by no more than the book's margin, with that floor: the decision
    /// behind `participation_just_below_threshold`, apart from its wording.
    public static func justBelow(amount: Won, rules: ProcurementRules) -> (tier: ParticipationTier, floor: Won)? {
        let bands = rules.participationBands
        for index in bands.indices {
            let band = bands[index]
            guard amount < band.floor, let lowest = band.justBelowFrom, amount >= lowest else { continue }
            return (band.tier, band.floor)
        }
        return nil
    }

    /// A tier's floor and the lowest amount that counts as just below it.
    struct Band: Sendable {
        let tier: ParticipationTier
        let floor: Won
        /// The floor × (100 − margin)%, truncated to the won; `nil` when it does not fit.
        let justBelowFrom: Won?
    }

    /// The tiers' bands, lowest floor first: worked out once per rule set (``ProcurementRules/participationBands``).
    static func bands(_ thresholds: ParticipationThresholds, marginPercent: ExactDecimal) -> InlineArray<3, Band> {
        precondition(ParticipationTier.allCases.count == 3, "one band per tier")
        let share = ExactDecimal(100).adding(marginPercent.negated)!
        return InlineArray { index in
            let tier = ParticipationTier.allCases[index], floor = tier.floor(thresholds)
            return Band(tier: tier, floor: floor,
                        justBelowFrom: try? floor.multiplied(by: share, ExactDecimal(significand: 1, scale: 2),
                                                             rounding: .wonTruncate, what: "참여하한"))
        }
    }

    /// The severity of `participation_pool`, reported for every project: information, not a risk.
    public static let poolSeverity = Severity.low

    /// The severity of `participation_just_below_threshold`: medium when it compounds a coverage finding.
    @inline(__always)
    public static func justBelowSeverity(compoundsCoverage: Bool) -> Severity { compoundsCoverage ? .medium : .low }

    /// The sentence for an amount just below the floor that opens bidding to `firms`.
    private static func justBelowMessage(amount: Won, floor: Won, firms: LocalizedText, marginPercent: ExactDecimal,
                                         compoundsCoverage: Bool) -> LocalizedText {
        let gap = Won(floor.value - amount.value)
        return LocalizedText(
            ko: "사업금액이 \(firms.ko)의 참여하한 \(floor.grouped)원보다 \(gap.grouped)원 적어(\(marginPercent)% 이내) 이들 기업은 입찰할 수 없습니다\(compoundsCoverage ? "; 예산 부족과 겹쳐 입찰 가능 기업이 더 줄어듭니다" : "").",
            en: "The amount is ₩\(gap.grouped) below the ₩\(floor.grouped) floor for \(firms.en) (within \(marginPercent)%), so they cannot bid\(compoundsCoverage ? "; with the budget shortfall the pool of bidders shrinks further" : "").")
    }

    /// Who may bid at `amount`: SME firms and the `eligible` larger tiers, and the conglomerate ban or its exemption.
    private static func poolMessage(amount: Won, eligible: [LocalizedText], basis: LocalizedText?, exemption: String?) -> LocalizedText {
        let pool = LocalizedText(
            ko: (["중소 SW사업자"] + eligible.map(\.ko)).joined(separator: ", "),
            en: (["SME software firms"] + eligible.map(\.en)).joined(separator: ", "))
        let judged = basis.map { LocalizedText(ko: " (\($0.ko))", en: " (\($0.en))") } ?? LocalizedText(ko: "", en: "")
        let groups = exemption.map {
            LocalizedText(ko: "대기업참여제한 예외가 인정되어(\($0)) 참여 제한 대상 기업도 참여할 수 있습니다; 승인 문서를 과업 서류에 붙이십시오.",
                          en: "An exemption from the participation limits was granted (\($0)), so restricted firms may bid; attach the approval to the tender file.")
        } ?? LocalizedText(ko: "상호출자제한기업집단 소속 회사는 원칙적으로 참여할 수 없습니다.",
                           en: "firms of mutual-investment-restricted groups are barred in principle.")
        return LocalizedText(
            ko: "사업금액 \(amount.grouped)원(VAT 포함)\(judged.ko)의 참여 가능 기업: \(pool.ko). " + groups.ko,
            en: "At ₩\(amount.grouped) (incl. VAT)\(judged.en), \(pool.en) may bid; " + groups.en)
    }
}
