/// One range sample's costs as the cores computed them.
struct SampleCost {
    /// The function-point figures, when a scope was given.
    var functionPoints: FunctionPointFigures?
    /// The man-month totals, when staffing was given and priced.
    var manMonths: ManMonthTotals?

    /// The proper cost, VAT 별도 and 포함, and without margin: the FP cost where a scope is given, else the
    /// man-month cost (as ``ProperCost`` takes them from the estimates).
    var properCost: (total: Won, totalWithVAT: Won, costWithoutMargin: Won) {
        if let fp = functionPoints {
            return (fp.total, fp.totalWithVAT, fp.costWithoutProfit)
        }
        let mm = manMonths!
        return (mm.total, mm.totalWithVAT, mm.costWithoutTechnicalFee)
    }
}
