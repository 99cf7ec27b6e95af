/// The arithmetic a published wage table satisfies, used to catch a mistyped row when a table is loaded.
///
/// KOSA derives 월평균 = 일평균 × 근무일수 and 시간평균 = 일평균 ÷ 시간, each rounded to the won. Measured on the
/// published tables: |일평균 × 일수 − 월평균| is at most 0.5원 (2021 적용: two rows exactly 0.5, rounded up;
/// 2025 적용: at most 0.4), that is 월평균 ÷ 일수 lies within 0.024원 of 일평균; |일평균 ÷ 8 − 시간평균| is at most 0.5원.
/// A row is accepted when both differences are at most half a won, so any figure off by one won or more fails.
public enum WageConsistency {
    /// Whether `monthly` is `daily × days` rounded to the won (difference at most 0.5원).
    public static func monthlyMatches(monthly: Won, daily: Won, days: ExactDecimal) -> Bool {
        // daily × days − monthly, everything × 10^scale
        let scale = ExactDecimal.powerOfTen(days.scale)
        return atMostHalf(Int128(daily.value) * Int128(days.significand) - Int128(monthly.value) * scale, of: scale)
    }

    /// Whether `hourly` is `daily ÷ hours` rounded to the won (difference at most 0.5원).
    public static func hourlyMatches(hourly: Won, daily: Won, hours: ExactDecimal) -> Bool {
        // (daily ÷ hours − hourly) × hours, everything × 10^scale
        let scale = ExactDecimal.powerOfTen(hours.scale)
        return atMostHalf(Int128(daily.value) * scale - Int128(hourly.value) * Int128(hours.significand),
                          of: Int128(hours.significand))
    }

    /// |numerator ÷ denominator| ≤ ½.
    private static func atMostHalf(_ numerator: Int128, of denominator: Int128) -> Bool {
        numerator.magnitude * 2 <= denominator.magnitude
    }
}
