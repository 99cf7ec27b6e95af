import DaegaEngine

/// The JSON form of a man-month estimate (snake_case keys, won as integers).
public enum ManMonthJSON {
    /// Renders an estimate.
    /// - Parameters:
    ///   - estimate: the engine's result.
    ///   - language: language of labels and notes.
    /// - Returns: the JSON object.
    public static func render(_ estimate: ManMonthEstimate, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("method", .string("man_months")),
            ("wage_year", .int(estimate.wageYear)),
            ("edition", .int(estimate.edition)),
            ("edition_title", .string(estimate.editionTitle)),
            ("staffing", .array(estimate.lines.map(line))),
            ("man_months", estimate.manMonths.map { .number($0) } ?? .null),
            ("direct_labor", .won(estimate.directLabor)),
            ("overhead_pct", .number(estimate.overheadPercent)),
            ("overhead", .won(estimate.overhead)),
            ("technical_fee_pct", .number(estimate.technicalFeePercent)),
            ("technical_fee", .won(estimate.technicalFee)),
            ("direct_expenses", .won(estimate.directExpenses)),
            ("total", .won(estimate.total)),
            ("vat", .won(estimate.vat)),
            ("total_with_vat", .won(estimate.totalWithVAT)),
        ]
        members += TraceJSON.provenance(trace: estimate.trace, rates: estimate.rates, notes: estimate.notes, language: language)
        return .object(members)
    }

    static func line(_ line: PricedStaffingLine) -> JSONValue {
        let given: (String, JSONValue) = switch line.effort {
        case let .months(months): ("months", .number(months))
        case let .days(days): ("days", .number(days))
        }
        return .object([("job", .string(line.job)), ("written_as", line.writtenAs.map { .string($0) } ?? .null), given,
                        ("priced_by", .string(line.pricedMonthly ? "monthly" : "daily")),
                        ("priced_quantity", .number(line.pricedQuantity)), ("unit_wage", .won(line.unitWage)),
                        ("amount", .won(line.amount)), ("man_months", line.manMonths.map { .number($0) } ?? .null)])
    }
}
