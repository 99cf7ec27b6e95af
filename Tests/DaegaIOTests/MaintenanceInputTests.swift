import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

/// The `[maintenance]` section of project files and the sample, with errors at file:line:column.
@Suite struct MaintenanceInputTests {
    static func project(_ section: String) -> String {
        "format_version = 1\nname = \"t\"\n[maintenance]\n" + section
    }

    @Test func sampleReproducesToTheWon() throws {
        let file = try ProjectFile.read(Repository.sample("maintenance-example.toml"))
        let input = try #require(file.maintenance)
        let request = MaintenanceRequest(
            application: ApplicationMaintenanceRequest(basis: .given(input.bases), ratings: input.ratings, directExpenses: input.directExpenses),
            products: input.products, months: input.months)
        let estimate = try MaintenanceEstimator.estimate(request, edition: Repository.edition(try #require(input.edition)))
        #expect(estimate.years.map(\.total) == [Won(91_000_000), Won(91_000_000), Won(45_500_000)])
        #expect(estimate.totalWithVAT == Won(250_250_000))
        #expect(input.budget == .ratePercent(ExactDecimal(11)))
    }

    @Test func unknownRatingNamesLineAndColumn() throws {
        let error = try #require(throws: DaegaError.self) {
            try ProjectFile.parse(Self.project("basis = 1\nusers = \"많음\"\n"), path: "p.toml")
        }
        #expect(error.code == .maintenanceRating)
        #expect(error.location == .file(path: "p.toml", line: 5, column: 9))
    }

    @Test(arguments: [
        ("months = 0\n[[maintenance.products]]\nlicense = 1\ngrade = 1\n", ErrorCode.maintenancePeriod, 4, 1),
        ("[[maintenance.products]]\nlicense = 1\ngrade = 9\n", .maintenanceGrade, 6, 1),
        ("[[maintenance.products]]\nlicense = -100\ngrade = 1\n", .valueOutOfRange, 5, 1),
    ])
    func engineErrorsArePlacedInTheFile(section: String, code: ErrorCode, line: Int, column: Int) throws {
        let input = try #require(try ProjectFile.parse(Self.project(section), path: "p.toml").maintenance)
        let request = MaintenanceRequest(products: input.products, months: input.months)
        let error = try #require(throws: DaegaError.self) { try MaintenanceEstimator.estimate(request, edition: Repository.edition(2025)) }
        let located = input.locate(error)
        #expect(located.code == code)
        #expect(located.location == .file(path: "p.toml", line: line, column: column))
    }

    @Test func unknownKeyIsRejected() throws {
        let error = try #require(throws: DaegaError.self) { try ProjectFile.parse(Self.project("rate = 3\n"), path: "p.toml") }
        #expect(error.code == .projectUnknownKey)
    }
}
