/// The arithmetic of maintenance fees, apart from its wording (``MaintenanceExplanation``).
///
/// - Application SW (요율제): TMP = Σ points of the five ratings; 요율 = base + span × TMP/100; 연간 유지관리비 =
///   개발비 × 요율 (rounded) + 직접경비, with no separate 이윤 (the guide's example adds only 직접경비).
/// - Commercial SW: 연간 유지관리비 = 라이선스 금액 × 등급별 요율 (or a given rate), rounded.
/// - The period: contract years of 12 months, the last possibly shorter and pro-rated (× months / 12, rounded);
///   each year's total gets VAT; the period's totals are the sums of the years'.
/// Every fee is rounded by the book's maintenance rounding. Integers, decimals and fixed-size values only.
public enum MaintenanceCore {
    /// The TMP of five ratings (in `DifficultyFactorKind.allCases` order) and the rate it gives.
    public static func difficulty(_ ratings: InlineArray<5, MaintenanceRating>, book: MaintenanceCoreBook) -> DifficultyFigures {
        var points = InlineArray<5, Int>(repeating: 0)
        var score = 0
        for kind in 0..<5 {
            points[kind] = book.points(kind: kind, rating: ratings[kind])
            score += points[kind]
        }
        return DifficultyFigures(ratings: ratings, points: points, score: score, ratePercent: book.formula.ratePercent(tmp: score))
    }

    /// One year's application-SW fee: 개발비 × 요율, rounded, plus 직접경비.
    /// - Throws: `DaegaError.amountOverflow` when the fee does not fit.
    public static func applicationYear(basis: Won, ratePercent: ExactDecimal, directExpenses: Won,
                                       book: MaintenanceCoreBook) throws -> ApplicationYearFigures {
        let rated = try basis.multiplied(by: ratePercent, FunctionPointCore.hundredth, rounding: book.rounding,
                                         what: "응용SW 유지관리비")
        return ApplicationYearFigures(basis: basis, rated: rated, annual: try rated.adding(directExpenses, what: "응용SW 유지관리비"))
    }

    /// Application-SW maintenance over `yearCount` years with the basis of each year in `bases`; a year with the
    /// previous year's basis has the previous year's fee.
    /// - Throws: `DaegaError.amountOverflow` when a fee does not fit.
    public static func application(ratings: InlineArray<5, MaintenanceRating>, bases: InlineArray<10, Won>, yearCount: Int,
                                   directExpenses: Won, book: MaintenanceCoreBook) throws -> ApplicationMaintenanceFigures {
        let difficulty = difficulty(ratings, book: book)
        var years = InlineArray<10, ApplicationYearFigures>(repeating: ApplicationYearFigures(basis: .zero, rated: .zero, annual: .zero))
        for offset in 0..<yearCount {
            years[offset] = offset > 0 && bases[offset] == bases[offset - 1] ? years[offset - 1]
                : try applicationYear(basis: bases[offset], ratePercent: difficulty.ratePercent,
                                      directExpenses: directExpenses, book: book)
        }
        return ApplicationMaintenanceFigures(difficulty: difficulty, directExpenses: directExpenses, yearCount: yearCount,
                                             years: years)
    }

    /// The rate of a product (percent): the given one, else its grade's from the book; `nil` when neither exists.
    @inline(__always)
    public static func commercialRate(grade: Int, given: ExactDecimal?, book: MaintenanceCoreBook) -> ExactDecimal? {
        given ?? book.gradePercent(grade)
    }

    /// One product's annual fee: 라이선스 금액 × 요율, rounded.
    /// - Throws: `DaegaError.amountOverflow` when the fee does not fit.
    public static func commercialFee(licensePrice: Won, grade: Int, ratePercent: ExactDecimal, rateGiven: Bool,
                                     book: MaintenanceCoreBook) throws -> CommercialFeeFigures {
        let fee = try licensePrice.multiplied(by: ratePercent, FunctionPointCore.hundredth, rounding: book.rounding,
                                              what: "상용SW 유지관리비")
        return CommercialFeeFigures(licensePrice: licensePrice, ratePercent: ratePercent, rateGiven: rateGiven,
                                    bookPercent: book.gradePercent(grade), annualFee: fee)
    }

    /// Σ the products' annual fees.
    /// - Throws: `DaegaError.amountOverflow` when the sum does not fit.
    public static func commercialAnnualTotal(_ fees: [CommercialFeeFigures]) throws -> Won {
        var total = Won.zero
        for fee in fees { total = try total.adding(fee.annualFee, what: "상용SW 유지관리비") }
        return total
    }

    /// The number of contract years in `months`: whole years, plus one for a remainder.
    @inline(__always)
    public static func yearCount(months: Int) -> Int { (months + 11) / 12 }

    /// The months of the year at `offset` (0 for the first) of a period of `months`: 12, or the remainder for the last.
    @inline(__always)
    public static func monthsInYear(_ offset: Int, of months: Int) -> Int { offset < months / 12 ? 12 : months % 12 }

    /// An annual fee for a year of `months`: unchanged for 12, else × months / 12, rounded.
    /// - Throws: `DaegaError.amountOverflow` when the amount does not fit.
    @inline(__always)
    public static func prorated(_ annual: Won, months: Int, book: MaintenanceCoreBook) throws -> Won {
        guard months != 12 else { return annual }
        return try book.rounding.apply(Int128(annual.value) * Int128(months), over: 12, what: "유지관리비")
    }

    /// The contract year numbered `index` (from 1) of `months` months: each part pro-rated, their total, and VAT on it.
    /// - Throws: `DaegaError.amountOverflow` when an amount does not fit.
    public static func year(_ index: Int, months: Int, application: Won?, commercial: Won?,
                            book: MaintenanceCoreBook) throws -> MaintenanceYear {
        let applicationPart = try application.map { try prorated($0, months: months, book: book) }
        let commercialPart = try commercial.map { try prorated($0, months: months, book: book) }
        let total = try (applicationPart ?? .zero).adding(commercialPart ?? .zero, what: "유지관리비")
        let vat = try total.multiplied(by: book.vatPercent, FunctionPointCore.hundredth, rounding: book.vatRounding,
                                       what: "부가가치세")
        return MaintenanceYear(index: index, months: months, application: applicationPart, commercial: commercialPart,
                               total: total, vat: vat, totalWithVAT: try total.adding(vat, what: "VAT 포함 합계"))
    }

    /// The period: every year of `months` (1…120) from the application figures and the products' annual total,
    /// and the sums over the years.
    /// - Throws: `DaegaError.amountOverflow` when an amount does not fit.
    public static func period(months: Int, application: ApplicationMaintenanceFigures?, commercialAnnualTotal: Won?,
                              book: MaintenanceCoreBook) throws -> MaintenanceFigures {
        let count = yearCount(months: months)
        let none = MaintenanceYear(index: 0, months: 0, application: nil, commercial: nil, total: .zero, vat: .zero, totalWithVAT: .zero)
        var years = InlineArray<10, MaintenanceYear>(repeating: none)
        for offset in 0..<count {
            years[offset] = try year(offset + 1, months: monthsInYear(offset, of: months),
                                     application: application?.years[offset].annual, commercial: commercialAnnualTotal, book: book)
        }
        var total = Won.zero, vat = Won.zero, totalWithVAT = Won.zero
        for offset in 0..<count { total = try total.adding(years[offset].total, what: "유지관리비 합계") }
        for offset in 0..<count { vat = try vat.adding(years[offset].vat, what: "부가가치세 합계") }
        for offset in 0..<count { totalWithVAT = try totalWithVAT.adding(years[offset].totalWithVAT, what: "VAT 포함 합계") }
        return MaintenanceFigures(months: months, application: application, commercialAnnualTotal: commercialAnnualTotal,
                                  yearCount: count, years: years, total: total, vat: vat, totalWithVAT: totalWithVAT)
    }
}
