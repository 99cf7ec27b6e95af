import DaegaEngine
import DaegaTestSupport
import Testing

/// The maintenance explanation words the core's numbers and never its own: over generated requests, every amount
/// and rate in the trace and in the estimate equals ``MaintenanceCore``'s figure, and every budget finding is one
/// ``MaintenanceComplianceCore`` decided, with its ratio (seeded, so failures repeat).
@Suite struct MaintenanceCorePropertyTests {
    static let editions = Array(2020...2025).map(Repository.edition)

    /// A random request: application SW (one basis, one per year, or a function-point basis) and/or 0–3 products
    /// (a grade the book has, or a given rate), 1–120 months.
    static func randomRequest(_ generator: inout SeededGenerator, edition: GuideEdition) throws -> MaintenanceRequest {
        let months = Int.random(in: 1...120, using: &generator)
        let years = (months + 11) / 12
        var application: ApplicationMaintenanceRequest?
        if Int.random(in: 0...3, using: &generator) > 0 {
            let basis: MaintenanceBasis
            switch Int.random(in: 0...5, using: &generator) {
            case 0:
                basis = .functionPoints(try FunctionPointEstimator.estimate(FunctionPointRequest(
                    scope: .total(ExactDecimal(Int64.random(in: 50...4_000, using: &generator)))), edition: Repository.edition(2025)))
            case 1, 2:
                // Runs of equal bases, so some years repeat the previous year's fee.
                var amounts: [Won] = []
                for _ in 0..<years {
                    amounts.append(amounts.last.flatMap { Bool.random(using: &generator) ? $0 : nil }
                                   ?? Won(Int64.random(in: 1...5_000_000_000, using: &generator)))
                }
                basis = .given(amounts)
            default:
                basis = .given([Won(Int64.random(in: 1...5_000_000_000, using: &generator))])
            }
            let ratings = Dictionary(uniqueKeysWithValues: DifficultyFactorKind.allCases.map {
                ($0, MaintenanceRating.allCases.randomElement(using: &generator)!)
            })
            application = ApplicationMaintenanceRequest(
                basis: basis, ratings: ratings,
                directExpenses: Won(Bool.random(using: &generator) ? 0 : Int64.random(in: 1...50_000_000, using: &generator)))
        }
        let grades = edition.maintenance!.commercial.grades.map(\.value.grade)
        var products: [CommercialProduct] = []
        for number in 0..<Int.random(in: application == nil ? 1...3 : 0...3, using: &generator) {
            let given = Int.random(in: 0...3, using: &generator) == 0
            products.append(CommercialProduct(
                name: "제품 \(number + 1)", licensePrice: Won(Int64.random(in: 1...900_000_000, using: &generator)),
                grade: given ? Int.random(in: 1...5, using: &generator) : grades.randomElement(using: &generator)!,
                ratePercent: given ? ExactDecimal(significand: Int64.random(in: 1...3_000, using: &generator), scale: 2) : nil))
        }
        return MaintenanceRequest(application: application, products: products, months: months)
    }

    /// The core's figures of `request`, computed straight from the core's functions.
    static func coreFigures(_ request: MaintenanceRequest,
                            edition: GuideEdition) throws -> (MaintenanceFigures, [CommercialFeeFigures]) {
        let book = edition.maintenanceCore!
        let yearCount = MaintenanceCore.yearCount(months: request.months)
        let application = try request.application.map { application in
            var ratings = InlineArray<5, MaintenanceRating>(repeating: .simple)
            for kind in DifficultyFactorKind.allCases { ratings[kind.ordinal] = application.ratings[kind]! }
            var bases = InlineArray<10, Won>(repeating: .zero)
            for offset in 0..<yearCount {
                switch application.basis {
                case let .functionPoints(estimate): bases[offset] = estimate.total
                case let .given(amounts): bases[offset] = amounts.count == 1 ? amounts[0] : amounts[offset]
                }
            }
            return try MaintenanceCore.application(ratings: ratings, bases: bases, yearCount: yearCount,
                                                   directExpenses: application.directExpenses, book: book)
        }
        let commercial = try request.products.map { product in
            try MaintenanceCore.commercialFee(
                licensePrice: product.licensePrice, grade: product.grade,
                ratePercent: MaintenanceCore.commercialRate(grade: product.grade, given: product.ratePercent, book: book)!,
                rateGiven: product.ratePercent != nil, book: book)
        }
        let total = try MaintenanceCore.commercialAnnualTotal(commercial)
        let figures = try MaintenanceCore.period(months: request.months, application: application,
                                                 commercialAnnualTotal: commercial.isEmpty ? nil : total, book: book)
        return (figures, commercial)
    }

    /// Every trace result the explanation should show for `figures`, by step key.
    static func expectedTrace(_ figures: MaintenanceFigures, commercial: [CommercialFeeFigures]) -> [String: TraceValue] {
        var expected: [String: TraceValue] = [:]
        if let application = figures.application {
            expected["difficulty_score"] = .number(ExactDecimal(Int64(application.difficulty.score)))
            expected["application_rate"] = .percent(application.difficulty.ratePercent)
            let years = (0..<application.yearCount).map { application.years[$0] }
            let allSame = years.allSatisfy { $0.basis == years[0].basis }
            expected["application_basis"] = .won(years[0].basis)
            for (offset, year) in years.enumerated() where offset == 0 || year.basis != years[offset - 1].basis {
                let suffix = allSame ? "" : "_year\(offset + 1)"
                expected["application_rated_amount\(suffix)"] = .won(year.rated)
                expected["application_annual_fee\(suffix)"] = .won(year.annual)
            }
        }
        for (offset, fee) in commercial.enumerated() { expected["commercial_fee_\(offset + 1)"] = .won(fee.annualFee) }
        if commercial.count > 1, let total = figures.commercialAnnualTotal { expected["commercial_annual_total"] = .won(total) }
        for offset in 0..<figures.yearCount {
            let year = figures.years[offset]
            let prefix = figures.yearCount > 1 || year.months != 12 ? "year\(offset + 1)_" : ""
            if year.months != 12 {
                if let part = year.application { expected["\(prefix)application"] = .won(part) }
                if let part = year.commercial { expected["\(prefix)commercial"] = .won(part) }
            }
            expected["\(prefix)total"] = .won(year.total)
            expected["\(prefix)vat"] = .won(year.vat)
            expected["\(prefix)total_with_vat"] = .won(year.totalWithVAT)
        }
        if figures.yearCount > 1 { expected["period_total_with_vat"] = .won(figures.totalWithVAT) }
        return expected
    }

    @Test func explainedNumbersEqualTheCoresFigures() throws {
        var generator = SeededGenerator(seed: 810)
        for round in 0..<400 {
            let edition = Self.editions[round % Self.editions.count]
            let request = try Self.randomRequest(&generator, edition: edition)
            let estimate = try MaintenanceEstimator.estimate(request, edition: edition)
            let (figures, commercial) = try Self.coreFigures(request, edition: edition)
            let results = Dictionary(uniqueKeysWithValues: estimate.trace.map { ($0.key, $0.result) })
            let expected = Self.expectedTrace(figures, commercial: commercial)
            #expect(results == expected, "round \(round)")
            #expect(estimate.trace.count == expected.count)
            #expect(estimate.years == (0..<figures.yearCount).map { figures.years[$0] })
            #expect(estimate.years.map(\.months) == estimate.period.years)
            #expect(estimate.total == figures.total && estimate.vat == figures.vat && estimate.totalWithVAT == figures.totalWithVAT)
            #expect(estimate.commercialAnnualTotal == figures.commercialAnnualTotal ?? .zero)
            #expect(estimate.commercial.map(\.annualFee) == commercial.map(\.annualFee))
            #expect(estimate.commercial.map(\.ratePercent) == commercial.map(\.ratePercent))
            #expect(estimate.commercial.map { $0.gradeReference == nil } == commercial.map(\.rateGiven))
            #expect(estimate.notes.filter { $0.code == "commercial_rate_given" }.count == commercial.filter(\.rateGiven).count)
            #expect(estimate.notes.contains { $0.code == "prorated_by_month" } == (request.months % 12 != 0))
            if let application = figures.application {
                let fee = try #require(estimate.application)
                #expect(fee.difficultyScore == application.difficulty.score && fee.ratePercent == application.difficulty.ratePercent)
                #expect(fee.difficulties.map(\.points) == (0..<5).map { application.difficulty.points[$0] })
                #expect(fee.bases == (0..<application.yearCount).map { application.years[$0].basis })
                #expect(fee.annualFees == (0..<application.yearCount).map { application.years[$0].annual })
            } else {
                #expect(estimate.application == nil)
            }
        }
    }

    /// Every finding of a generated budget is one the compliance core decided, with the core's ratio, and the
    /// sentences quote the core's rates.
    @Test func findingsAreTheCoresDecisions() throws {
        var generator = SeededGenerator(seed: 811)
        for round in 0..<400 {
            let edition = Self.editions[round % Self.editions.count]
            let estimate = try MaintenanceEstimator.estimate(try Self.randomRequest(&generator, edition: edition), edition: edition)
            let budget: MaintenanceBudget = Bool.random(using: &generator)
                ? .ratePercent(ExactDecimal(significand: Int64.random(in: 0...2_500, using: &generator), scale: 2))
                : .amount(Won(estimate.years[0].total.value / 100 * Int64.random(in: 0...130, using: &generator)))
            let findings = try MaintenanceCompliance.check(estimate, budget: budget)
            var expected: [String] = []
            func add(_ application: ApplicationRateCheck) {
                if let below = application.belowRange { expected.append("application_rate_below_range \(below.ratioPercent)") }
                if let below = application.belowDifficulty { expected.append("application_rate_below_difficulty \(below.ratioPercent)") }
            }
            func add(_ commercial: CommercialRateCheck) {
                if let below = commercial.belowFloor { expected.append("commercial_rate_below_floor \(below.ratioPercent)") }
                if let below = commercial.belowGrade { expected.append("commercial_rate_below_grade \(below.ratioPercent)") }
            }
            var rates: [ExactDecimal] = []
            switch budget {
            case let .ratePercent(rate):
                if let application = estimate.application {
                    add(MaintenanceComplianceCore.application(rate: rate, lowPercent: application.range.value.lowPercent,
                                                              difficultyPercent: application.ratePercent))
                }
                for fee in estimate.commercial {
                    add(MaintenanceComplianceCore.commercial(rate: rate, required: fee.ratePercent,
                                                             floorPercent: estimate.commercialFloor?.value))
                }
                rates = [rate]
            case let .amount(amount):
                let first = estimate.years[0]
                if let ratio = MaintenanceComplianceCore.belowFirstYear(amount, firstYearTotal: first.total) {
                    expected.append("budget_below_estimate \(ratio)")
                }
                expected.append("rate_not_stated -")
                if let application = estimate.application, estimate.commercial.isEmpty,
                   let implied = MaintenanceComplianceCore.impliedApplicationRate(
                       amount: amount, directExpenses: application.directExpenses, basis: application.bases[0], months: first.months) {
                    add(MaintenanceComplianceCore.application(rate: implied, lowPercent: application.range.value.lowPercent,
                                                              difficultyPercent: application.ratePercent))
                    rates = [implied]
                } else if estimate.application == nil {
                    let licenses = MaintenanceComplianceCore.licenseTotal(estimate.commercial)
                    let implied = try #require(MaintenanceComplianceCore.impliedCommercialRate(amount: amount, licenses: licenses,
                                                                                               months: first.months))
                    let required = try #require(MaintenanceComplianceCore.requiredCommercialRate(
                        annualTotal: estimate.commercialAnnualTotal, licenses: licenses))
                    add(MaintenanceComplianceCore.commercial(rate: implied, required: required,
                                                             floorPercent: estimate.commercialFloor?.value))
                    rates = [implied]
                }
            }
            let shown = findings.map { "\($0.code) \($0.ratioPercent.map { "\($0)" } ?? "-")" }
            #expect(shown.sorted() == expected.sorted(), "round \(round)")
            for finding in findings where finding.code.contains("rate_below") {
                #expect(rates.contains { finding.message.en.contains("\($0)%") }, "round \(round): \(finding.message.en)")
            }
        }
    }

    /// The compiled book holds every table cell and grade rate of the edition's figures.
    @Test func theCompiledBookHoldsTheTables() throws {
        for edition in Self.editions {
            let rates = try edition.requireMaintenance(), book = edition.maintenanceCore!
            for rating in MaintenanceRating.allCases {
                let figures = MaintenanceCore.difficulty(InlineArray(repeating: rating), book: book)
                for kind in DifficultyFactorKind.allCases {
                    #expect(figures.points[kind.ordinal] == rates.application.factors[kind]!.value.level(rating).points)
                }
                #expect(figures.ratePercent == rates.application.formula.value.ratePercent(tmp: figures.score))
            }
            for grade in 0...6 {
                let entry = rates.commercial.grades.first { $0.value.grade == grade }
                #expect(MaintenanceCore.commercialRate(grade: grade, given: nil, book: book) == entry?.value.percent)
            }
        }
    }
}
