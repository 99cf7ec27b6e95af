extension CalendarDate {
    /// Korea Standard Time's offset from UTC: nine hours all year (Korea has had no daylight saving time since 1988).
    public static let koreaStandardTimeOffsetSeconds = 9 * 3600

    /// The day in Korea at `secondsSince1970` (UNIX time, UTC), by the proleptic Gregorian calendar; `nil` outside
    /// the years 1900–9999. Korea Standard Time is a fixed UTC+9 since 1988, so this needs no time-zone database.
    public init?(koreaStandardTimeAt secondsSince1970: Int) {
        let (quotient, remainder) = (secondsSince1970 + Self.koreaStandardTimeOffsetSeconds).quotientAndRemainder(dividingBy: 86_400)
        let days = remainder < 0 ? quotient - 1 : quotient
        // Days since 1970-01-01 to a civil date, counting in 400-year eras that start on 0000-03-01 (H. Hinnant's
        // days_from_civil inverse).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
