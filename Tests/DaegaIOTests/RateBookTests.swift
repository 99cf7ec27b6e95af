import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// The shipped rate books load; every kind of damage to a book is reported with file, line and expectation.
@Suite struct RateBookTests {
    static let original = try! String(contentsOfFile: Repository.rates + "/guide/2020.toml", encoding: .utf8)

    @Test func shippedBooksLoad() throws {
        let library = try RateLibrary.load(from: Repository.rates)
        #expect(try library.guides.books.map(\.year) == [2012, 2014, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
        #expect(try library.guides.book(2018).requireFunctionPoints().unitPrice.value == Won(519_203))
        #expect(try library.guides.book(2019).requireFunctionPoints().unitPrice.value == Won(519_203))
        #expect(try library.guides.book(2020).requireFunctionPoints().unitPrice.value == Won(553_114))
        #expect(try library.guides.book(2024).requireFunctionPoints().unitPrice.value == Won(605_784))
        #expect(try library.guides.book(2025).requireFunctionPoints().splitWeights?.value[.designProject] == ExactDecimal(parsing: "28.1"))
        #expect(try library.guides.book(2020).requireFunctionPoints().phaseWeights == nil)
    }

    /// Editions before 2018 keep their FP unit price for the record but refuse a function-point calculation: their
    /// adjustment factors (규모·어플리케이션 유형·언어·품질 및 특성) are not in daega's books.
    @Test(arguments: [(2012, "497,427원"), (2014, "519,203원")])
    func editionsBefore2018RefuseFunctionPoints(edition: Int, price: String) throws {
        let book = try Repository.library.guides.book(edition)
        #expect(book.unitPriceOnly != nil && book.labor != nil && book.maintenance == nil)
        let error = try #require(throws: DaegaError.self) { try book.requireFunctionPoints() }
        #expect(error.code == .methodNotInEdition)
        #expect(error.message.contains(price) && error.expected?.contains("2018년판 이후") == true)
        #expect(book.summary.figures.contains { $0.key == "fp_unit_price_only" && $0.value.hasPrefix(price.dropLast()) })
    }

    @Test func aReplicaHoldsTheSameBooksInStorageOfItsOwn() throws {
        let library = try RateLibrary.load(from: Repository.rates)
        let replica = try library.replica()
        #expect(try replica.summaries == library.summaries)
        #expect(replica.files == library.files && replica.directory == library.directory)
        // The guide editions are classes: a replica has its own instances, not the original's.
        #expect(try replica.guides.book(2025) !== library.guides.book(2025))
        #expect(try replica.wages.book(2025) !== library.wages.book(2025))
    }

    @Test(arguments: [
        ("2011-12-31", 0), ("2012-01-01", 2012), ("2013-12-31", 2012), ("2014-01-01", 2014), ("2018-06-11", 2014), ("2018-06-12", 2018),
        ("2019-06-28", 2019), ("2020-06-14", 2019), ("2020-06-15", 2020), ("2024-05-12", 2023), ("2024-05-13", 2024), ("2025-08-11", 2025),
        ("2026-11-25", 2025),
    ])
    func editionInForce(date: String, year: Int) throws {
        let guides = Repository.library.guides
        if year == 0 {
            #expect(throws: DaegaError.self) { try guides.bookInForce(on: CalendarDate(parsing: date)!) }
        } else {
            #expect(try guides.bookInForce(on: CalendarDate(parsing: date)!).year == year)
        }
    }

    @Test func unknownEditionListsTheKnownOnes() {
        do {
            _ = try Repository.library.guides.book(2016)
            Issue.record("expected unknownEdition")
        } catch let error as DaegaError {
            #expect(error.code == .unknownEdition)
            #expect(error.expected?.contains("2012, 2014, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025") == true)
        } catch { Issue.record("\(error)") }
    }

    /// (replace this, with this, expected code, expected line).
    @Test(arguments: [
        ("format_version = 1", "format_version = 2", ErrorCode.rateBookNewerFormat, 7),
        ("won = 553114", "won = 553114\ncurrency = \"KRW\"", .rateBookUnknownKey, 28),
        ("won = 553114", "won = -5", .rateBookBadValue, 27),
        ("won = 553114", "won = \"553,114\"", .rateBookBadValue, 27),
        ("ilf = 7.5", "", .rateBookMissingKey, 43),
        ("status = \"VERIFIED\"\nsource = \"「부가가치세법", "status = \"PROBABLY\"\nsource = \"「부가가치세법", .rateBookBadValue, 17),
        ("default_percent = 25", "default_percent = 30", .rateBookBadValue, 32),
        ("row_lower_bounds = [1, 2, 6]", "row_lower_bounds = [1, 6, 2]", .rateBookBadValue, 65),
        ("cells = [[\"low\", \"low\", \"average\"], [\"low\", \"average\", \"high\"], [\"average\", \"high\", \"high\"]]\nstatus = \"VERIFIED\"\nsource = \"ILF",
         "cells = [[\"low\", \"low\", \"avg\"], [\"low\", \"average\", \"high\"], [\"average\", \"high\", \"high\"]]\nstatus = \"VERIFIED\"\nsource = \"ILF", .rateBookBadValue, 67),
        ("applies_to = [\"eq\"]", "applies_to = [\"ei\"]", .rateBookBadValue, 91),
        ("value = 0.88", "value = 8.8", .rateBookBadValue, 118),
        ("level = 2\nvalue = 0.94", "level = 3\nvalue = 0.94", .rateBookBadValue, 122),
        ("title = ", "title = \n", .rateBookSyntax, 10),
        ("kind = \"guide\"", "kind = \"wages\"", .rateBookBadValue, 8),
    ] as [(String, String, ErrorCode, Int)])
    func damagedBookIsRejected(find: String, replace: String, code: ErrorCode, line: Int) throws {
        #expect(Self.original.contains(find), "fixture drifted: \(find)")
        let damaged = Self.original.replacingOccurrences(of: find, with: replace, options: [], range: Self.original.range(of: find))
        do {
            _ = try GuideBookReader.read(damaged, path: "guide/2020.toml")
            Issue.record("expected \(code) for \(replace)")
        } catch let error as DaegaError {
            #expect(error.code == code, "\(error)")
            guard case let .file(path, errorLine, _)? = error.location else { Issue.record("no file location: \(error)"); return }
            #expect(path == "guide/2020.toml")
            #expect(errorLine == line, "\(error)")
            #expect(error.expected != nil)
        }
    }

    @Test func fileNameMustMatchEditionAndEditionsAreUnique() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-rates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder.path + "/guide", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.original.write(toFile: folder.path + "/guide/2019.toml", atomically: true, encoding: .utf8)
        #expect(throws: DaegaError.self) { try RateLibrary.load(from: folder.path) }
        try FileManager.default.removeItem(atPath: folder.path + "/guide/2019.toml")
        #expect(throws: DaegaError.self) { try RateLibrary.load(from: folder.path) }
        try Self.original.write(toFile: folder.path + "/guide/2020.toml", atomically: true, encoding: .utf8)
        #expect(try RateLibrary.load(from: folder.path).guides.books.count == 1)
    }

    @Test func locateReportsWhereItLooked() throws {
        do {
            _ = try RateLibrary.locate(explicit: nil, environment: [:], executablePath: "/nonexistent/bin/daega", currentDirectory: "/nonexistent")
            Issue.record("expected ratesNotFound")
        } catch let error as DaegaError {
            #expect(error.code == .ratesNotFound)
            #expect(error.message.contains("/nonexistent/rates"))
        } catch { Issue.record("\(error)") }
        #expect(throws: DaegaError.self) {
            try RateLibrary.locate(explicit: "/nonexistent", environment: [:], executablePath: "/x", currentDirectory: "/")
        }
        #expect(try RateLibrary.locate(explicit: nil, environment: ["DAEGA_RATES": Repository.rates], executablePath: "/x", currentDirectory: "/") == Repository.rates)
    }

    @Test func locateFindsAnInstalledCopyUnderThePrefix() throws {
        let prefix = FileManager.default.temporaryDirectory.path + "/daega-prefix-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: prefix + "/share/daega/rates/guide", withIntermediateDirectories: true)
        let found = try RateLibrary.locate(explicit: nil, environment: [:], executablePath: prefix + "/bin/daega", currentDirectory: "/")
        #expect(found == prefix + "/share/daega/rates")
        try FileManager.default.createDirectory(atPath: prefix + "/bin/rates/guide", withIntermediateDirectories: true)
        let beside = try RateLibrary.locate(explicit: nil, environment: [:], executablePath: prefix + "/bin/daega", currentDirectory: "/")
        #expect(beside == prefix + "/bin/rates", "a rates folder beside the binary comes first")
    }
}
