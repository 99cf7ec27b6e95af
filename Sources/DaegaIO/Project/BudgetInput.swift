import DaegaEngine

/// The budget facts of a project (`[budget]` and `[[products]]` in a project file, or flags).
public struct BudgetInput: Sendable, Equatable {
    /// The budget; VAT 포함 unless `excludesVAT`.
    public var amount: Won?
    /// True when the amount is VAT 별도.
    public var excludesVAT = false
    /// The planned duration in months.
    public var months: ExactDecimal?
    /// The typical award ratio (percent), overriding the rate book's default.
    public var awardRatioPercent: ExactDecimal?
    /// Commercial software bought within the project.
    public var products: [SoftwarePurchase] = []
    /// The unit projects of an 일괄발주 (`[[units]]`).
    public var units: [ProjectUnit] = []
    /// The contract's years (`[budget] years`), for the yearly average.
    public var contractYears: Int?
    /// The reference of a granted 대기업참여제한 예외 (`[budget] exemption`).
    public var participationExemption: String?
    /// The planned 하도급 (`[subcontracting]`).
    public var subcontracting: SubcontractingPlan?
    /// The 과업심의 간소화 category (`[budget] review_category`).
    public var reviewCategory: ReviewCategory?
    /// The 협상 technical : price weights (`[budget] price_weights`, `price_weights_case`).
    public var priceWeights: PriceWeightsChoice?
    /// The hardware bought within the project, on the budget's VAT basis (`[budget] hardware_amount`).
    public var hardwareAmount: Won?
    /// Where each field was given, for error messages.
    public var locations: [String: InputLocation] = [:]

    /// Creates empty budget facts.
    public init() {}

    /// Reads `[budget]` (amount, excludes_vat, months, award_ratio, years, exemption), `[[products]]` (name, amount,
    /// status), `[[units]]` (name, amount) and `[subcontracting]` (percent, resubcontracting).
    /// - Throws: `DaegaError` naming `path:line:column`.
    static func read(budget: inout TOMLTableReader?, products: [TOMLTableReader], units: [TOMLTableReader],
                     subcontracting: inout TOMLTableReader?) throws -> BudgetInput {
        var input = BudgetInput()
        if var section = budget {
            if let amount = try section.optionalInteger("amount", in: 1...Int64.max) {
                input.amount = Won(amount)
                input.locations["budget"] = section.location(of: "amount")
            }
            if section.has("excludes_vat") { input.excludesVAT = try section.bool("excludes_vat") }
            if let months = try section.optionalDecimal("months", in: ExactDecimal(significand: 1, scale: 1)...ExactDecimal(120)) {
                input.months = months
                input.locations["months"] = section.location(of: "months")
            }
            if let ratio = try section.optionalDecimal("award_ratio", in: ExactDecimal(significand: 1, scale: 1)...ExactDecimal(100)) {
                input.awardRatioPercent = ratio
                input.locations["award_ratio"] = section.location(of: "award_ratio")
            }
            if let years = try section.optionalInteger("years", in: 1...10) { input.contractYears = Int(years) }
            input.participationExemption = try section.optionalString("exemption")
            if let value = try section.optionalValue("review_category") {
                let spelling = try section.string(from: value, key: "review_category")
                guard let category = ReviewCategory(spelling: spelling) else {
                    throw DaegaError(.unknownReviewCategory, at: section.location(of: value),
                                     "과업심의 간소화 범주 '\(spelling)'을(를) 알 수 없습니다", expected: ReviewCategory.acceptedSpellings)
                }
                input.reviewCategory = category
            }
            input.priceWeights = try PriceWeightsSetting.read(&section)
            if let hardware = try section.optionalInteger("hardware_amount", in: 0...Int64.max) { input.hardwareAmount = Won(hardware) }
            try section.finish(allowed: "amount, excludes_vat, months, award_ratio, years, exemption, review_category, price_weights, price_weights_case, hardware_amount")
            budget = section
        }
        for var product in products {
            var status = ProductStatus.unstated
            if let value = try product.optionalValue("status") {
                let spelling = try product.string(from: value, key: "status")
                guard let read = ProductStatus(spelling: spelling) else {
                    throw DaegaError(.unknownProductStatus, at: product.location(of: value),
                                     "상용SW 상태 '\(spelling)'을(를) 알 수 없습니다", expected: ProductStatus.acceptedSpellings)
                }
                status = read
            }
            input.products.append(SoftwarePurchase(name: try product.string("name"),
                                                    amount: Won(try product.integer("amount", in: 0...Int64.max)), status: status))
            try product.finish(allowed: "name, amount, status")
        }
        for var unit in units {
            input.units.append(ProjectUnit(name: try unit.string("name"), amount: Won(try unit.integer("amount", in: 1...Int64.max))))
            try unit.finish(allowed: "name, amount")
        }
        if var section = subcontracting {
            input.subcontracting = SubcontractingPlan(
                percent: try section.decimal("percent", in: ExactDecimal.zero...ExactDecimal(100)),
                resubcontracting: section.has("resubcontracting") ? try section.bool("resubcontracting") : false)
            try section.finish(allowed: "percent, resubcontracting")
            subcontracting = section
        }
        return input
    }
}

extension BudgetInput {
    /// The engine's budget request for `amount` with these facts.
    public func checkRequest(amount: Won) -> BudgetCheckRequest {
        var request = BudgetCheckRequest(budget: amount, budgetExcludesVAT: excludesVAT, awardRatioPercent: awardRatioPercent,
                                         products: products)
        request.units = units
        request.contractYears = contractYears
        request.participationExemption = participationExemption
        request.subcontracting = subcontracting
        request.reviewCategory = reviewCategory
        request.priceWeights = priceWeights
        request.hardwareAmount = hardwareAmount
        return request
    }
}
