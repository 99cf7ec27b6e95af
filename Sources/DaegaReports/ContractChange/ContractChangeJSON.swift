import DaegaEngine

/// The JSON form of a priced scope change (변경관리내역서): totals, items with their unit price and clause, findings and
/// every rule with its status.
public enum ContractChangeJSON {
    /// Renders a change.
    /// - Parameters:
    ///   - result: the engine's result.
    ///   - name: the change's name.
    ///   - language: language of sentences.
    public static func render(_ result: ContractChangeResult, name: String, language: Language) -> JSONValue {
        let prices = result.unitPrices
        return .object([
            ("name", .string(name)),
            ("original_contract", .won(result.originalContract)),
            ("adjusted_contract", .won(result.adjustedContract)),
            ("adjustment", .won(result.adjustment)),
            ("adjustment_percent", .number(result.adjustmentPercent)),
            ("committee_required", .bool(result.committeeRequired)),
            ("requested_by", .string(result.requester.rawValue)),
            ("award_ratio_pct", .number(result.awardRatioPercent)),
            ("law", .object([("article", .string(result.clauses.value.article)),
                             ("midpoint_pct", .number(result.clauses.value.midpointPercent)),
                             ("status", .string(result.clauses.reference.status.rawValue))])),
            ("unit_prices_per_fp", .object([
                ("contract", .won(prices.contract)), ("estimate", .won(prices.estimate)),
                ("change_time", .won(prices.changeTime)), ("change_time_at_award", .won(prices.changeTimeAtAward)),
                ("midpoint", .won(prices.midpoint)), ("agreed", result.agreedUnitPrice.map(JSONValue.won) ?? .null),
                ("rounding", .string(result.rounding.englishDescription)),
                ("change_time_maintenance_months", result.changeTimeMonths.map(JSONValue.int) ?? .null),
            ])),
            ("function_points", .object([("before", .number(result.pointsBefore)), ("after", .number(result.pointsAfter))])),
            ("period_months", .object([("contract", .int(result.contractMonths)), ("added", .int(result.addedMonths)),
                                       ("adjusted", .int(result.adjustedMonths)),
                                       ("proper_same_team", result.properMonthsSameTeam.map(JSONValue.number) ?? .null)])),
            ("items", .array(result.items.map(item))),
            ("findings", FindingJSON.findings(result.findings, language: language)),
            ("rules", .array(result.rates.map(TraceJSON.reference))),
            ("uncertain_rules", .array(result.rates.filter { $0.status == .uncertain }.map { .string($0.source) })),
            ("notes", .array(result.notes.map { .object([("code", .string($0.code)), ("text", .string($0.text.text(language)))]) })),
        ])
    }

    static func item(_ item: ContractChangeItem) -> JSONValue {
        .object([("name", .string(item.quantity.name)), ("type", .string(item.quantity.type.rawValue.uppercased())),
                 ("in_contract", .bool(item.quantity.inContract)),
                 ("fp_before", .number(item.quantity.before)), ("fp_after", .number(item.quantity.after)),
                 ("unit_price", .won(item.unitPrice)), ("basis", .string(item.basis.rawValue)),
                 ("clause", .string(item.clause)), ("amount", .won(item.amount))])
    }
}
