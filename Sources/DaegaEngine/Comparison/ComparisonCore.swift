/// The arithmetic of comparing the two methods, apart from its wording (``ComparisonExplanation``).
///
/// Figures that are not money (FP/MM, man-months, staff, months) are exact quotients rounded half to even to two
/// decimals (the duration to one); the blended monthly rate is money and is rounded half away from zero to the won.
public enum ComparisonCore {
    /// Computes every figure of a comparison.
    /// - Parameters:
    ///   - functionPoints: the FP size.
    ///   - fpTotal: the FP 개발비, VAT 별도 and 포함.
    ///   - mmTotal: the man-month 사업대가, VAT 별도 and 포함.
    ///   - planManMonths: the plan's man-months, when known.
    ///   - plannedMonths: the planned duration (positive), when known.
    ///   - bands: the 적정 사업기간 productivity table.
    /// - Throws: `DaegaError.amountOverflow` when an amount or quotient does not fit.
    public static func compute(functionPoints fp: ExactDecimal, fpTotal: (Won, withVAT: Won), mmTotal: (Won, withVAT: Won),
                               planManMonths: ExactDecimal?, plannedMonths: ExactDecimal?,
                               bands: borrowing ProductivityBands) throws -> ComparisonFigures {
        let half = RoundingRule.toNearestOrEven
        let difference = try mmTotal.0.subtracting(fpTotal.0, what: "차이")
        let differenceWithVAT = try mmTotal.withVAT.subtracting(fpTotal.withVAT, what: "차이")
        let implied = planManMonths.flatMap { fp.divided(by: $0, places: 2, rule: half) }
        let blended = try planManMonths.map { months -> Won in
            try RoundingStep(rule: .toNearestOrAway).apply(Int128(mmTotal.0.value) * ExactDecimal.powerOfTen(months.scale),
                                                          over: Int128(months.significand), what: "평균 월 단가")
        }
        let paid = blended.flatMap { ExactDecimal(fpTotal.0.value).divided(by: ExactDecimal($0.value), places: 2, rule: half) }
        let band = bands.productivity(for: fp)
        guard let required = fp.divided(by: band, places: 2, rule: half) else { throw DaegaError.amountOverflow("1인 총투입기간") }
        var staff: ExactDecimal?, proper: ExactDecimal?
        if let plannedMonths, let planManMonths, let people = planManMonths.divided(by: plannedMonths, places: 2, rule: half),
           people > .zero {
            staff = people
            proper = required.divided(by: people, places: 1, rule: half)
        }
        return ComparisonFigures(difference: difference, differenceWithVAT: differenceWithVAT,
                                 differencePercent: difference.percent(of: fpTotal.0), impliedProductivity: implied,
                                 blendedMonthlyRate: blended, manMonthsAtFunctionPointCost: paid, bandProductivity: band,
                                 requiredManMonths: required, staff: staff, properMonths: proper)
    }
}
