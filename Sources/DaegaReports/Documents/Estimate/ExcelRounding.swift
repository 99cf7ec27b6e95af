import DaegaEngine

/// Excel formulas that round the way daega's named rounding steps do, so that a recalculated estimate workbook
/// lands on daega's won.
///
/// Excel's `ROUND` rounds halves away from zero; the FP chain rounds halves to even (the rule that reproduces the
/// guide's examples). The half-even formula tests for an exact half after cleaning the binary product to six
/// decimals (`ROUND(x, 6)`): products of won and two-decimal factors have at most four decimals, so the cleaning
/// never changes a real value, but a product Excel cannot hold exactly beyond 15 significant digits (amounts over
/// about a billion won times a factor with many decimals) may still round differently from daega's exact integers.
///
/// | rule | unit | formula for `x` |
/// |---|---|---|
/// | toNearestOrAway | 1 | `ROUND(x,0)` |
/// | toNearestOrEven | 1 | `IF(MOD(ROUND(x,6),1)=0.5,2*ROUND(ROUND(x,6)/2,0),ROUND(x,0))` |
/// | towardZero | 10 | `ROUNDDOWN(x,-1)` |
/// | awayFromZero | 1000 | `ROUNDUP(x,-3)` |
public enum ExcelRounding {
    /// `expression` rounded by `step`.
    public static func formula(_ expression: String, step: RoundingStep) -> String {
        let digits = -decimalExponent(of: step.unit)
        switch step.rule {
        case .toNearestOrAway: return "ROUND(\(expression),\(digits))"
        case .towardZero: return "ROUNDDOWN(\(expression),\(digits))"
        case .awayFromZero: return "ROUNDUP(\(expression),\(digits))"
        case .toNearestOrEven:
            let unit = step.unit == 1 ? "" : "/\(step.unit)"
            let scaled = "ROUND((\(expression))\(unit),6)"
            let back = step.unit == 1 ? "" : "*\(step.unit)"
            return "IF(MOD(\(scaled),1)=0.5,2*ROUND(\(scaled)/2,0),ROUND(\(scaled),0))\(back)"
        }
    }

    /// The power of ten `unit` is (1 → 0, 1000 → 3); units that are not powers of ten round to the nearest power below.
    private static func decimalExponent(of unit: Int64) -> Int {
        var exponent = 0, remaining = unit
        while remaining >= 10 {
            remaining /= 10
            exponent += 1
        }
        return exponent
    }

    /// The rounding in words, for the sheet's notes.
    public static func describe(_ step: RoundingStep) -> String {
        let unit = step.unit == 1 ? "원" : "\(Won(step.unit).grouped)원"
        switch step.rule {
        case .toNearestOrAway: return "\(unit) 단위 반올림 (Excel의 ROUND와 같음)"
        case .toNearestOrEven: return "\(unit) 단위 짝수 반올림 (0.5는 짝수 쪽으로; Excel의 ROUND는 0.5를 올리므로 IF(MOD(…)=0.5, …) 수식으로 맞춤)"
        case .towardZero: return "\(unit) 미만 절사 (ROUNDDOWN)"
        case .awayFromZero: return "\(unit) 미만 절상 (ROUNDUP)"
        }
    }
}
