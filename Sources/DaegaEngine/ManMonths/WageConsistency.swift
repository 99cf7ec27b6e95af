/// The arithmetic a published wage table satisfies, used to catch a mistyped row when a table is loaded.
///
/// KOSA derives the figures in one direction: 일평균 = 월평균 ÷ 근무일수 and 시간평균 = 일평균 ÷ 시간, each rounded to
/// the won ("일평균임금은 월평균임금÷평균근무일수", in its 2022 and 2025 notices). A row is accepted when each derived
/// figure is within half a won of its quotient, so a figure off by one won or more fails in either direction. The
/// reverse product (일평균 × 근무일수) need not give the published 월평균: the 2020 적용 table misses it on several rows.
///
/// | 월평균 | 일수 | 월평균 ÷ 일수 | 일평균 accepted |
/// |---|---|---|---|
/// | 5,232,211 | 20.9 | 250,345.02 | 250,345 only |
/// | 8,596,776 | 20.9 | 411,328.99 | 411,329 only |
public enum WageConsistency {
    /// Whether `daily` is `monthly ÷ days` rounded to the won (difference at most 0.5원).
    public static func dailyMatches(daily: Won, monthly: Won, days: ExactDecimal) -> Bool {
        // (monthly ÷ days − daily) × days, everything × 10^scale
        let scale = ExactDecimal.powerOfTen(days.scale)
        return atMostHalf(Int128(monthly.value) * scale - Int128(daily.value) * Int128(days.significand),
                          of: Int128(days.significand))
    }

    /// Whether `hourly` is `daily ÷ hours` rounded to the won (difference at most 0.5원).
    public static func hourlyMatches(hourly: Won, daily: Won, hours: ExactDecimal) -> Bool {
        dailyMatches(daily: hourly, monthly: daily, days: hours)
    }

    /// `amount ÷ divisor` rounded to the nearest won, halves away from zero: the figure KOSA would publish.
    /// - Precondition: `divisor` is positive.
    public static func quotient(_ amount: Won, dividedBy divisor: ExactDecimal) -> Won {
        let numerator = Int128(amount.value) * ExactDecimal.powerOfTen(divisor.scale)
        let denominator = Int128(divisor.significand)
        let twice = 2 * numerator.magnitude + denominator.magnitude
        let rounded = Int128(twice / (2 * denominator.magnitude))
        return Won(Int64(numerator < 0 ? -rounded : rounded))
    }

    /// |numerator ÷ denominator| ≤ ½.
    private static func atMostHalf(_ numerator: Int128, of denominator: Int128) -> Bool {
        numerator.magnitude * 2 <= denominator.magnitude
    }
}
