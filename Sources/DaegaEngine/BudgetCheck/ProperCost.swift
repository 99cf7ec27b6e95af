/// The proper cost a budget is measured against, from whichever method the project was estimated by.
public struct ProperCost: Sendable, Equatable {
    /// Which method gave it.
    public enum Method: String, Sendable, Equatable {
        /// 기능점수 방식.
        case functionPoints = "function_points"
        /// 투입공수 방식.
        case manMonths = "man_months"
        /// 유지관리 요율제·상용SW 등급별 요율 (with operation staff by 투입공수, when given).
        case maintenance

        /// The method's name.
        public var name: LocalizedText {
            switch self {
            case .functionPoints: LocalizedText(ko: "기능점수 방식", en: "function points")
            case .manMonths: LocalizedText(ko: "투입공수 방식", en: "man-months")
            case .maintenance: LocalizedText(ko: "유지관리 요율 방식", en: "maintenance rates")
            }
        }
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

extension ProperCost {
    /// The proper cost of a maintenance tender: the maintenance estimate for its period, plus operation staff by
    /// man-months when given. The rate method adds no separate 이윤 (the guide's example adds only 직접경비), so the
    /// whole maintenance fee counts as the vendor's cost; operation staff counts without its technical fee.
    /// - Throws: `DaegaError.amountOverflow` when the sums do not fit.
    public init(maintenance: MaintenanceEstimate, operation: ManMonthEstimate?) throws {
        let operationCost = operation.map { ProperCost($0) }
        self.init(method: .maintenance,
                  total: try maintenance.total.adding(operationCost?.total ?? .zero, what: "유지관리·운영 대가"),
                  totalWithVAT: try maintenance.totalWithVAT.adding(operationCost?.totalWithVAT ?? .zero, what: "유지관리·운영 대가"),
                  costWithoutMargin: try maintenance.total.adding(operationCost?.costWithoutMargin ?? .zero, what: "유지관리·운영 원가"),
                  marginDefinition: operation == nil
                      ? LocalizedText(ko: "유지관리비 전액 (요율제에는 별도 이윤 없음)", en: "the whole maintenance fee (the rate method has no separate profit)")
                      : LocalizedText(ko: "유지관리비 전액 (요율제에는 별도 이윤 없음) + 운영 인력 직접인건비·제경비·직접경비 (기술료 제외)",
                                      en: "the whole maintenance fee (no separate profit) + operation staff's direct labour, overhead and direct expenses (no technical fee)"))
    }
}
