/// 적정 사업기간 (지침 제10조, 별표 1): only for projects that include SW development — not for planning (ISP·BPR),
/// operation and maintenance, or HW/상용SW purchase. A project of the book's amount or less has its period set by
/// the agency head; a planned period beyond the book's months calls for a 장기계속계약.
public enum DurationAssessment {
    /// Whether the proper-duration rules apply to `work` (`nil`: development assumed) on a maintenance tender or not.
    public static func applies(to work: WorkKind?, maintenanceTender: Bool) -> Bool {
        guard !maintenanceTender else { return false }
        return work == nil || work == .development || work == .exempt
    }

    /// Which duration findings apply: the decision, apart from its wording.
    public struct Decision: Sendable, Equatable, BitwiseCopyable {
        /// The amount is within the agency head's own setting of the period.
        public var setByAgencyHead: Bool
        /// The planned months are fewer than the proper months.
        public var tooShort: Bool
        /// The planned months call for a 장기계속계약.
        public var longTermContract: Bool

        /// Calls `body` with the code and severity of each finding that applies, in the order they are reported.
        public func forEachFinding(_ body: (FindingCode, Severity) -> Void) {
            if tooShort { body(.durationTooShort, .medium) }
            if setByAgencyHead { body(.durationSetByAgencyHead, .low) }
            if longTermContract { body(.durationLongTermContract, .low) }
        }
    }

    /// Decides which duration findings apply.
    /// - Parameters:
    ///   - properMonths: the comparison's proper months, when both methods were estimated with a planned duration.
    ///   - plannedMonths: the planned duration, when given.
    ///   - amount: the project amount (the budget as given).
    ///   - rules: the book's duration rules, when it has them (else only a too-short plan is found).
    @inline(__always)
    public static func decide(properMonths: ExactDecimal?, plannedMonths: ExactDecimal?, amount: Won,
                              rules: ProjectDurationRules?) -> Decision {
        let short = isTooShort(planned: plannedMonths, proper: properMonths)
        guard let rules else { return Decision(setByAgencyHead: false, tooShort: short, longTermContract: false) }
        let byAgencyHead = amount <= rules.agencyHeadUpTo
        return Decision(setByAgencyHead: byAgencyHead, tooShort: !byAgencyHead && short,
                        longTermContract: plannedMonths.map { $0 > ExactDecimal(Int64(rules.longTermOverMonths)) } ?? false)
    }

    /// Whether a planned duration is shorter than the proper one (both known).
    @inline(__always)
    static func isTooShort(planned: ExactDecimal?, proper: ExactDecimal?) -> Bool {
        guard let planned, let proper else { return false }
        return planned < proper
    }

    /// The duration findings of a project.
    /// - Parameters:
    ///   - comparison: the FP and man-month comparison, which gives the proper months, when both were estimated.
    ///   - plannedMonths: the planned duration, when given.
    ///   - amount: the project amount (the budget as given).
    public static func findings(comparison: MethodComparison?, plannedMonths: ExactDecimal?, amount: Won,
                                rules: ProcurementRules) -> [Finding] {
        let decision = decide(properMonths: comparison?.properMonths, plannedMonths: plannedMonths, amount: amount, rules: rules.projectDuration?.value)
        var findings: [Finding] = []
        decision.forEachFinding { code, severity in
            switch code {
            case .durationTooShort:
                if let comparison, let finding = tooShort(comparison, severity: severity) { findings.append(finding) }
            case .durationSetByAgencyHead:
                guard let duration = rules.projectDuration else { return }
                findings.append(Finding(
                    code: code.rawValue, severity: severity,
                    message: LocalizedText(
                        ko: "사업금액 \(amount.grouped)원은 \(duration.value.agencyHeadUpTo.koreanUnits) 이하라 적정 사업기간 산정 대신 발주기관의 장이 사업기간을 정합니다.",
                        en: "At ₩\(amount.grouped), no more than \(duration.value.agencyHeadUpTo.englishUnits), the agency head sets the period instead of the proper-duration formula."),
                    rule: rule, sources: [duration.reference]))
            case .durationLongTermContract:
                guard let duration = rules.projectDuration, let plannedMonths else { return }
                findings.append(Finding(
                    code: code.rawValue, severity: severity,
                    message: LocalizedText(
                        ko: "계획 사업기간 \(plannedMonths)개월이 \(duration.value.longTermOverMonths)개월을 넘어 장기계속계약(연차별 계약)을 검토해야 합니다.",
                        en: "The planned \(plannedMonths) months exceed \(duration.value.longTermOverMonths): consider a long-term continuing contract (yearly contracts)."),
                    rule: rule, sources: [duration.reference]))
            default:
                preconditionFailure("a duration decision reports only its own three codes")
            }
        }
        return findings
    }

    /// The rule the findings cite.
    private static let rule = LocalizedText(
        ko: "적정 사업기간 산정 (소프트웨어 진흥법 제45조, 「소프트웨어사업 계약 및 관리감독에 관한 지침」 제10조·별표 1)",
        en: "proper project duration (SW Promotion Act art. 45; contract management guideline art. 10 and annex 1)")

    /// The finding when the planned months are fewer than the proper months, else `nil`.
    private static func tooShort(_ comparison: MethodComparison, severity: Severity) -> Finding? {
        guard isTooShort(planned: comparison.plannedMonths, proper: comparison.properMonths),
              let planned = comparison.plannedMonths, let proper = comparison.properMonths else { return nil }
        return Finding(
            code: FindingCode.durationTooShort.rawValue, severity: severity,
            message: LocalizedText(
                ko: "계획 사업기간 \(planned)개월이 적정 사업기간 \(proper)개월(기능점수 \(comparison.functionPoints.functionPoints.grouped) FP ÷ 생산성 \(comparison.bandProductivity.value) FP/MM ÷ 인력 \(comparison.staff.map { "\($0)" } ?? "-")명)보다 짧습니다.",
                en: "The planned \(planned) months are shorter than the proper \(proper) months (\(comparison.functionPoints.functionPoints.grouped) FP ÷ \(comparison.bandProductivity.value) FP/MM ÷ \(comparison.staff.map { "\($0)" } ?? "-") staff)."),
            rule: LocalizedText(ko: "적정 사업기간 산정 (소프트웨어 진흥법 제45조, 「소프트웨어사업 계약 및 관리감독에 관한 지침」 별표 1)",
                                en: "proper project duration (SW Promotion Act art. 45; contract management guideline, annex 1)"),
            sources: [comparison.bandProductivity.reference],
            ratioPercent: planned.divided(by: proper, places: 3, rule: .towardZero)?.multiplied(by: ExactDecimal(100)))
    }
}
