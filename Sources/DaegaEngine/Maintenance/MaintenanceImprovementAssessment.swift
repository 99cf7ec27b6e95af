/// 기능개선 in a maintenance tender: improvements whose size is the book's share (about 7%) of the system's scale or
/// more are priced apart as development or redevelopment, not within the maintenance rate (전자신문 2019-06-28,
/// reporting the KOSA guide; UNCERTAIN). The share is compared exactly: 69.9 FP of 1,000 FP passes, 70 FP does not.
public enum MaintenanceImprovementAssessment {
    /// Whether `improvementPoints` is at least `thresholdPercent` of `systemPoints`: improvement × 100 ≥ threshold × system.
    public static func reachesShare(improvementPoints: ExactDecimal, systemPoints: ExactDecimal, thresholdPercent: ExactDecimal) -> Bool {
        guard let left = improvementPoints.multiplied(by: ExactDecimal(100)),
              let right = thresholdPercent.multiplied(by: systemPoints) else { return true }
        return left >= right
    }

    /// The improvements as a percentage of the system, truncated to two decimals so a share below the line never
    /// reads as the line.
    public static func sharePercent(improvementPoints: ExactDecimal, systemPoints: ExactDecimal) -> ExactDecimal {
        improvementPoints.multiplied(by: ExactDecimal(100))?.divided(by: systemPoints, places: 2, rule: .towardZero)?.normalized ?? .zero
    }

    /// The finding for improvements of `improvementPoints` in a system of `systemPoints`, or `nil` below the share.
    /// - Throws: `DaegaError` at `.field("system_fp")` for a system scale that is not positive.
    public static func finding(improvementPoints: ExactDecimal, systemPoints: ExactDecimal, threshold: Sourced<ExactDecimal>)
        throws -> Finding? {
        guard systemPoints > .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("system_fp"), "시스템 규모가 0 FP 이하입니다", expected: "0보다 큰 기능점수")
        }
        guard improvementPoints >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("improvement_fp"), "기능개선 규모가 음수입니다", expected: "0 이상의 기능점수")
        }
        guard reachesShare(improvementPoints: improvementPoints, systemPoints: systemPoints, thresholdPercent: threshold.value) else { return nil }
        let share = sharePercent(improvementPoints: improvementPoints, systemPoints: systemPoints)
        return Finding(
            code: FindingCode.maintenanceImprovementSeparate.rawValue, severity: .medium,
            message: LocalizedText(
                ko: "유지관리 사업의 기능개선 \(improvementPoints.grouped) FP가 시스템 규모 \(systemPoints.grouped) FP의 \(share.fixedText)%로 \(threshold.value)% 이상입니다: 유지관리비에 넣지 말고 개발비 또는 재개발비로 따로 산정하십시오.",
                en: "The improvements of \(improvementPoints.grouped) FP are \(share.fixedText)% of the system's \(systemPoints.grouped) FP, at least \(threshold.value)%: price them apart as development or redevelopment, not within the maintenance fee."),
            rule: LocalizedText(ko: "SW사업 대가산정 가이드(보도 기준): 유지관리 중 기능개선이 시스템 규모의 약 \(threshold.value)% 이상이면 개발·재개발로 별도 산정",
                                en: "KOSA guide as reported: improvements of about \(threshold.value)% of the system or more are priced as development or redevelopment"),
            sources: [threshold.reference], ratioPercent: share)
    }
}
