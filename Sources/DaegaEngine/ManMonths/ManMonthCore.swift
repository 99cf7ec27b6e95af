/// The arithmetic of the man-month method, apart from its wording (``ManMonthExplanation``).
///
/// - 직접인건비 = Σ 월평균임금 × M/M, or Σ 일평균임금 × M/D (months × the day count when a table has no monthly
///   wages); each line rounded by the labor rounding, the lines summed exactly.
/// - 제경비 = 직접인건비 × 제경비율; 기술료 = (직접인건비 + 제경비) × 기술료율; each rounded by the labor rounding.
/// - 사업대가 = 직접인건비 + 제경비 + 기술료 + 직접경비 (no separate 이윤); VAT on top.
public enum ManMonthCore {
    /// The decimals kept when days are converted to man-months (not money: rounded half to even).
    public static let manMonthPlaces = 4

    /// Prices one line.
    /// - Returns: `nil` when months are given but the job has no monthly wage and there is no day count.
    /// - Throws: `DaegaError.amountOverflow` when an amount does not fit.
    @inline(__always)
    public static func priceLine(_ effort: StaffingEffort, monthlyWage: Won?, dailyWage: Won, dayCount: ExactDecimal?,
                                 rounding: RoundingStep) throws -> StaffingLineFigures? {
        let quantity: ExactDecimal, wage: Won, monthly: Bool, manMonths: ExactDecimal?
        switch effort {
        case let .months(months):
            if let monthlyWage {
                (quantity, wage, monthly, manMonths) = (months, monthlyWage, true, months)
            } else if let dayCount {
                guard let days = months.multiplied(by: dayCount) else { throw DaegaError.amountOverflow("투입일") }
                (quantity, wage, monthly, manMonths) = (days, dailyWage, false, months)
            } else {
                return nil
            }
        case let .days(days):
            (quantity, wage, monthly) = (days, dailyWage, false)
            manMonths = dayCount.flatMap { days.divided(by: $0, places: manMonthPlaces, rule: .toNearestOrEven) }
        }
        let amount = try wage.multiplied(by: quantity, rounding: rounding, what: "직접인건비")
        return StaffingLineFigures(quantity: quantity, monthly: monthly, wage: wage, amount: amount, manMonths: manMonths)
    }

    /// The running sums of the priced lines: 직접인건비, and 투입공수 while every line has man-months.
    public struct LaborSum: Sendable, BitwiseCopyable {
        /// Σ amounts.
        public private(set) var amount = Won.zero
        /// Σ man-months, `nil` once a line has none.
        public private(set) var manMonths: ExactDecimal? = .zero

        /// An empty sum.
        public init() {}

        /// Adds a line.
        /// - Throws: `DaegaError.amountOverflow` when a sum does not fit.
        @inline(__always)
        public mutating func add(_ line: StaffingLineFigures) throws {
            amount = try amount.adding(line.amount, what: "직접인건비")
            guard let sum = manMonths else { return }
            guard let months = line.manMonths else { manMonths = nil; return }
            guard let next = sum.adding(months) else { throw DaegaError.amountOverflow("투입공수") }
            manMonths = next
        }
    }

    /// 제경비, 기술료, 사업대가 and VAT on the summed lines.
    /// - Throws: `DaegaError.amountOverflow` when an amount does not fit.
    public static func totals(_ labor: LaborSum, overheadPercent: ExactDecimal, technicalFeePercent: ExactDecimal,
                              directExpenses: Won, rounding: RoundingStep, vatPercent: ExactDecimal,
                              vatRounding: RoundingStep) throws -> ManMonthTotals {
        let hundredth = FunctionPointCore.hundredth
        let directLabor = labor.amount
        let overhead = try directLabor.multiplied(by: overheadPercent, hundredth, rounding: rounding, what: "제경비")
        let feeBase = try directLabor.adding(overhead, what: "기술료 기준액")
        let technicalFee = try feeBase.multiplied(by: technicalFeePercent, hundredth, rounding: rounding, what: "기술료")
        let total = try directLabor.adding(overhead, what: "사업대가").adding(technicalFee, what: "사업대가")
            .adding(directExpenses, what: "사업대가")
        let vat = try total.multiplied(by: vatPercent, hundredth, rounding: vatRounding, what: "부가가치세")
        return ManMonthTotals(directLabor: directLabor, manMonths: labor.manMonths, overheadPercent: overheadPercent,
                              overhead: overhead, feeBase: feeBase, technicalFeePercent: technicalFeePercent,
                              technicalFee: technicalFee, directExpenses: directExpenses, total: total, vat: vat,
                              totalWithVAT: try total.adding(vat, what: "VAT 포함 합계"))
    }
}
