import DaegaEngine
import DaegaTestSupport
import Testing

@Suite struct ManMonthEstimatorTests {
    static func table(_ year: Int) throws -> WageTable { try Repository.library.wages.book(year) }

    static func estimate(_ lines: [StaffingLine], year: Int = 2025, edition: Int = 2025, overhead: Int64? = nil,
                         workingDays: ExactDecimal? = nil) throws -> ManMonthEstimate {
        try ManMonthEstimator.estimate(ManMonthRequest(staffing: lines, overheadPercent: overhead.map { ExactDecimal($0) },
                                                       workingDays: workingDays),
                                       table: try table(year), edition: Repository.edition(edition))
    }

    static func months(_ job: String, _ value: ExactDecimal) -> StaffingLine { StaffingLine(job: job, effort: .months(value)) }

    @Test(arguments: [(2020, Int64(110)), (2021, 110), (2022, 140), (2023, 144), (2024, 144), (2025, 144)])
    func defaultOverheadIsTheEditionsLowerBound(edition: Int, percent: Int64) throws {
        let estimate = try Self.estimate([Self.months("IT PM", ExactDecimal(1))], edition: edition)
        #expect(estimate.overheadPercent == ExactDecimal(percent))
        #expect(estimate.technicalFeePercent == ExactDecimal(20))
        #expect(estimate.notes.contains { $0.code == "overhead_rate_default" })
    }

    @Test func oldOverheadInANewBudgetIsWarnedAboutNamingRangeAndEdition() throws {
        let estimate = try Self.estimate([Self.months("IT PM", ExactDecimal(1))], overhead: 110)
        let note = try #require(estimate.notes.first { $0.code == "overhead_rate_outside_range" })
        #expect(note.text.ko.contains("144~154%"))
        #expect(note.text.ko.contains("2025년판"))
        #expect(estimate.overheadPercent == ExactDecimal(110))
        #expect(try !Self.estimate([Self.months("IT PM", ExactDecimal(1))], overhead: 150).notes.contains { $0.code.hasSuffix("outside_range") })
    }

    @Test func decimalMonthsArePricedExactly() throws {
        let estimate = try Self.estimate([Self.months("UI/UX디자이너", ExactDecimal(significand: 25, scale: 1))])
        #expect(estimate.directLabor == Won(12_940_508))  // 5,176,203 × 2.5 = 12,940,507.5, 반올림
    }

    @Test(arguments: [ExactDecimal.zero, ExactDecimal(-1), ExactDecimal(significand: -5, scale: 1)])
    func nonPositiveMonthsAreErrorsAtTheirLine(_ value: ExactDecimal) throws {
        let error = try #require(throws: DaegaError.self) {
            try Self.estimate([Self.months("IT PM", ExactDecimal(1)), Self.months("IT PM", value)])
        }
        #expect(error.code == .nonPositiveEffort)
        #expect(error.location == .field("staffing[1].effort"))
    }

    @Test func unknownJobListsTheValidOnes() throws {
        let error = try #require(throws: DaegaError.self) { try Self.estimate([Self.months("마법사", ExactDecimal(1))]) }
        #expect(error.code == .unknownJob)
        #expect(error.location == .field("staffing[0].job"))
        #expect(error.expected?.contains("응용SW개발자") == true)
        #expect(error.expected?.contains("IT PM") == true)
    }

    @Test(arguments: ["IT PM", "ITPM", "it pm", " It Pm "])
    func jobNamesIgnoreSpacingAndCase(_ name: String) throws {
        let (job, note) = try Self.table(2025).job(named: name, field: "job")
        #expect(job.name == "IT PM")
        #expect(note == nil)
    }

    @Test func decomposedHangulFindsTheSameJob() throws {
        // "응용SW개발자" with each syllable split into its conjoining jamo (NFD, as macOS file names carry it): the
        // key's bytes differ from the table's, so the lookup falls back to canonical comparison.
        let decomposed = "\u{110B}\u{1173}\u{11BC}\u{110B}\u{116D}\u{11BC}SW\u{1100}\u{1162}\u{1107}\u{1161}\u{11AF}\u{110C}\u{1161}"
        #expect(decomposed == "응용SW개발자")
        #expect(JobName.keyBytes(decomposed) != JobName.keyBytes("응용SW개발자"))
        let (job, note) = try Self.table(2025).job(named: decomposed, field: "job")
        #expect(job.name == "응용SW개발자")
        #expect(note == nil)
    }

    @Test(arguments: [("데이터베이스운용자", "정보시스템운용자"), ("SW아키텍트", "IT아키텍트"), ("임베디드SW개발자", "시스템SW개발자"),
                      ("정보보호컨설턴트", "IT컨설턴트"), ("UI/UX개발자", "UI/UX기획/개발자"), ("IT기술영업", "IT마케터")])
    func foldedJobNamesResolveWithANotice(old: String, current: String) throws {
        let (job, note) = try Self.table(2025).job(named: old, field: "job")
        #expect(job.name == current)
        #expect(note?.code == "job_folded")
    }

    @Test func dailyOnlyTableRefusesMonthsWithoutADayCount() throws {
        let error = try #require(throws: DaegaError.self) { try Self.estimate([Self.months("IT PM", ExactDecimal(2))], year: 2026) }
        #expect(error.code == .monthlyWageMissing)
        #expect(error.expected?.contains("--working-days") == true)
        #expect(error.expected?.contains("--staff-days") == true)
    }

    @Test func dailyOnlyTableUsesTheUsersDayCountAsAnAssumption() throws {
        let days = ExactDecimal(significand: 206, scale: 1)
        let estimate = try Self.estimate([Self.months("IT PM", ExactDecimal(2))], year: 2026, workingDays: days)
        #expect(estimate.directLabor == Won(20_272_007))  // 492,039 × 41.2 = 20,272,006.8
        #expect(estimate.manMonths == ExactDecimal(2))
        #expect(estimate.notes.contains { $0.code == "working_days_assumed" })
        #expect(estimate.rates.contains { $0.key == "working_days" && $0.status == .uncertain })
    }

    @Test func manDaysNeedNoMonthlyFigures() throws {
        let estimate = try Self.estimate([StaffingLine(job: "IT컨설턴트", effort: .days(ExactDecimal(60)))], year: 2026)
        #expect(estimate.directLabor == Won(31_340_400))  // 522,340 × 60
        #expect(estimate.manMonths == nil)
    }

    @Test func manDaysOnAMonthlyTableConvertAtItsDayCount() throws {
        let estimate = try Self.estimate([StaffingLine(job: "IT PM", effort: .days(ExactDecimal(103)))])
        #expect(estimate.directLabor == Won(45_727_365))  // 443,955 × 103
        #expect(estimate.manMonths == ExactDecimal(5))     // 103 ÷ 20.6
    }

    @Test(arguments: [ExactDecimal.zero, ExactDecimal(-20)])
    func nonPositiveDayCountIsAnError(_ days: ExactDecimal) throws {
        let error = try #require(throws: DaegaError.self) {
            try Self.estimate([Self.months("IT PM", ExactDecimal(2))], year: 2026, workingDays: days)
        }
        #expect(error.code == .valueOutOfRange)
        #expect(error.location == .field("working_days"))
    }

    @Test func wageYearWithNoTableListsTheYears() throws {
        let error = try #require(throws: DaegaError.self) { try Repository.library.wages.book(2019) }
        #expect(error.code == .unknownWageYear)
        #expect(error.expected == "다음 중 하나: 2011, 2013, 2014, 2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024, 2025, 2026 (새 연도는 rates/wages/에 파일을 추가)")
    }

    /// The table in force is the newest one that took effect, only up to its last day: grade tables ran September to
    /// August, the 2018 one to the end of 2019, and the 2022 one from 2022-01-10 (the 2021 one until the day before).
    @Test(arguments: [("2012-08-31", 2011), ("2013-09-01", 2013), ("2014-09-01", 2014), ("2016-08-31", 2015), ("2017-08-31", 2016),
                      ("2017-09-01", 2017), ("2019-12-31", 2018), ("2020-01-01", 2020), ("2022-01-09", 2021), ("2022-01-10", 2022),
                      ("2023-07-01", 2023), ("2024-07-01", 2024), ("2025-06-01", 2025), ("2026-12-31", 2026)])
    func tableInForceFollowsEachTablesPeriod(date: String, year: Int) throws {
        #expect(try Repository.library.wages.tableInForce(on: CalendarDate(parsing: date)!).year == year)
    }

    @Test(arguments: ["2011-08-31", "2012-09-01", "2013-08-31", "2027-01-01"])
    func aDayNoTableCoversNamesTheCoveredPeriods(date: String) throws {
        let error = try #require(throws: DaegaError.self) { try Repository.library.wages.tableInForce(on: CalendarDate(parsing: date)!) }
        #expect(error.code == .unknownWageYear)
        #expect(error.message.contains(date) && error.message.contains("2011-09-01~2012-08-31, 2013-09-01~2026-12-31"))
    }
}
