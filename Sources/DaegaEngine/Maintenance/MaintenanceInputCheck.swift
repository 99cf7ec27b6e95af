/// Checks a maintenance request and turns it into ``MaintenanceCore``'s inputs; every error names the request's field.
enum MaintenanceInputCheck {
    /// Something to estimate: application SW or at least one product.
    /// - Throws: `DaegaError.maintenanceNothingToEstimate` at `.field("basis")` otherwise.
    static func hasWork(_ request: MaintenanceRequest) throws {
        guard request.application != nil || !request.products.isEmpty else {
            throw DaegaError(.maintenanceNothingToEstimate, at: .field("basis"), "유지관리 대상이 없습니다",
                             expected: "응용SW(개발비 기준과 난이도 평가 다섯 개) 또는 상용SW(라이선스 금액과 등급) 중 하나 이상")
        }
    }

    /// The five ratings in `DifficultyFactorKind.allCases` order.
    /// - Throws: `DaegaError.missingInput` at the first factor without one.
    static func ratings(_ request: ApplicationMaintenanceRequest,
                        rates: ApplicationMaintenanceRates) throws -> InlineArray<5, MaintenanceRating> {
        var ratings = InlineArray<5, MaintenanceRating>(repeating: .simple)
        for kind in DifficultyFactorKind.allCases {
            guard let rating = request.ratings[kind] else {
                throw DaegaError(.missingInput, at: .field(kind.rawValue), "\(rates.factors[kind]!.value.name.ko) 평가가 없습니다",
                                 expected: "단순/보통/복잡 중 하나 (기준: daega maintenance --show-rules)")
            }
            ratings[kind.ordinal] = rating
        }
        return ratings
    }

    /// The annual 직접경비, not negative.
    /// - Throws: `DaegaError.valueOutOfRange` at `.field("direct_expenses")` for a negative amount.
    static func directExpenses(_ request: ApplicationMaintenanceRequest) throws -> Won {
        guard request.directExpenses >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("direct_expenses"),
                             "직접경비가 음수(\(request.directExpenses.grouped)원)입니다", expected: "0 이상의 원 단위 금액")
        }
        return request.directExpenses
    }

    /// The basis of each of `yearCount` years: a function-point estimate's total every year, one given amount every
    /// year, or one given amount per year.
    /// - Throws: `DaegaError` at `.field("basis")` for a count that is neither one nor the years', or an amount ≤ 0.
    static func bases(_ basis: MaintenanceBasis, yearCount: Int) throws -> InlineArray<10, Won> {
        var bases = InlineArray<10, Won>(repeating: .zero)
        switch basis {
        case let .functionPoints(estimate):
            for offset in 0..<yearCount { bases[offset] = estimate.total }
        case let .given(amounts):
            guard amounts.count == 1 || amounts.count == yearCount else {
                throw DaegaError(.maintenanceBasisCount, at: .field("basis"),
                                 "개발비 기준이 \(amounts.count)개인데 유지관리 기간은 \(yearCount)개 연도입니다",
                                 expected: "기준 하나(매년 같은 기준) 또는 연도마다 하나씩 \(yearCount)개")
            }
            for amount in amounts where amount <= .zero {
                throw DaegaError(.valueOutOfRange, at: .field("basis"), "유지관리 대상 개발비가 0 이하(\(amount.grouped)원)입니다",
                                 expected: "0보다 큰 원 단위 금액 (VAT 별도)")
            }
            for offset in 0..<yearCount { bases[offset] = amounts.count == 1 ? amounts[0] : amounts[offset] }
        }
        return bases
    }

    /// The rate of the product numbered `number` (from 1): its given rate within 0–100% for a grade of the rule, else
    /// the book's rate of its grade; the licence price must be positive.
    /// - Throws: `DaegaError` at `.field("product.N.license")`, `….grade` or `….rate`.
    static func commercialRate(_ product: CommercialProduct, number: Int, rates: CommercialMaintenanceRates, book: String,
                               core: MaintenanceCoreBook) throws -> ExactDecimal {
        let field = "product.\(number)"
        guard product.licensePrice > .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("\(field).license"),
                             "상용SW '\(product.name)'의 라이선스 금액이 0 이하(\(product.licensePrice.grouped)원)입니다",
                             expected: "0보다 큰 최초 라이선스 구매 계약금액 (원, VAT 별도)")
        }
        if let given = product.ratePercent {
            try CommercialMaintenanceRates.validate(grade: product.grade, field: "\(field).grade")
            guard given > .zero, given <= ExactDecimal(100) else {
                throw DaegaError(.valueOutOfRange, at: .field("\(field).rate"), "상용SW '\(product.name)'의 요율 \(given)%가 범위를 벗어났습니다",
                                 expected: "0% 초과 100% 이하")
            }
        }
        guard let rate = MaintenanceCore.commercialRate(grade: product.grade, given: product.ratePercent, book: core) else {
            throw rates.gradeError(product.grade, field: "\(field).grade", book: book)
        }
        return rate
    }
}
