/// A function's 기능변경률 as an exact fraction of one, with how it was obtained.
///
/// Data functions (ILF, EIF): changed DET ÷ DET. Transactions: the mean of changed FTR ÷ FTR and changed DET ÷ DET
/// (DET alone when the transaction references no file). A given percentage is taken as it is.
public struct ChangeRate: Sendable, Equatable {
    /// The numerator of the fraction.
    public var numerator: Int64
    /// The denominator of the fraction (positive).
    public var denominator: Int64

    /// The rate in percent, rounded half away from zero to one decimal place, for display.
    public var percent: ExactDecimal {
        ExactDecimal(significand: Int64(RoundingRule.toNearestOrAway.divide(Int128(numerator) * 1_000, by: Int128(denominator))),
                     scale: 1)
    }

    /// Whether the rate is at most `percent` (compared exactly).
    public func isAtMost(percent bound: ExactDecimal) -> Bool {
        Int128(numerator) * 100 * ExactDecimal.powerOfTen(bound.scale) <= Int128(bound.significand) * Int128(denominator)
    }

    /// Works out the rate of a changed function.
    /// - Parameters:
    ///   - input: the rate or the change counts.
    ///   - type: the function's type.
    ///   - det: the function's DET, when counted.
    ///   - retOrFtr: the function's RET/FTR, when counted.
    /// - Throws: `DaegaError` at field `change_rate`, `det_changed` or `ftr_changed` for a rate outside 0–100% or counts
    ///   that cannot be divided by the function's own counts.
    public static func of(_ input: ChangeRateInput, type: FunctionType, det: Int?, retOrFtr: Int?) throws -> ChangeRate {
        let rate: ChangeRate
        switch input {
        case let .percent(given):
            let units = ExactDecimal.powerOfTen(given.scale) * 100
            rate = ChangeRate(numerator: given.significand, denominator: Int64(units))
        case let .counts(detChanged, ftrChanged):
            guard let det, let retOrFtr else {
                throw DaegaError(.redevelopmentChangeRate, at: .field("det_changed"),
                                 "변경 DET·FTR 수로 기능변경률을 구하려면 기능의 DET와 RET/FTR 수가 필요합니다",
                                 expected: "det와 ret_ftr 칸을 채우거나, change_rate(기능변경률 %)를 직접 입력")
            }
            guard detChanged <= det else {
                throw DaegaError(.redevelopmentChangeRate, at: .field("det_changed"), "변경 DET \(detChanged)가 DET \(det)보다 많습니다",
                                 expected: "0 이상 \(det) 이하")
            }
            if type.isData || retOrFtr == 0 {
                rate = ChangeRate(numerator: Int64(detChanged), denominator: Int64(det))
            } else {
                let ftrChanged = ftrChanged ?? 0
                guard ftrChanged <= retOrFtr else {
                    throw DaegaError(.redevelopmentChangeRate, at: .field("ftr_changed"),
                                     "변경 FTR \(ftrChanged)가 FTR \(retOrFtr)보다 많습니다", expected: "0 이상 \(retOrFtr) 이하")
                }
                // (ftrChanged / ftr + detChanged / det) / 2
                rate = ChangeRate(numerator: Int64(ftrChanged * det + detChanged * retOrFtr), denominator: Int64(2 * retOrFtr * det))
            }
        }
        guard rate.numerator > 0 else {
            throw DaegaError(.redevelopmentChangeRate, at: .field(input.field), "변경 기능의 기능변경률이 0%입니다",
                             expected: "0% 초과 (바뀌지 않은 기능은 구분을 '재사용'으로)")
        }
        guard rate.numerator <= rate.denominator else {
            throw DaegaError(.redevelopmentChangeRate, at: .field(input.field), "기능변경률 \(rate.percent)%가 100%를 넘습니다",
                             expected: "0% 초과 100% 이하")
        }
        return rate
    }
}

extension ChangeRateInput {
    /// The input field the rate was given in, for error locations.
    var field: String {
        switch self {
        case .percent: "change_rate"
        case .counts: "det_changed"
        }
    }
}
