import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// The sizing reference book: every figure is read from it with its origin, and a broken book names its line.
@Suite struct SizingBookTests {
    static let path = Repository.root + "/rates/sizing/2026.toml"
    static let text = try! String(contentsOfFile: path, encoding: .utf8)

    /// The repository's book with `old` replaced by `new` (the text must exist).
    func book(replacing edits: [(String, String)]) throws -> SizingBook {
        var text = Self.text
        for (old, new) in edits {
            try #require(text.contains(old), "\(old) is not in the book")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try SizingBookReader.read(text, path: "sizing.toml")
    }

    @Test func theShippedBookIsReadWithItsOrigins() throws {
        let book = try book(replacing: [])
        #expect(book.indicativeWeights.value.internal == ExactDecimal(35) && book.indicativeWeights.value.external == ExactDecimal(15))
        #expect(book.band(.budget) == StageBand(growth: ExactDecimal(parsing: "1.39")!, low: ExactDecimal(parsing: "0.5")!, high: ExactDecimal(2)))
        #expect(book.band(.tender).growth == ExactDecimal(parsing: "1.21"))
        #expect(book.growth.origin == .foreign && book.cone.origin == .foreign && book.countMapping.origin == .convention)
        #expect(book.functionType(forRequirementKind: " 조회 ") == .eq)
        #expect(book.functionType(forRequirementKind: "External_Data") == .eif)
        #expect(book.functionType(forRequirementKind: "대시보드") == nil)
        let summary = book.summary
        #expect(summary.figures.count == 1 + 1 + 3 + 1 + 1 + 1 + 1)
        #expect(summary.uncertainCount == summary.figures.count)
    }

    @Test func theFiguresComeFromTheBook() throws {
        let book = try book(replacing: [("internal_data_weight = 35", "internal_data_weight = 30"), ("tender = 1.21", "tender = 1.26")])
        let estimate = try SizeEstimator.estimate(SizingRequest(scope: .counts([.internalData: 10]), stage: .tender),
                                                  book: book, edition: Repository.edition(2025))
        #expect(estimate.countedFunctionPoints == ExactDecimal(300))
        #expect(estimate.functionPoints.likely == ExactDecimal(378)) // 300 × 1.26
    }

    @Test(arguments: [
        ("origin = \"foreign\"\nstatus = \"UNCERTAIN\"\nsource = \"NESMA", "origin = \"alien\"\nstatus = \"UNCERTAIN\"\nsource = \"NESMA", "sizing.toml:22:10", ErrorCode.rateBookBadValue),
        ("budget_low = 0.5", "budget_low = 1.2", "sizing.toml:", .rateBookBadValue),
        ("design = 1.00\n", "", "sizing.toml:", .rateBookMissingKey),
        ("reports = \"eo\"", "reports = \"screen\"", "sizing.toml:", .rateBookBadValue),
        ("batch_jobs = \"ei\"\n", "batch_jobs = \"ei\"\nwizards = \"ei\"\n", "sizing.toml:", .rateBookUnknownKey),
    ])
    func brokenBooksNameTheirLine(old: String, new: String, place: String, code: ErrorCode) throws {
        #expect(throws: DaegaError.self) {
            do {
                _ = try book(replacing: [(old, new)])
            } catch let error as DaegaError {
                #expect(error.code == code, "\(error)")
                #expect(error.description.hasPrefix(place), "\(error)")
                throw error
            }
        }
    }
}
