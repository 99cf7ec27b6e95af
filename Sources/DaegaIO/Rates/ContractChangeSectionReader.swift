import DaegaEngine

/// Reads the `[contract_change]` section of a procurement book: the pricing clauses of each contract law, the rounding,
/// the committee line, the adjustment deadline and the maintenance 기능개선 share.
enum ContractChangeSectionReader {
    /// The section's keys.
    static let keys = "pricing, rounding, committee, adjustment_deadline, improvement_share"

    /// Reads the section, or returns `nil` when the book has none.
    /// - Throws: `DaegaError` naming `path:line:column`.
    static func read(_ root: inout TOMLTableReader, context: GuideBookReader.Context) throws -> ContractChangeRules? {
        guard var section = try root.optionalTable("contract_change") else { return nil }
        let percent = ExactDecimal(significand: 1, scale: 2)...ExactDecimal(100)
        var pricing = try section.table("pricing")
        let national = try context.section(&pricing, "national") { try clauses(&$0) }
        let local = try context.section(&pricing, "local") { try clauses(&$0) }
        try pricing.finish(allowed: "national, local")
        let rounding = try context.section(&section, "rounding") { try GuideBookReader.roundingStep(&$0) }
        let committee = try context.section(&section, "committee") { (try $0.decimal("percent", in: percent), try $0.string("article")) }
        let deadline = try context.section(&section, "adjustment_deadline") { (Int(try $0.integer("days", in: 1...365)), try $0.string("article")) }
        let rules = ContractChangeRules(
            national: national, local: local, rounding: rounding,
            committeePercent: Sourced(committee.value.0, committee.reference), committeeArticle: committee.value.1,
            adjustmentDeadlineDays: Sourced(deadline.value.0, deadline.reference), adjustmentDeadlineArticle: deadline.value.1,
            improvementSharePercent: try context.section(&section, "improvement_share") { try $0.decimal("percent", in: percent) })
        try section.finish(allowed: keys)
        return rules
    }

    static func clauses(_ reader: inout TOMLTableReader) throws -> ChangePricingClauses {
        ChangePricingClauses(
            article: try reader.string("article"), decreaseClause: try reader.string("decrease_clause"),
            increaseClause: try reader.string("increase_clause"), newItemClause: try reader.string("new_item_clause"),
            agencyClause: try reader.string("agency_clause"), otherChangeClause: try reader.string("other_change_clause"),
            midpointPercent: try reader.decimal("midpoint_percent", in: ExactDecimal.zero...ExactDecimal(100)))
    }
}
