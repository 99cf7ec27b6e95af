import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

@Suite struct WageBookTests {
    @Test(arguments: [(2021, 29, true), (2025, 17, true), (2026, 17, false)])
    func everyTableLoadsAndPassesTheArithmetic(year: Int, jobs: Int, monthly: Bool) throws {
        let table = try Repository.library.wages.book(year)
        #expect(table.jobs.count == jobs)
        #expect(table.hasMonthlyWages == monthly)
        #expect((table.workingDays != nil) == monthly)
        for job in table.jobs {
            if let wage = job.monthly, let days = table.workingDays?.value {
                #expect(WageConsistency.monthlyMatches(monthly: wage, daily: job.daily, days: days), "\(job.name)")
            }
            if let hourly = job.hourly {
                #expect(WageConsistency.hourlyMatches(hourly: hourly, daily: job.daily, hours: table.hoursPerDay.value), "\(job.name)")
            }
        }
    }

    /// UI/UX디자이너 2021: 250,345 × 20.9 = 5,232,210.5, published as 5,232,211 (the widest gap in the tables).
    @Test(arguments: [(Int64(5_232_210), true), (5_232_211, true), (5_232_212, false), (5_232_209, false)])
    func monthlyMayDifferByHalfAWonAtMost(monthly: Int64, accepted: Bool) {
        let days = ExactDecimal(significand: 209, scale: 1)
        #expect(WageConsistency.monthlyMatches(monthly: Won(monthly), daily: Won(250_345), days: days) == accepted)
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

    @Test(arguments: ["6_943_458", "6_943_467", "6_934_457"])
    func aWrongMonthlyFigureIsCaughtAtItsPosition(_ wrong: String) throws {
        let (error, position) = try Self.brokenCopy("6_943_457", wrong)
        #expect(error.code == .rateBookBadValue)
        #expect(error.location == position)
        #expect(error.message.contains("응용SW개발자"))
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

    @Test func summariesListEveryBook() {
        let books = Repository.library.summaries.map(\.book)
        #expect(books.contains("wages-2021") && books.contains("wages-2026") && books.contains("duration-2020"))
    }
}
