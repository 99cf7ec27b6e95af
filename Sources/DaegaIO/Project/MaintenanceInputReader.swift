import DaegaEngine

/// Reads a project file's `[maintenance]` section.
///
/// ```toml
/// [maintenance]
/// basis = 480_000_000      # or one per year: [480_000_000, 500_000_000]; omitted = the [function_points] estimate
/// direct_expenses = 3_000_000
/// months = 24
/// frequency = "보통"       # 단순/보통/복잡 or simple/normal/complex, for all five factors
/// budget_rate = 11         # or budget = 60_000_000 (first year, VAT 별도)
/// improvement_fp = 70      # 기능개선 size; with system_fp = 1000 (or the [function_points] basis) checks the 7% rule
///
/// [[maintenance.products]]
/// name = "DBMS"
/// license = 120_000_000
/// grade = 1                # rate_percent = 15 overrides the book's rate
/// ```
enum MaintenanceInputReader {
    static let everyInteger = Int64.min...Int64.max

    /// Reads the section; ranges are checked by the engine, whose errors are placed at these positions.
    /// - Throws: `DaegaError` naming `path:line:column`.
    static func read(_ section: inout TOMLTableReader) throws -> MaintenanceInput {
        var input = MaintenanceInput()
        if let edition = try section.optionalInteger("edition", in: 1990...2100) {
            input.edition = Int(edition)
            input.locations["edition"] = section.location(of: "edition")
        }
        if let basis = try section.optionalValue("basis") {
            let values: [TOMLValue]
            if case let .array(elements) = basis.kind { values = elements } else { values = [basis] }
            input.bases = try values.map { Won(try section.integer(from: $0, key: "basis", in: everyInteger)) }
            input.locations["basis"] = section.location(of: "basis")
        }
        if let expenses = try section.optionalInteger("direct_expenses", in: everyInteger) {
            input.directExpenses = Won(expenses)
            input.locations["direct_expenses"] = section.location(of: "direct_expenses")
        }
        if let months = try section.optionalInteger("months", in: everyInteger) {
            input.months = Int(clamping: months)
            input.locations["months"] = section.location(of: "months")
        }
        for kind in DifficultyFactorKind.allCases {
            guard let value = try section.optionalValue(kind.rawValue) else { continue }
            let location = section.location(of: value)
            input.ratings[kind] = try MaintenanceRating.parse(try section.string(from: value, key: kind.rawValue), at: location)
            input.locations[kind.rawValue] = location
        }
        for (offset, var reader) in try section.tableArray("products").enumerated() {
            let field = "product.\(offset + 1)"
            let licenseKey = try reader.key(for: .license), rateKey = try reader.key(for: .ratePercent)
            input.products.append(CommercialProduct(
                name: try reader.optionalString("name") ?? "상용SW \(offset + 1)",
                licensePrice: Won(try reader.integer(licenseKey, in: everyInteger)),
                grade: Int(clamping: try reader.integer("grade", in: everyInteger)),
                ratePercent: try reader.optionalDecimal(rateKey, in: ExactDecimal(Int64.min)...ExactDecimal(Int64.max))))
            input.locations["\(field).license"] = reader.location(of: licenseKey)
            input.locations["\(field).grade"] = reader.location(of: "grade")
            input.locations["\(field).rate"] = reader.location(of: rateKey)
            try reader.finish(allowed: "name, license, grade, rate_percent")
            section.aliasesRead += reader.aliasesRead
        }
        let points = ExactDecimal.zero...ExactDecimal(10_000_000)
        if let improvement = try section.optionalDecimal("improvement_fp", in: points) {
            input.improvementPoints = improvement
            input.locations["improvement_fp"] = section.location(of: "improvement_fp")
        }
        if let system = try section.optionalDecimal("system_fp", in: ExactDecimal(significand: 1, scale: 2)...ExactDecimal(10_000_000)) {
            input.systemPoints = system
            input.locations["system_fp"] = section.location(of: "system_fp")
        }
        let amount = try section.optionalInteger("budget", in: everyInteger)
        let rateKey = try section.key(for: .maintenanceBudgetRate)
        let rate = try section.optionalDecimal(rateKey, in: ExactDecimal(Int64.min)...ExactDecimal(Int64.max))
        if amount != nil && rate != nil {
            throw DaegaError(.conflictingInputs, at: section.location(of: rateKey), "예산이 금액과 요율로 함께 주어졌습니다",
                             expected: "budget(1차년도 금액, VAT 별도) 또는 budget_rate(%) 중 하나")
        }
        input.budget = amount.map { .amount(Won($0)) } ?? rate.map { .ratePercent($0) }
        input.locations["budget"] = section.location(of: "budget")
        input.locations["budget_rate"] = section.location(of: rateKey)
        return input
    }
}
