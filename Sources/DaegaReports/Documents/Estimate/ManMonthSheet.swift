import DaegaEngine

/// The 투입공수 산정 sheet of an estimate workbook: each job's effort and wage (inputs), its 직접인건비, then
/// 제경비, 기술료, 직접경비 and VAT as live formulas whose saved values are the estimate's figures.
enum ManMonthSheet {
    /// The sheet and the reference of the VAT-inclusive total.
    static func sheet(_ estimate: ManMonthEstimate) -> (sheet: WorkbookSheet, totalWithVAT: String) {
        var builder = EstimateSheetBuilder(name: "투입공수 산정", title: "SW사업 대가 산정 (투입공수 방식)",
                                           subtitle: "\(estimate.editionTitle), \(estimate.wageYear)년 적용 SW기술자 임금")
        // One rounding for every labor figure: the edition's, recorded on the 제경비 step.
        let step = estimate.trace.first { $0.key == "overhead" }?.rounding
        let round = { (expression: String) in step.map { ExcelRounding.formula(expression, step: $0) } ?? expression }
        var lineAmounts: [String] = []
        for line in estimate.lines {
            let unit = line.pricedMonthly ? "개월" : "일"
            let quantity = builder.row("\(line.job) 투입 (\(unit))", .input(line.pricedQuantity),
                                       note: line.writtenAs.map { "입력: \($0)" } ?? "")
            let wage = builder.row("\(line.job) \(line.pricedMonthly ? "월" : "일")평균임금", .inputWon(line.unitWage))
            lineAmounts.append(builder.row("\(line.job) 직접인건비", .wonFormula(round("\(quantity)*\(wage)"), line.amount),
                                           formula: "투입 × 임금"))
        }
        let labor = builder.row("직접인건비", .wonFormula(lineAmounts.isEmpty ? "0" : lineAmounts.joined(separator: "+"), estimate.directLabor),
                                formula: "직무별 직접인건비의 합")
        let overheadRate = builder.row("제경비율", .inputPercent(estimate.overheadPercent), note: "직접인건비 대비")
        let overhead = builder.row("제경비", .wonFormula(round("\(labor)*\(overheadRate)"), estimate.overhead), formula: "직접인건비 × 제경비율")
        let feeRate = builder.row("기술료율", .inputPercent(estimate.technicalFeePercent), note: "(직접인건비 + 제경비) 대비")
        let fee = builder.row("기술료", .wonFormula(round("(\(labor)+\(overhead))*\(feeRate)"), estimate.technicalFee),
                              formula: "(직접인건비 + 제경비) × 기술료율")
        let direct = builder.row("직접경비", .inputWon(estimate.directExpenses))
        let total = builder.row("사업대가 (VAT 별도)", .wonFormula("\(labor)+\(overhead)+\(fee)+\(direct)", estimate.total),
                                formula: "직접인건비 + 제경비 + 기술료 + 직접경비 (별도 이윤 없음)")
        let withVAT = VATRows.append(to: &builder, total: total, trace: estimate.trace, vat: estimate.vat,
                                     totalWithVAT: estimate.totalWithVAT, label: "사업대가 (VAT 포함)")
        if let step {
            builder.heading("반올림")
            builder.line("직무별 인건비, 제경비, 기술료: " + ExcelRounding.describe(step))
        }
        builder.sources(estimate.rates)
        return (builder.sheet, "'투입공수 산정'!\(withVAT)")
    }
}
