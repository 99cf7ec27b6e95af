import DaegaEngine
import DaegaTestSupport
import Testing

/// The TMP table cell by cell, every commercial grade, and the fee arithmetic to the won.
@Suite struct MaintenanceTests {
    static let points: [DifficultyFactorKind: [Int]] = [
        .frequency: [0, 14, 27], .users: [0, 8, 18], .importance: [0, 17, 31], .interfaces: [0, 6, 11], .recovery: [0, 6, 13],
    ]
    static let cells: [(Int, DifficultyFactorKind, MaintenanceRating, Int)] = Array(2020...2025).flatMap { year in
        DifficultyFactorKind.allCases.flatMap { kind in
            MaintenanceRating.allCases.enumerated().map { (year, kind, $0.element, points[kind]![$0.offset]) }
        }
    }

    static func ratings(_ rating: MaintenanceRating) -> [DifficultyFactorKind: MaintenanceRating] {
        Dictionary(uniqueKeysWithValues: DifficultyFactorKind.allCases.map { ($0, rating) })
    }

    static let tmp55: [DifficultyFactorKind: MaintenanceRating] = [
        .frequency: .normal, .users: .complex, .importance: .normal, .interfaces: .simple, .recovery: .normal,
    ]

    @Test(arguments: cells)
    func difficultyCell(edition: Int, kind: DifficultyFactorKind, rating: MaintenanceRating, points: Int) throws {
        let table = try #require(try Repository.edition(edition).requireMaintenance().application.factors[kind])
        #expect(table.value.level(rating).points == points)
        #expect(table.reference.status == .verified)
        #expect(!table.value.level(rating).rule.ko.isEmpty)
    }

    @Test(arguments: [(0, "10"), (55, "12.75"), (99, "14.95"), (100, "15")])
    func rateFormula(tmp: Int, percent: String) throws {
        let formula = try Repository.edition(2025).requireMaintenance().application.formula
        #expect(formula.value.ratePercent(tmp: tmp) == ExactDecimal(parsing: percent))
        #expect(formula.reference.status == .uncertain)
    }

    static let grades: [(Int, Int, String, RateStatus)] = Array(2021...2025).flatMap { year in
        [(year, 1, "20", RateStatus.verified), (year, 2, "18", .verified), (year, 3, "16", .uncertain),
         (year, 4, "14", .uncertain), (year, 5, "12", .uncertain)]
    } + [(2020, 1, "19", .uncertain), (2020, 2, "17", .uncertain)]

    @Test(arguments: grades)
    func commercialGrade(edition: Int, grade: Int, percent: String, status: RateStatus) throws {
        let entry = try Repository.edition(edition).requireMaintenance().commercial.grade(grade, field: "grade", book: "guide-\(edition)")
        #expect(entry.value.percent == ExactDecimal(parsing: percent))
        #expect(entry.reference.status == status)
    }

    @Test(arguments: [3, 4, 5])
    func guide2020LacksGradesThreeToFive(grade: Int) throws {
        let request = MaintenanceRequest(products: [CommercialProduct(name: "WAS", licensePrice: Won(1_000_000), grade: grade)])
        let error = try #require(throws: DaegaError.self) { try MaintenanceEstimator.estimate(request, edition: Repository.edition(2020)) }
        #expect(error.code == .maintenanceGradeNotInEdition)
        #expect(error.location == .field("product.1.grade"))
        #expect(error.expected?.contains("--rate") == true)
    }

    @Test func explicitRateReplacesAMissingGrade() throws {
        let request = MaintenanceRequest(products: [CommercialProduct(name: "WAS", licensePrice: Won(10_000_000), grade: 3,
                                                                      ratePercent: ExactDecimal(15))])
        let estimate = try MaintenanceEstimator.estimate(request, edition: Repository.edition(2020))
        #expect(estimate.commercial[0].annualFee == Won(1_500_000))
        #expect(estimate.commercial[0].gradeReference == nil)
        #expect(estimate.notes.contains { $0.code == "commercial_rate_given" })
    }

    @Test func applicationAndCommercialToTheWon() throws {
        let request = MaintenanceRequest(
            application: ApplicationMaintenanceRequest(basis: .given([Won(480_000_000)]), ratings: Self.tmp55,
                                                       directExpenses: Won(1_000_000)),
            products: [CommercialProduct(name: "DBMS", licensePrice: Won(120_000_000), grade: 1),
                       CommercialProduct(name: "GIS", licensePrice: Won(33_333_333), grade: 4)])
        let estimate = try MaintenanceEstimator.estimate(request, edition: Repository.edition(2025))
        let application = try #require(estimate.application)
        #expect(application.difficultyScore == 55)
        #expect(application.ratePercent == ExactDecimal(parsing: "12.75"))
        #expect(application.annualFees == [Won(62_200_000)])
        #expect(estimate.commercial.map(\.annualFee) == [Won(24_000_000), Won(4_666_666)])
        #expect(estimate.years.count == 1)
        #expect(estimate.total == Won(90_866_666))
        #expect(estimate.vat == Won(9_086_667)) // 9,086,666.6, VAT rounded to the won
        #expect(estimate.totalWithVAT == Won(99_953_333))
        #expect(estimate.notes.contains { $0.code == "no_separate_profit" })
    }

    /// 123,456,789 × 15% = 18,518,518.35 → 18,518,518; × 7/12 = 10,802,468.83 → 10,802,468 (원 미만 절사);
    /// VAT 1,080,246.8 → 1,080,247 (the books round VAT to the won).
    @Test func sevenMonthsAreProRated() throws {
        let request = MaintenanceRequest(
            application: ApplicationMaintenanceRequest(basis: .given([Won(123_456_789)]), ratings: Self.ratings(.complex)),
            months: 7)
        let estimate = try MaintenanceEstimator.estimate(request, edition: Repository.edition(2024))
        #expect(estimate.application?.annualFees == [Won(18_518_518)])
        let year = try #require(estimate.years.first)
        #expect(estimate.years.count == 1 && year.months == 7 && year.commercial == nil)
        #expect(year.application == Won(10_802_468))
        #expect([year.total, year.vat, year.totalWithVAT] == [Won(10_802_468), Won(1_080_247), Won(11_882_715)])
        #expect(estimate.trace.contains { $0.key == "year1_application" && $0.rounding == .wonTruncate })
    }

    @Test func yearsAreListedWithPerYearBases() throws {
        let request = MaintenanceRequest(
            application: ApplicationMaintenanceRequest(basis: .given([Won(100_000_000), Won(110_000_000), Won(110_000_000)]),
                                                       ratings: Self.ratings(.simple), directExpenses: Won(1_200_000)),
            products: [CommercialProduct(name: "DBMS", licensePrice: Won(50_000_000), grade: 2)],
            months: 30)
        let estimate = try MaintenanceEstimator.estimate(request, edition: Repository.edition(2022))
        #expect(estimate.period.years == [12, 12, 6])
        #expect(estimate.application?.annualFees == [Won(11_200_000), Won(12_200_000), Won(12_200_000)])
        #expect(estimate.years.map(\.application) == [Won(11_200_000), Won(12_200_000), Won(6_100_000)])
        #expect(estimate.years.map(\.commercial) == [Won(9_000_000), Won(9_000_000), Won(4_500_000)])
        #expect(estimate.years.map(\.total) == [Won(20_200_000), Won(21_200_000), Won(10_600_000)])
        #expect(estimate.total == Won(52_000_000))
        #expect(estimate.totalWithVAT == Won(57_200_000))
    }

    @Test func oneBasisServesEveryYear() throws {
        let request = MaintenanceRequest(
            application: ApplicationMaintenanceRequest(basis: .given([Won(100_000_000)]), ratings: Self.ratings(.simple)),
            months: 24)
        let estimate = try MaintenanceEstimator.estimate(request, edition: Repository.edition(2025))
        #expect(estimate.years.map(\.total) == [Won(10_000_000), Won(10_000_000)])
        #expect(estimate.notes.contains { $0.code == "same_basis_each_year" })
    }

    static let badRequests: [(String, MaintenanceRequest, ErrorCode, String)] = [
        ("months 0", MaintenanceRequest(products: [CommercialProduct(name: "A", licensePrice: Won(1), grade: 1)], months: 0),
         .maintenancePeriod, "months"),
        ("months 121", MaintenanceRequest(products: [CommercialProduct(name: "A", licensePrice: Won(1), grade: 1)], months: 121),
         .maintenancePeriod, "months"),
        ("grade 0", MaintenanceRequest(products: [CommercialProduct(name: "A", licensePrice: Won(1), grade: 0)]),
         .maintenanceGrade, "product.1.grade"),
        ("grade 6", MaintenanceRequest(products: [CommercialProduct(name: "A", licensePrice: Won(1), grade: 1),
                                                  CommercialProduct(name: "B", licensePrice: Won(1), grade: 6)]),
         .maintenanceGrade, "product.2.grade"),
        ("negative licence", MaintenanceRequest(products: [CommercialProduct(name: "A", licensePrice: Won(-1), grade: 1)]),
         .valueOutOfRange, "product.1.license"),
        ("negative basis", MaintenanceRequest(application: ApplicationMaintenanceRequest(basis: .given([Won(-5)]), ratings: ratings(.simple))),
         .valueOutOfRange, "basis"),
        ("basis count", MaintenanceRequest(application: ApplicationMaintenanceRequest(basis: .given([Won(1), Won(2)]), ratings: ratings(.simple)),
                                           months: 36),
         .maintenanceBasisCount, "basis"),
        ("missing rating", MaintenanceRequest(application: ApplicationMaintenanceRequest(basis: .given([Won(1)]), ratings: [.frequency: .simple])),
         .missingInput, "users"),
        ("negative expenses", MaintenanceRequest(application: ApplicationMaintenanceRequest(basis: .given([Won(1)]), ratings: ratings(.simple),
                                                                                            directExpenses: Won(-1))),
         .valueOutOfRange, "direct_expenses"),
    ]

    @Test(arguments: badRequests)
    func badInputIsAnErrorAtItsField(name: String, request: MaintenanceRequest, code: ErrorCode, field: String) throws {
        let error = try #require(throws: DaegaError.self) { try MaintenanceEstimator.estimate(request, edition: Repository.edition(2025)) }
        #expect(error.code == code, "\(name)")
        #expect(error.location == .field(field), "\(name)")
        #expect(error.expected != nil)
    }

    @Test(arguments: ["단순", "보통", "복잡", "simple", "Normal", "COMPLEX"])
    func ratingsParse(text: String) throws {
        #expect(throws: Never.self) { try MaintenanceRating.parse(text, at: .flag("--users")) }
    }

    @Test(arguments: ["", "중간", "high", "2"])
    func unknownRatingsAreRejected(text: String) throws {
        let error = try #require(throws: DaegaError.self) { try MaintenanceRating.parse(text, at: .flag("--users")) }
        #expect(error.code == .maintenanceRating)
        #expect(error.location == .flag("--users"))
        #expect(error.expected?.contains("단순/보통/복잡") == true)
    }
}
