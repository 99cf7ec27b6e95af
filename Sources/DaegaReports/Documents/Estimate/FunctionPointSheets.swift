import DaegaEngine

/// The function-point sheets of an estimate workbook: 기능점수 산정 (the counted functions with type, DET,
/// RET/FTR, complexity and weight) and SW개발비 산정 (unit price, size factor, the four adjustment factors, profit,
/// direct expenses and VAT as live formulas whose saved values are the estimate's figures).
enum FunctionPointSheets {
    /// The two sheets and the reference of the VAT-inclusive total (for the budget review).
    /// - Parameters:
    ///   - estimate: the engine's estimate (with its trace, for the rounding steps it applied).
    ///   - sizeFactorCurve: the edition's size-factor curve, making the size factor a live formula; without it the
    ///     factor is a saved value.
    static func sheets(_ estimate: FunctionPointEstimate, sizeFactorCurve: SizeFactorCurve?) -> (count: WorkbookSheet, cost: WorkbookSheet, totalWithVAT: String) {
        let count = countSheet(estimate.count)
        var builder = EstimateSheetBuilder(name: "SW개발비 산정", title: "SW개발비 산정 (기능점수 방식)",
                                           subtitle: "\(estimate.editionTitle) — \(estimate.count.method.ko)")
        let chain = rounding(estimate, key: "unadjusted_cost")
        let points = builder.row("기능점수", count.total.map { .init(.formula($0, cached: estimate.functionPoints), style: .decimal) }
                                     ?? .input(estimate.functionPoints),
                                 formula: count.total == nil ? "입력값 (기능 목록 없이 총계)" : "'기능점수 산정' 시트의 합계")
        let price = builder.row("기능점수당 단가", .inputWon(estimate.unitPrice), note: "가이드의 FP당 단가")
        let share = builder.row("발주 비중", .inputPercent(estimate.phaseSharePercent), note: "전체 단계 발주는 100%")
        let unadjusted = builder.row("보정전 개발원가", .wonFormula(chain.map { ExcelRounding.formula("\(points)*\(price)*\(share)", step: $0) }
                                                                 ?? "\(points)*\(price)*\(share)", estimate.unadjustedCost),
                                   formula: "기능점수 × 단가 × 발주 비중")
        let sizeCell: WorkbookCell = sizeFactorCurve.map { curve in
            WorkbookCell(.formula(sizeFormula(curve, points: points), cached: estimate.sizeFactor), style: .decimal)
        } ?? .number(estimate.sizeFactor, style: .decimal)
        let size = builder.row("규모 보정계수", sizeCell, formula: sizeFactorCurve?.formulaText.ko ?? "요율표의 규모 보정계수")
        var running = builder.row("규모 보정 후", .wonFormula(chained(unadjusted, size, chain), amount(estimate, "cost_after_size")),
                                  formula: "보정전 개발원가 × 규모 보정계수")
        for factor in estimate.factors {
            let name = factor.name.ko.isEmpty ? factor.kind.rawValue : factor.name.ko
            let cell = builder.row("\(name) 계수", .input(factor.value),
                                   note: "\(factor.level)등급" + (factor.meaning.ko.isEmpty ? "" : " (\(factor.meaning.ko))") + (factor.assumed ? ", 가정" : ""))
            running = builder.row("\(name) 보정 후", .wonFormula(chained(running, cell, chain), amount(estimate, "cost_after_\(factor.kind.rawValue)")),
                                  formula: "직전 금액 × \(name) 계수")
        }
        let adjusted = builder.row("개발원가 (보정후)", .wonFormula(running, estimate.adjustedCost))
        let profitRate = builder.row("이윤율", .inputPercent(estimate.profitPercent), note: "개발원가 대비")
        let profit = builder.row("이윤", .wonFormula(chained(adjusted, profitRate, chain), estimate.profit), formula: "개발원가 × 이윤율 (직접경비에는 이윤 없음)")
        let direct = builder.row("직접경비", .inputWon(estimate.directExpenses))
        let total = builder.row("SW개발비 (VAT 별도)", .wonFormula("\(adjusted)+\(profit)+\(direct)", estimate.total), formula: "개발원가 + 이윤 + 직접경비")
        let withVAT = VATRows.append(to: &builder, total: total, trace: estimate.trace, vat: estimate.vat,
                                     totalWithVAT: estimate.totalWithVAT, label: "SW개발비 (VAT 포함)")
        builder.heading("반올림")
        if let chain { builder.line("보정 단계마다: " + ExcelRounding.describe(chain)) }
        builder.line("규모 보정계수: Excel의 LN과 ROUND로 다시 계산 (daega와 같은 소수 자리)")
        builder.sources(estimate.rates)
        return (count.sheet, builder.sheet, withVAT)
    }

    /// The rounding step the engine recorded for a trace step.
    private static func rounding(_ estimate: FunctionPointEstimate, key: String) -> RoundingStep? {
        estimate.trace.first { $0.key == key }?.rounding
    }

    /// The amount the engine recorded for a chain step.
    private static func amount(_ estimate: FunctionPointEstimate, _ key: String) -> Won {
        if case let .won(value)? = estimate.trace.first(where: { $0.key == key })?.result { return value }
        return estimate.adjustedCost
    }

    private static func chained(_ amount: String, _ factor: String, _ step: RoundingStep?) -> String {
        step.map { ExcelRounding.formula("\(amount)*\(factor)", step: $0) } ?? "\(amount)*\(factor)"
    }

    /// The size factor as an Excel formula of the function points in `points`.
    static func sizeFormula(_ curve: SizeFactorCurve, points: String) -> String {
        "IF(\(points)<\(curve.lowerBound),\(curve.lowerValue),IF(\(points)>\(curve.upperBound),\(curve.upperValue),"
            + "ROUND(\(curve.coefficient)*(LN(\(points))-\(curve.logCenter))^2+\(curve.base),\(curve.decimals))))"
    }

    /// The 기능점수 산정 sheet and the reference of its total (nil when a total was given without a list).
    private static func countSheet(_ count: FunctionPointCount) -> (sheet: WorkbookSheet, total: String?) {
        var sheet = WorkbookSheet(name: "기능점수 산정", rows: [
            [.text("기능점수 산정", style: .title)],
            [.text(count.method.ko)],
            [],
            ["번호", "단위프로세스", "FP유형", "DET", "RET/FTR", "복잡도", "수량", "가중치", "기능점수"].map { .text($0, style: .header) },
        ])
        sheet.frozenRows = 4
        sheet.printTitleRows = 4
        sheet.printsLandscapeFitToWidth = true
        sheet.columnWidths = [2: 34]
        guard !count.lines.isEmpty else {
            sheet.rows.append([.text("총계 입력"), .text("기능 목록 없이 기능점수 총계가 주어졌습니다")])
            return (sheet, nil)
        }
        let first = sheet.rows.count + 1
        for (index, line) in count.lines.enumerated() {
            let row = sheet.rows.count + 1
            let optional = { (value: Int?) in value.map { WorkbookCell.number(ExactDecimal(Int64($0))) } ?? .empty }
            sheet.rows.append([
                .number(ExactDecimal(Int64(index + 1))), .text(line.name), .text(line.type.rawValue.uppercased()),
                optional(line.det), optional(line.retOrFtr), .text(line.complexity?.koreanName ?? "평균(간이법)"),
                .number(ExactDecimal(Int64(line.quantity))), .number(line.weight, style: .decimal),
                WorkbookCell(.formula("G\(row)*H\(row)", cached: line.points), style: .decimal),
            ])
        }
        let last = sheet.rows.count
        sheet.rows.append([.empty, .text("합계", style: .header), .empty, .empty, .empty, .empty, .empty, .empty,
                           WorkbookCell(.formula("SUM(I\(first):I\(last))", cached: count.total), style: .decimal)])
        return (sheet, "'기능점수 산정'!I\(last + 1)")
    }
}
