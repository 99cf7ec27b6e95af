/// Findings on how a man-month estimate was priced: 제경비 or 기술료 below the guide edition's floor, and a wage
/// table older than the one in force.
public enum LaborPricingAssessment {
    /// Which of the findings apply: the decision, apart from its wording.
    public struct Decision: Sendable, Equatable, BitwiseCopyable {
        /// 제경비율 below the edition's floor.
        public var overheadBelowFloor: Bool
        /// 기술료율 below the edition's floor.
        public var technicalFeeBelowFloor: Bool
        /// A wage table older than the one in force on the reference day.
        public var tableOutdated: Bool

        /// Calls `body` with the code and severity of each finding that applies, in the order they are reported.
        public func forEachFinding(_ body: (FindingCode, Severity) -> Void) {
            if overheadBelowFloor { body(.overheadBelowFloor, .high) }
            if technicalFeeBelowFloor { body(.technicalFeeBelowFloor, .medium) }
            if tableOutdated { body(.wageTableOutdated, .medium) }
        }
    }

    /// Decides which findings apply to the rates and wage table a man-month estimate used.
    /// - Parameters:
    ///   - overheadPercent: the 제경비율 applied; `overheadFloor` the edition's lowest.
    ///   - technicalFeePercent: the 기술료율 applied; `technicalFeeFloor` the edition's lowest.
    ///   - wageYear: the 적용연도 of the table used; `wageYearInForce` that of the table in force, when there is one.
    @inline(__always)
    public static func decide(overheadPercent: ExactDecimal, overheadFloor: ExactDecimal, technicalFeePercent: ExactDecimal,
                              technicalFeeFloor: ExactDecimal, wageYear: Int, wageYearInForce: Int?) -> Decision {
        Decision(overheadBelowFloor: overheadPercent < overheadFloor, technicalFeeBelowFloor: technicalFeePercent < technicalFeeFloor,
                 tableOutdated: wageYearInForce.map { wageYear < $0 } ?? false)
    }

    /// The findings for a man-month estimate.
    /// - Parameters:
    ///   - estimate: the man-month estimate.
    ///   - labor: the edition's 제경비·기술료 ranges.
    ///   - wageYearInForce: the 적용연도 of the table in force on the reference day, when there is one.
    ///   - usualDivisorTable: when the table in force has daily figures only, the newest table with working days:
    ///     the outdated-table finding then says how to price man-months on the new table.
    public static func findings(_ estimate: ManMonthEstimate, labor: LaborRates, wageYearInForce: Int?,
                                usualDivisorTable: WageTable? = nil) -> [Finding] {
        var findings: [Finding] = []
        let overhead = labor.overhead, fee = labor.technicalFee
        let decision = decide(overheadPercent: estimate.overheadPercent, overheadFloor: overhead.value.minimum,
                              technicalFeePercent: estimate.technicalFeePercent, technicalFeeFloor: fee.value.minimum,
                              wageYear: estimate.wageYear, wageYearInForce: wageYearInForce)
        decision.forEachFinding { code, severity in
            switch code {
            case .overheadBelowFloor:
                findings.append(Finding(
                    code: code.rawValue, severity: severity,
                    message: LocalizedText(
                        ko: "제경비율 \(estimate.overheadPercent)%가 \(estimate.editionTitle)의 범위 \(overhead.value.text)보다 낮아 인건비 대가가 \(estimate.overhead.grouped)원으로 과소 산정됩니다.",
                        en: "The overhead rate \(estimate.overheadPercent)% is below \(estimate.editionTitle)'s range \(overhead.value.text), understating the price (₩\(estimate.overhead.grouped))."),
                    rule: LocalizedText(ko: "SW사업 대가산정 가이드 제경비율 \(overhead.value.text) (직접인건비 대비)",
                                        en: "SW pricing guide overhead \(overhead.value.text) of direct labour"),
                    sources: [overhead.reference]))
            case .technicalFeeBelowFloor:
                findings.append(Finding(
                    code: code.rawValue, severity: severity,
                    message: LocalizedText(
                        ko: "기술료율 \(estimate.technicalFeePercent)%가 가이드 범위 \(fee.value.text)보다 낮습니다.",
                        en: "The technical fee rate \(estimate.technicalFeePercent)% is below the guide's range \(fee.value.text)."),
                    rule: LocalizedText(ko: "기술료 = (직접인건비 + 제경비) × \(fee.value.text)", en: "technical fee = (direct labour + overhead) × \(fee.value.text)"),
                    sources: [fee.reference]))
            case .wageTableOutdated:
                guard let wageYearInForce else { return }
                let days = usualDivisorTable?.workingDays?.value
                let howTo = days.map { LocalizedText(
                    ko: " \(wageYearInForce)년 적용 표는 일평균(M/D)만 공표되어 M/M 투입은 그대로 계산되지 않습니다: 투입을 M/D로 주거나(--staff-days) 가장 최근 공표된 근무일수로 환산하십시오(--wage-year \(wageYearInForce) --working-days \($0)).",
                    en: " The \(wageYearInForce) table publishes daily wages only, so man-months are not priced as they stand: give man-days (--staff-days) or convert with the latest published working days (--wage-year \(wageYearInForce) --working-days \($0)).") }
                findings.append(Finding(
                    code: code.rawValue, severity: severity,
                    message: LocalizedText(
                        ko: "\(estimate.wageYear)년 적용 임금표를 썼지만 기준일에는 \(wageYearInForce)년 적용 임금표가 시행 중입니다: 인건비가 낮게 잡혔을 수 있습니다.\(howTo?.ko ?? "")",
                        en: "The \(estimate.wageYear) wage table was used, but the \(wageYearInForce) table is in force: labour may be understated.\(howTo?.en ?? "")"),
                    rule: LocalizedText(ko: "SW기술자 평균임금은 해당 연도(1~12월)에 적용 (소프트웨어 진흥법 제46조④ 인건비 기준)",
                                        en: "KOSA average wages apply for their calendar year (SW Promotion Act art. 46(4))"),
                    sources: estimate.rates.filter { $0.book == "wages-\(estimate.wageYear)" }.prefix(1).map { $0 }
                        + (days == nil ? [] : usualDivisorTable?.workingDays.map { [$0.reference] } ?? [])))
            default:
                preconditionFailure("a labor-pricing decision reports only its own three codes")
            }
        }
        return findings
    }
}
