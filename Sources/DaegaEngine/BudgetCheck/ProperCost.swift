/// The proper cost a budget is measured against, from whichever method the project was estimated by.
public struct ProperCost: Sendable, Equatable {
    /// Which method gave it.
    public enum Method: String, Sendable, Equatable {
        /// 기능점수 방식.
        case functionPoints = "function_points"
        /// 투입공수 방식.
        case manMonths = "man_months"
    }

    /// The method.
    public var method: Method
    /// The proper cost, VAT 별도.
    public var total: Won
    /// The proper cost, VAT 포함.
    public var totalWithVAT: Won
    /// The vendor's cost without margin, VAT 별도 (FP: 개발원가 + 직접경비; man-months: 직접인건비 + 제경비 + 직접경비).
    public var costWithoutMargin: Won
    /// How the cost without margin is made up, in words.
    public var marginDefinition: LocalizedText

    /// Creates a proper cost.
    public init(method: Method, total: Won, totalWithVAT: Won, costWithoutMargin: Won, marginDefinition: LocalizedText) {
        self.method = method
        self.total = total
        self.totalWithVAT = totalWithVAT
        self.costWithoutMargin = costWithoutMargin
        self.marginDefinition = marginDefinition
    }

    /// The proper cost of a function-point estimate.
    public init(_ estimate: FunctionPointEstimate) {
        self.init(method: .functionPoints, total: estimate.total, totalWithVAT: estimate.totalWithVAT,
                  costWithoutMargin: estimate.costWithoutProfit,
                  marginDefinition: LocalizedText(ko: "개발원가 + 직접경비 (이윤 제외)", en: "development cost + direct expenses (no profit)"))
    }
}

extension ProperCost {
    /// The proper cost of a man-month estimate.
    public init(_ estimate: ManMonthEstimate) {
        self.init(method: .manMonths, total: estimate.total, totalWithVAT: estimate.totalWithVAT,
                  costWithoutMargin: Won(estimate.directLabor.value + estimate.overhead.value + estimate.directExpenses.value),
                  marginDefinition: LocalizedText(ko: "직접인건비 + 제경비 + 직접경비 (기술료 제외)",
                                                  en: "direct labour + overhead + direct expenses (no technical fee)"))
    }
}
