import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

@Suite struct WageBookTests {
    /// Every shipped table, as published: (year, jobs, monthly figures for every job, working days, partial).
    @Test(arguments: [(2011, 9, false, "21.5", false), (2013, 9, false, "21.0", false), (2014, 9, false, "21.0", false),
                      (2015, 9, false, nil, false), (2016, 9, true, "21.0", false), (2017, 9, false, nil, false),
                      (2018, 9, true, "20.8", false), (2020, 18, false, "20.9", true), (2021, 29, true, "20.9", false),
                      (2022, 29, true, "20.8", false), (2023, 7, false, "20.6", true), (2024, 3, false, nil, true),
                      (2025, 17, true, "20.6", false), (2026, 17, false, nil, false)] as [(Int, Int, Bool, String?, Bool)])
    func everyTableLoadsAndPassesTheArithmetic(year: Int, jobs: Int, monthly: Bool, days: String?, partial: Bool) throws {
        let table = try Repository.library.wages.book(year)
        #expect(table.jobs.count == jobs)
        #expect(table.hasMonthlyWages == monthly)
        #expect(table.workingDays?.value == days.flatMap { ExactDecimal(parsing: $0) })
        #expect(table.isPartial == partial)
        for job in table.jobs {
            if let wage = job.monthly, let days = table.workingDays?.value {
                #expect(WageConsistency.dailyMatches(daily: job.daily, monthly: wage, days: days), "\(job.name)")
                #expect(WageConsistency.quotient(wage, dividedBy: days) == job.daily, "\(job.name)")
            }
            if let hourly = job.hourly {
                #expect(WageConsistency.hourlyMatches(hourly: hourly, daily: job.daily, hours: table.hoursPerDay.value), "\(job.name)")
            }
        }
    }

    /// UI/UX디자이너 2021: 5,232,211 ÷ 20.9 = 250,345.02 → only 250,345 is within half a won.
    @Test(arguments: [(Int64(250_345), true), (250_344, false), (250_346, false)])
    func dailyMayDifferByHalfAWonAtMost(daily: Int64, accepted: Bool) {
        let days = ExactDecimal(significand: 209, scale: 1)
        #expect(WageConsistency.dailyMatches(daily: Won(daily), monthly: Won(5_232_211), days: days) == accepted)
    }

    /// Quotients as KOSA rounds them: 8,596,776 ÷ 20.9 = 411,328.99; 478,500 ÷ 8 = 59,812.5 (half rounds up).
    @Test(arguments: [(Int64(8_596_776), ExactDecimal(significand: 209, scale: 1), Int64(411_329)),
                      (478_500, ExactDecimal(8), 59_813), (11_597_656, ExactDecimal(significand: 206, scale: 1), 562_993)])
    func quotientRoundsToTheNearestWon(amount: Int64, divisor: ExactDecimal, expected: Int64) {
        #expect(WageConsistency.quotient(Won(amount), dividedBy: divisor) == Won(expected))
    }

    @Test(arguments: [(Int64(59_812), true), (59_813, true), (59_814, false)])
    func hourlyMayDifferByHalfAWonAtMost(hourly: Int64, accepted: Bool) {
        #expect(WageConsistency.hourlyMatches(hourly: Won(hourly), daily: Won(478_500), hours: ExactDecimal(8)) == accepted)
    }

    /// Edits a copy of the 2025 book, replacing `original` with `replacement`, and returns the error and the edit's position.
    static func brokenCopy(_ original: String, _ replacement: String) throws -> (DaegaError, InputLocation) {
        let directory = NSTemporaryDirectory() + "daega-wages-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try String(contentsOfFile: Repository.rates + "/wages/2025.toml", encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains(original) })
        let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: original)!.lowerBound)
        let path = directory + "/2025.toml"
        try text.replacingOccurrences(of: original, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: DaegaError.self) { try WageBookReader.read(try String(contentsOfFile: path, encoding: .utf8), path: path) }
        return (error, .file(path: path, line: line + 1, column: column + 1))
    }

    /// 응용SW개발자 2025: 6,943,457 ÷ 20.6 = 337,061.02 → 337,061 as published. A daily
    /// figure one won or more off in either direction, or a monthly figure that no longer divides to it, is caught at
    /// the daily figure, and the message names the job, the row's three figures and the expected value.
    @Test(arguments: [("337_061", "337_062", "337,062원", "337,061원"), ("337_061", "337_060", "337,060원", "337,061원"),
                      ("6_943_457", "6_943_487", "6,943,487원", "337,062원"), ("6_943_457", "6_943_427", "6,943,427원", "337,060원")])
    func aRowThatBreaksTheDerivationIsCaught(original: String, wrong: String, shown: String, expected: String) throws {
        let (error, _) = try Self.brokenCopy(original, wrong)
        let lines = try String(contentsOfFile: Repository.rates + "/wages/2025.toml", encoding: .utf8).components(separatedBy: "\n")
        let dailyLine = try #require(lines.firstIndex(of: "daily = 337_061")) + 1
        guard case let .file(path, line, column)? = error.location else { Issue.record("no file position"); return }
        #expect(error.code == .rateBookBadValue)
        #expect(path.hasSuffix("/2025.toml") && line == dailyLine && column == 9)
        #expect(error.message.contains("응용SW개발자") && error.message.contains(shown) && error.message.contains("42,133원"))
        #expect(error.expected?.contains(expected) == true, "\(String(describing: error.expected))")
    }

    /// The 2020 table was published with rows whose 일평균 × 20.9 misses the 월평균 (IT PM: 362,780 × 20.9 =
    /// 7,582,102 against 7,582,109); it loads because 7,582,109 ÷ 20.9 = 362,780.33 rounds to the published 362,780.
    @Test func the2020TableLoadsAsPublished() throws {
        let pm = try Repository.library.wages.book(2020).job(named: "IT PM", field: "job").0
        #expect(pm.monthly == Won(7_582_109) && pm.daily == Won(362_780) && pm.hourly == Won(45_348))
    }

    /// A partial table refuses a job it does not hold with a message that says the figure is not in daega's books and
    /// how to supply it; a complete table lists its jobs instead.
    @Test(arguments: [(2020, "UI/UX디자이너"), (2023, "IT PM"), (2024, "응용SW개발자")])
    func aPartialTableRefusesAMissingJob(year: Int, job: String) throws {
        let error = try #require(throws: DaegaError.self) { try Repository.library.wages.book(year).job(named: job, field: "job") }
        #expect(error.code == .unknownJob)
        #expect(error.message.contains("daega 요율표에 없습니다") && error.message.contains(job))
        #expect(error.expected?.contains("rates/wages/\(year).toml") == true && error.expected?.contains("--rates") == true)
    }

    @Test func aGradeTableNamesItsGrades() throws {
        let error = try #require(throws: DaegaError.self) { try Repository.library.wages.book(2016).job(named: "응용SW개발자", field: "job") }
        #expect(error.code == .unknownJob && error.expected?.contains("특급기술자") == true)
        #expect(try Repository.library.wages.book(2016).job(named: "특급 기술자", field: "job").0.daily == Won(381_502))
    }

    @Test func aWrongHourlyFigureIsCaught() throws {
        let (error, position) = try Self.brokenCopy("42_133", "42_143")
        #expect(error.code == .rateBookBadValue)
        #expect(error.location == position)
    }

    @Test func aNonPositiveFigureIsAnError() throws {
        let (error, position) = try Self.brokenCopy("337_061", "-337_061")
        #expect(error.code == .rateBookBadValue)
        #expect(error.location == position)
    }

    @Test func aDuplicateJobIsAnError() throws {
        let (error, _) = try Self.brokenCopy("name = \"IT테스터\"", "name = \"IT PM\"")
        #expect(error.code == .rateBookDuplicate)
    }

    @Test(arguments: [(2020, Int64(110), Int64(120), RateStatus.verified), (2021, 110, 120, .verified), (2022, 140, 150, .verified),
                      (2023, 144, 154, .verified), (2024, 144, 154, .uncertain), (2025, 144, 154, .uncertain)])
    func guideBooksCarryTheOverheadRange(edition: Int, minimum: Int64, maximum: Int64, status: RateStatus) throws {
        let labor = try Repository.edition(edition).requireLabor()
        #expect(labor.overhead.value == PercentRange(minimum: ExactDecimal(minimum), maximum: ExactDecimal(maximum),
                                                     defaultPercent: ExactDecimal(minimum)))
        #expect(labor.overhead.reference.status == status)
        #expect(labor.technicalFee.value == PercentRange(minimum: ExactDecimal(20), maximum: ExactDecimal(40), defaultPercent: ExactDecimal(20)))
        #expect(labor.technicalFee.reference.status == .verified)
        #expect(Repository.edition(edition).summary.figures.contains { $0.key == "labor.overhead" })
    }

    @Test func summariesListEveryBook() throws {
        let books = try Repository.library.summaries.map(\.book)
        #expect(books.contains("wages-2021") && books.contains("wages-2026") && books.contains("duration-2020"))
    }
}
