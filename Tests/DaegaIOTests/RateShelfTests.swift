import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// Opening the rates folder reads every header; a book's figures are parsed when first used, so a damaged book
/// stops only what uses it, and `load`/`validate` still check every book.
@Suite struct RateShelfTests {
    /// A copy of the repository's books with `find` replaced by `replace` in `book` (e.g. `guide/2024.toml`).
    static func damagedCopy(_ book: String, find: String, replace: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-rates-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Repository.rates, toPath: folder)
        let path = folder + "/" + book
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(find), "fixture drifted: \(find)")
        try text.replacingOccurrences(of: find, with: replace).write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aDamagedBookStopsOnlyWhatUsesIt() throws {
        let folder = try Self.damagedCopy("guide/2024.toml", find: "won = 605784", replace: "won = -5")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let library = try RateLibrary.open(from: folder)
        #expect(try library.guides.book(2020).requireFunctionPoints().unitPrice.value == Won(553_114))
        #expect(try library.wages.book(2026).year == 2026)
        for attempt in [{ _ = try library.guides.book(2024) }, { try library.validate() }, { _ = try RateLibrary.load(from: folder) },
                        { _ = try library.guides.bookInForce(on: CalendarDate(year: 2025, month: 1, day: 1)!) }] {
            let error = try #require(throws: DaegaError.self) { try attempt() }
            #expect(error.code == .rateBookBadValue)
            #expect(error.location == .file(path: folder + "/guide/2024.toml", line: 27, column: 7), "\(error)")
        }
    }

    @Test func aDamagedHeaderStopsOpening() throws {
        let folder = try Self.damagedCopy("wages/2013.toml", find: "edition = 2013", replace: "edition = 2012")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = try #require(throws: DaegaError.self) { try RateLibrary.open(from: folder) }
        #expect(error.code == .rateBookBadValue)
        #expect(error.location == .file(path: folder + "/wages/2013.toml", line: nil, column: nil))
    }

    @Test func aBookIsParsedOnceAndOnlyWhenAsked() throws {
        let library = try RateLibrary.open(from: Repository.rates)
        #expect(try library.guides.book(2020) === library.guides.book(2020))
        #expect(try library.guides.bookInForce(on: CalendarDate(year: 2021, month: 1, day: 1)!) === library.guides.book(2020))
        #expect(library.files == Repository.library.files)
    }

    /// The shelf chooses the same books as the engine's catalog over every book.
    @Test(arguments: ["2011-09-01", "2012-09-01", "2019-12-31", "2020-01-01", "2024-06-30", "2026-03-01", "2027-01-01"])
    func choosesAsTheCatalogDoes(day: String) throws {
        let date = try #require(CalendarDate(parsing: day))
        let library = try RateLibrary.open(from: Repository.rates)
        let catalog = try library.wages.catalog()
        #expect((try? library.wages.tableInForce(on: date))?.year == (try? catalog.tableInForce(on: date))?.year)
        #expect((try? library.guides.bookInForce(on: date))?.year == (try? library.guides.catalog().bookInForce(on: date))?.year)
        for table in catalog.books {
            #expect(try library.wages.usualDivisorTable(for: table)?.year == catalog.usualDivisorTable(for: table)?.year)
        }
    }

    @Test func anUnknownYearListsEveryYear() throws {
        let library = try RateLibrary.open(from: Repository.rates)
        let error = try #require(throws: DaegaError.self) { try library.wages.book(2012) }
        #expect(error.code == WageTable.missingCode)
        #expect(error.expected?.contains("2011, 2013, 2014") == true)
    }
}
