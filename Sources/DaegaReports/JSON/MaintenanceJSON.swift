import DaegaEngine

/// The JSON form of a maintenance estimate (snake_case keys, won as integers, rates in percent).
public enum MaintenanceJSON {
    /// Renders an estimate and, when a budget was checked, its findings.
    /// - Parameters:
    ///   - estimate: the engine's result.
    ///   - findings: compliance findings, or `nil` when no budget was given.
    ///   - language: language of labels and notes.
    public static func render(_ estimate: MaintenanceEstimate, findings: [Finding]?, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("method", .string("maintenance")),
            ("edition", .int(estimate.edition)),
            ("edition_title", .string(estimate.editionTitle)),
            ("months", .int(estimate.period.months)),
            ("application", estimate.application.map { application($0, language: language) } ?? .null),
            ("commercial", .array(estimate.commercial.map { fee in
                .object([("name", .string(fee.product.name)), ("license_price", .won(fee.product.licensePrice)),
                         ("grade", .int(fee.product.grade)), ("grade_meaning", .string(fee.meaning.text(language))),
                         ("rate_pct", .number(fee.ratePercent)), ("rate_given", .bool(fee.gradeReference == nil)),
                         ("annual_fee", .won(fee.annualFee))])
            })),
            ("commercial_annual_total", .won(estimate.commercialAnnualTotal)),
            ("years", .array(estimate.years.map { year in
                .object([("year", .int(year.index)), ("months", .int(year.months)),
                         ("application", year.application.map(JSONValue.won) ?? .null),
                         ("commercial", year.commercial.map(JSONValue.won) ?? .null),
                         ("total", .won(year.total)), ("vat", .won(year.vat)), ("total_with_vat", .won(year.totalWithVAT))])
            })),
            ("total", .won(estimate.total)),
            ("vat", .won(estimate.vat)),
            ("total_with_vat", .won(estimate.totalWithVAT)),
        ]
        if let findings { members.append(("findings", FindingJSON.findings(findings, language: language))) }
        members += TraceJSON.provenance(trace: estimate.trace, rates: estimate.rates, notes: estimate.notes, language: language)
        return .object(members)
    }

    static func application(_ fee: ApplicationMaintenanceFee, language: Language) -> JSONValue {
        .object([
            ("difficulty", .array(fee.difficulties.map { item in
                .object([("factor", .string(item.kind.rawValue)), ("name", .string(item.name.text(language))),
                         ("rating", .string(item.rating.rawValue)), ("points", .int(item.points)),
                         ("rule", .string(item.rule.text(language)))])
            })),
            ("difficulty_score", .int(fee.difficultyScore)),
            ("rate_pct", .number(fee.ratePercent)),
            ("bases", .array(fee.bases.map(JSONValue.won))),
            ("direct_expenses", .won(fee.directExpenses)),
            ("annual_fees", .array(fee.annualFees.map(JSONValue.won))),
        ])
    }
}
