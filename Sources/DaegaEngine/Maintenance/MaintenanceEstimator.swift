/// Computes maintenance fees under one guide edition: ``MaintenanceInputCheck`` checks the request,
/// ``MaintenanceCore`` computes every figure (application SW by the rate method, commercial SW by grade, year by
/// year), ``MaintenanceExplanation`` words them.
public enum MaintenanceEstimator {
    /// Estimates a request under `edition`.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations such as `months`, `basis`, `product.2.grade`)
    ///   or amounts that overflow.
    public static func estimate(_ request: MaintenanceRequest, edition: GuideEdition) throws -> MaintenanceEstimate {
        let rates = try edition.requireMaintenance()
        let book = edition.maintenanceCore!
        try MaintenanceInputCheck.hasWork(request)
        let period = try MaintenancePeriod(months: request.months)
        let application = try request.application.map { application in
            let ratings = try MaintenanceInputCheck.ratings(application, rates: rates.application)
            let directExpenses = try MaintenanceInputCheck.directExpenses(application)
            let bases = try MaintenanceInputCheck.bases(application.basis, yearCount: period.years.count)
            return try MaintenanceCore.application(ratings: ratings, bases: bases, yearCount: period.years.count,
                                                   directExpenses: directExpenses, book: book)
        }
        let commercial = try request.products.enumerated().map { offset, product in
            let rate = try MaintenanceInputCheck.commercialRate(product, number: offset + 1, rates: rates.commercial,
                                                                book: edition.book, core: book)
            return try MaintenanceCore.commercialFee(licensePrice: product.licensePrice, grade: product.grade, ratePercent: rate,
                                                     rateGiven: product.ratePercent != nil, book: book)
        }
        let commercialTotal = try MaintenanceCore.commercialAnnualTotal(commercial)
        let figures = try MaintenanceCore.period(months: period.months, application: application,
                                                 commercialAnnualTotal: commercial.isEmpty ? nil : commercialTotal, book: book)
        let (recorder, notes) = MaintenanceExplanation.explain(figures, commercial: commercial, request: request, rates: rates,
                                                               edition: edition)
        return MaintenanceEstimate(
            edition: edition.year, editionTitle: edition.title, period: period,
            application: application.map { ApplicationMaintenanceFee($0, rates: rates.application) },
            commercial: zip(request.products, commercial).map { CommercialMaintenanceFee($1, product: $0, rates: rates.commercial) },
            commercialFloor: rates.commercial.floorPercent, commercialAnnualTotal: commercialTotal,
            years: (0..<figures.yearCount).map { figures.years[$0] },
            total: figures.total, vat: figures.vat, totalWithVAT: figures.totalWithVAT,
            trace: recorder.steps, notes: notes, rates: recorder.rates)
    }
}
