import DaegaEngine

/// Reads the `[maintenance]` section of a guide book: rounding, application-SW rate method and commercial grades.
enum MaintenanceSectionReader {
    static let percentRange = ExactDecimal.zero...ExactDecimal(100)

    /// Reads `[maintenance]` from a book's root, or returns `nil` when the book has none.
    /// - Throws: `DaegaError` naming the file position of a missing, unknown or inconsistent figure.
    static func read(_ root: inout TOMLTableReader, context: GuideBookReader.Context) throws -> MaintenanceRates? {
        guard var section = try root.optionalTable("maintenance") else { return nil }
        let rounding = try context.section(&section, "rounding") { reader in try GuideBookReader.roundingStep(&reader) }
        var applicationTable = try section.table("application")
        let application = try readApplication(&applicationTable, context: context)
        try applicationTable.finish(allowed: "range, formula, factors")
        var commercialTable = try section.table("commercial")
        let commercial = try readCommercial(&commercialTable, context: context)
        try commercialTable.finish(allowed: "grading_rule_ko, grading_rule_en, floor, grades")
        try section.finish(allowed: "rounding, application, commercial")
        return MaintenanceRates(rounding: rounding, application: application, commercial: commercial)
    }

    static func readApplication(_ table: inout TOMLTableReader, context: GuideBookReader.Context) throws -> ApplicationMaintenanceRates {
        let range = try context.section(&table, "range") { reader -> MaintenanceRateRange in
            let low = try reader.decimal("low_percent", in: percentRange)
            let highValue = try reader.value("high_percent")
            let high = try reader.decimal(from: highValue, key: "high_percent", in: percentRange)
            guard low < high else {
                throw reader.valueError(highValue, key: "high_percent", "상한 \(high)%가 하한 \(low)% 이하입니다", expected: "low_percent보다 큰 값")
            }
            return MaintenanceRateRange(lowPercent: low, highPercent: high)
        }
        let formula = try context.section(&table, "formula") { reader -> MaintenanceRateFormula in
            let base = try reader.value("base_percent")
            let formula = MaintenanceRateFormula(
                basePercent: try reader.decimal(from: base, key: "base_percent", in: percentRange),
                spanPercent: try reader.decimal("span_percent", in: percentRange))
            guard formula.ratePercent(tmp: 0) == range.value.lowPercent, formula.ratePercent(tmp: 100) == range.value.highPercent else {
                throw reader.valueError(base, key: "base_percent",
                                        "요율 공식(TMP 0 → \(formula.ratePercent(tmp: 0))%, TMP 100 → \(formula.ratePercent(tmp: 100))%)이 범위와 맞지 않습니다",
                                        expected: "TMP 0에서 \(range.value.lowPercent)%, TMP 100에서 \(range.value.highPercent)%")
            }
            return formula
        }
        var factorsTable = try table.table("factors")
        var factors: [DifficultyFactorKind: Sourced<DifficultyFactorTable>] = [:]
        for kind in DifficultyFactorKind.allCases {
            factors[kind] = try context.section(&factorsTable, kind.rawValue) { reader in try readFactor(kind, &reader) }
        }
        try factorsTable.finish(allowed: DifficultyFactorKind.allCases.map(\.rawValue).joined(separator: ", "))
        let highest = factors.values.reduce(0) { $0 + $1.value.level(.complex).points }
        guard highest == 100 else {
            throw DaegaError(.rateBookBadValue, at: factorsTable.location(of: DifficultyFactorKind.allCases[0].rawValue),
                             "'복잡' 점수의 합이 \(highest)점입니다", expected: "TMP 최고점 100점 (다섯 요인 '복잡' 점수의 합)")
        }
        return ApplicationMaintenanceRates(range: range, formula: formula, factors: factors)
    }

    static func readFactor(_ kind: DifficultyFactorKind, _ reader: inout TOMLTableReader) throws -> DifficultyFactorTable {
        let name = LocalizedText(ko: try reader.string("name_ko"), en: try reader.string("name_en"))
        let levelReaders = try reader.tableArray("levels")
        guard levelReaders.count == MaintenanceRating.allCases.count else {
            throw DaegaError(.rateBookBadValue, at: reader.location(of: "levels"),
                             "[\(reader.name)] 평가 단계가 \(levelReaders.count)개입니다",
                             expected: "[[\(reader.name).levels]] simple, normal, complex 세 개")
        }
        var levels: [DifficultyLevel] = []
        for (expected, var levelReader) in zip(MaintenanceRating.allCases, levelReaders) {
            let ratingValue = try levelReader.value("rating")
            let rating = try levelReader.string(from: ratingValue, key: "rating")
            guard rating == expected.rawValue else {
                throw levelReader.valueError(ratingValue, key: "rating", "평가 \"\(rating)\"가 순서에 맞지 않습니다",
                                             expected: "\"simple\", \"normal\", \"complex\" 차례로 (이번은 \"\(expected.rawValue)\")")
            }
            let pointsValue = try levelReader.value("points")
            let points = Int(try levelReader.integer(from: pointsValue, key: "points", in: 0...100))
            if let previous = levels.last, points <= previous.points {
                throw levelReader.valueError(pointsValue, key: "points", "점수 \(points)가 앞 단계 \(previous.points) 이하입니다",
                                             expected: "단순 < 보통 < 복잡")
            }
            levels.append(DifficultyLevel(rating: expected, points: points, rule: LocalizedText(
                ko: try levelReader.string("rule_ko"), en: try levelReader.string("rule_en"))))
            try levelReader.finish(allowed: "rating, points, rule_ko, rule_en")
        }
        return DifficultyFactorTable(kind: kind, name: name, levels: levels)
    }

    static func readCommercial(_ table: inout TOMLTableReader, context: GuideBookReader.Context) throws -> CommercialMaintenanceRates {
        let rule = LocalizedText(ko: try table.string("grading_rule_ko"), en: try table.string("grading_rule_en"))
        let floor = try table.has("floor") ? context.section(&table, "floor") { reader in
            try reader.decimal("percent", in: percentRange)
        } : nil
        var grades: [Sourced<CommercialGrade>] = []
        for var reader in try table.tableArray("grades") {
            let grade = try context.sourced(&reader) { reader -> CommercialGrade in
                let gradeValue = try reader.value("grade")
                let grade = Int(try reader.integer(from: gradeValue, key: "grade",
                                                   in: Int64(CommercialMaintenanceRates.gradeRange.lowerBound)...Int64(CommercialMaintenanceRates.gradeRange.upperBound)))
                if let previous = grades.last, grade <= previous.value.grade {
                    throw reader.valueError(gradeValue, key: "grade", "등급 \(grade)가 앞 등급 \(previous.value.grade) 뒤에 왔습니다",
                                            expected: "중복 없이 오름차순")
                }
                return CommercialGrade(grade: grade, percent: try reader.decimal("percent", in: percentRange),
                                       meaning: LocalizedText(ko: try reader.string("meaning_ko"), en: try reader.string("meaning_en")))
            }
            grades.append(Sourced(grade.value, RateReference(
                book: grade.reference.book, edition: grade.reference.edition, key: "maintenance.commercial.grades.\(grade.value.grade)",
                source: grade.reference.source, status: grade.reference.status)))
        }
        guard !grades.isEmpty else {
            throw DaegaError(.rateBookMissingKey, at: table.location(of: "grades"), "[\(table.name)]에 등급이 없습니다",
                             expected: "[[\(table.name).grades]] 출처가 있는 등급 하나 이상")
        }
        return CommercialMaintenanceRates(gradingRule: rule, grades: grades, floorPercent: floor)
    }
}
