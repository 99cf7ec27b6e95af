import DaegaEngine

/// Reads the `[labor]` section of a guide book: 제경비 and 기술료 ranges and the rounding of man-month amounts.
///
/// ```toml
/// [labor.overhead]          # and [labor.technical_fee]
/// min_percent = 144
/// max_percent = 154
/// default_percent = 144
/// status = "VERIFIED"
/// source = "…"
///
/// [labor.rounding]
/// rule = "toNearestOrAway"
/// unit = 1
/// status = "UNCERTAIN"
/// source = "…"
/// ```
enum LaborSectionReader {
    /// Reads `[labor]` from a guide book's root, or `nil` when the book has none.
    /// - Throws: `DaegaError` at the offending key for a missing figure, a bad value or an unknown key.
    static func read(_ root: inout TOMLTableReader, context: GuideBookReader.Context) throws -> LaborRates? {
        guard var labor = try root.optionalTable("labor") else { return nil }
        let overhead = try context.section(&labor, "overhead") { reader in try range(&reader) }
        let fee = try context.section(&labor, "technical_fee") { reader in try range(&reader) }
        let rounding = try context.section(&labor, "rounding") { reader in try GuideBookReader.roundingStep(&reader) }
        try labor.finish(allowed: "overhead, technical_fee, rounding")
        return LaborRates(overhead: overhead, technicalFee: fee, rounding: rounding)
    }

    static func range(_ reader: inout TOMLTableReader) throws -> PercentRange {
        let percent = ExactDecimal.zero...ExactDecimal(1000)
        let minimum = try reader.decimal("min_percent", in: percent)
        let maximumValue = try reader.value("max_percent")
        let maximum = try reader.decimal(from: maximumValue, key: "max_percent", in: percent)
        guard minimum <= maximum else {
            throw reader.valueError(maximumValue, key: "max_percent", "상한 \(maximum)%가 하한 \(minimum)%보다 작습니다", expected: "min_percent 이상")
        }
        let defaultValue = try reader.value("default_percent")
        let defaultPercent = try reader.decimal(from: defaultValue, key: "default_percent", in: percent)
        guard minimum <= defaultPercent, defaultPercent <= maximum else {
            throw reader.valueError(defaultValue, key: "default_percent", "기본값 \(defaultPercent)%가 범위 밖입니다",
                                    expected: "\(minimum)~\(maximum)% 안의 값")
        }
        return PercentRange(minimum: minimum, maximum: maximum, defaultPercent: defaultPercent)
    }
}
