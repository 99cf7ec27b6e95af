import DaegaEngine

/// Reads a guide-edition rate book (`rates/guide/YEAR.toml`) into a `GuideEdition`, validating every figure.
public enum GuideBookReader {

    /// Parses and validates a guide book.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - path: the file's path, for errors.
    /// - Returns: the edition.
    /// - Throws: `DaegaError` naming `path:line:column`, what was wrong and what was expected.
    public static func read(_ text: String, path: String) throws -> GuideEdition {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .rateBookSyntax)
        var root = TOMLTableReader(document, path: path, codes: .rateBook)
        let provisionalBook = "guide"
        var header = try RateBookHeader.read(&root, book: provisionalBook, expectedKind: "guide")
        let book = "guide-\(header.edition)"
        header.effectiveFromReference.book = book
        var context = Context(book: book, edition: header.title)

        let vatPercent = try context.section(&root, "vat") { reader in
            try reader.decimal("percent", in: ExactDecimal.zero...ExactDecimal(100))
        }
        let vatRounding = try context.section(&root, "vat_rounding") { reader in try roundingStep(&reader) }
        let functionPoints = try root.optionalTable("fp").map { fp -> FunctionPointRates in
            var fp = fp
            let rates = try readFunctionPoints(&fp, context: &context)
            try fp.finish(allowed: "unit_price, profit, chain_rounding, simple_weights, detailed_weights, matrix, size_factor, factors, phase_weights, split_weights, redevelopment")
            return rates
        }
        let unitPriceOnly = try root.has("fp_unit_price_only") ? context.section(&root, "fp_unit_price_only") { reader in
            Won(try reader.integer("won", in: 1...100_000_000))
        } : nil
        let maintenance = try MaintenanceSectionReader.read(&root, context: context)
        let labor = try LaborSectionReader.read(&root, context: context)
        try root.finish(allowed: "format_version, kind, edition, title, effective_from, effective_from_status, effective_from_source, vat, vat_rounding, fp, fp_unit_price_only, labor, maintenance")
        return GuideEdition(year: header.edition, title: header.title, book: book, effectiveFrom: header.effectiveFrom,
                            effectiveFromReference: header.effectiveFromReference, vatPercent: vatPercent,
                            vatRounding: vatRounding, functionPoints: functionPoints,
                            labor: labor, maintenance: maintenance, unitPriceOnly: unitPriceOnly)
    }

    /// Book identity shared by every section of one file.
    struct Context {
        let book: String
        let edition: String

        /// Reads `[parent.name]`: its status and source, then `body`, then rejects unknown keys.
        func section<Value>(_ parent: inout TOMLTableReader, _ name: String,
                            _ body: (inout TOMLTableReader) throws -> Value) throws -> Sourced<Value> {
            var reader = try parent.table(name)
            return try sourced(&reader, body)
        }

        /// Reads status and source of an already opened section, then `body`, then rejects unknown keys.
        func sourced<Value>(_ reader: inout TOMLTableReader, _ body: (inout TOMLTableReader) throws -> Value) throws -> Sourced<Value> {
            let reference = try RateBookHeader.readReference(&reader, book: book, edition: edition, key: reader.name)
            let value = try body(&reader)
            try reader.finish()
            return Sourced(value, reference)
        }
    }

    static func roundingStep(_ reader: inout TOMLTableReader) throws -> RoundingStep {
        let ruleValue = try reader.value("rule")
        let ruleText = try reader.string(from: ruleValue, key: "rule")
        guard let rule = RoundingRule(rawValue: ruleText) else {
            throw reader.valueError(ruleValue, key: "rule", "반올림 규칙 \"\(ruleText)\"는 알 수 없습니다",
                                    expected: RoundingRule.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        let unit = try reader.integer("unit", in: 1...1_000_000_000)
        return RoundingStep(rule: rule, unit: unit)
    }

    static let weightRange = ExactDecimal(significand: 1, scale: 1)...ExactDecimal(100)
    static let factorRange = ExactDecimal(significand: 1, scale: 2)...ExactDecimal(5)

    static func readFunctionPoints(_ fp: inout TOMLTableReader, context: inout Context) throws -> FunctionPointRates {
        let unitPrice = try context.section(&fp, "unit_price") { reader in
            Won(try reader.integer("won", in: 1...100_000_000))
        }
        let profit = try context.section(&fp, "profit") { reader -> ProfitRule in
            let defaultValue = try reader.value("default_percent")
            let defaultPercent = try reader.decimal(from: defaultValue, key: "default_percent", in: .zero...ExactDecimal(100))
            let cap = try reader.decimal("cap_percent", in: .zero...ExactDecimal(100))
            guard defaultPercent <= cap else {
                throw reader.valueError(defaultValue, key: "default_percent", "기본 이윤율 \(defaultPercent)%가 상한 \(cap)%보다 큽니다",
                                        expected: "상한 이하")
            }
            return ProfitRule(defaultPercent: defaultPercent, capPercent: cap)
        }
        let chainRounding = try context.section(&fp, "chain_rounding") { reader in try roundingStep(&reader) }
        let simpleWeights = try context.section(&fp, "simple_weights") { reader in
            var weights: [FunctionType: ExactDecimal] = [:]
            for type in FunctionType.allCases { weights[type] = try reader.decimal(type.rawValue, in: weightRange) }
            return weights
        }
        let detailedWeights = try context.section(&fp, "detailed_weights") { reader in
            var weights: [FunctionType: [Complexity: ExactDecimal]] = [:]
            for type in FunctionType.allCases {
                let values = try reader.array(type.rawValue)
                guard values.count == 3 else {
                    throw reader.valueError(try reader.value(type.rawValue), key: type.rawValue,
                                            "가중치가 \(values.count)개입니다", expected: "[단순, 보통, 복잡] 세 개")
                }
                var row: [Complexity: ExactDecimal] = [:]
                for (complexity, value) in zip(Complexity.allCases, values) {
                    row[complexity] = try reader.decimal(from: value, key: type.rawValue, in: weightRange)
                }
                guard row[.low]! <= row[.average]!, row[.average]! <= row[.high]! else {
                    throw reader.valueError(values[0], key: type.rawValue, "가중치가 단순 ≤ 보통 ≤ 복잡 순서가 아닙니다",
                                            expected: "오름차순 세 값")
                }
                weights[type] = row
            }
            return weights
        }
        let matrices = try readMatrices(&fp, context: context)
        let sizeFactor = try context.section(&fp, "size_factor") { reader -> SizeFactorCurve in
            let fpRange = ExactDecimal(1)...ExactDecimal(1_000_000)
            let valueRange = ExactDecimal.zero...ExactDecimal(10)
            let lowerBound = try reader.decimal("lower_bound_fp", in: fpRange)
            let lowerValue = try reader.decimal("lower_value", in: valueRange)
            let upperValueKey = try reader.value("upper_bound_fp")
            let upperBound = try reader.decimal(from: upperValueKey, key: "upper_bound_fp", in: fpRange)
            guard lowerBound < upperBound else {
                throw reader.valueError(upperValueKey, key: "upper_bound_fp", "상한 \(upperBound)이 하한 \(lowerBound) 이하입니다",
                                        expected: "lower_bound_fp보다 큰 값")
            }
            return SizeFactorCurve(
                lowerBound: lowerBound, lowerValue: lowerValue, upperBound: upperBound,
                upperValue: try reader.decimal("upper_value", in: valueRange),
                coefficient: try reader.decimal("coefficient", in: valueRange),
                logCenter: try reader.decimal("log_center", in: ExactDecimal.zero...ExactDecimal(20)),
                base: try reader.decimal("base", in: valueRange),
                decimals: Int(try reader.integer("decimals", in: 0...8)))
        }
        var factorsTable = try fp.table("factors")
        var factors: [AdjustmentFactorKind: Sourced<AdjustmentFactorTable>] = [:]
        for kind in AdjustmentFactorKind.allCases {
            factors[kind] = try context.section(&factorsTable, kind.rawValue) { reader in
                try readFactor(kind, &reader)
            }
        }
        try factorsTable.finish(allowed: AdjustmentFactorKind.allCases.map(\.rawValue).joined(separator: ", "))
        let phaseWeights = try fp.has("phase_weights") ? context.section(&fp, "phase_weights") { reader in
            try readShares(&reader, keys: ProjectPhase.allCases, key: \.rawValue)
        } : nil
        let splitWeights = try fp.has("split_weights") ? context.section(&fp, "split_weights") { reader in
            try readShares(&reader, keys: SplitProject.allCases, key: \.rawValue)
        } : nil
        let redevelopment = try fp.has("redevelopment") ? context.section(&fp, "redevelopment") { reader in
            try readImpactFactors(&reader)
        } : nil
        return FunctionPointRates(unitPrice: unitPrice, profit: profit, simpleWeights: simpleWeights,
                                  detailedWeights: detailedWeights, matrices: matrices, sizeFactor: sizeFactor,
                                  factors: factors, chainRounding: chainRounding, phaseWeights: phaseWeights,
                                  splitWeights: splitWeights, redevelopment: redevelopment)
    }

    static func readShares<Key: Hashable>(_ reader: inout TOMLTableReader, keys: [Key], key name: (Key) -> String) throws -> [Key: ExactDecimal] {
        var shares: [Key: ExactDecimal] = [:]
        var total = ExactDecimal.zero
        for key in keys {
            let share = try reader.decimal(name(key), in: ExactDecimal(significand: 1, scale: 1)...ExactDecimal(100))
            shares[key] = share
            total = total.adding(share)!
        }
        guard total == ExactDecimal(100) else {
            throw DaegaError(.rateBookBadValue, at: reader.location(of: name(keys[0])),
                             "[\(reader.name)] 비중의 합이 \(total)%입니다", expected: "합계 100%")
        }
        return shares
    }

    /// Reads `[fp.redevelopment]`: ascending change-rate bounds ending at 100% and a 영향계수 for each band.
    static func readImpactFactors(_ reader: inout TOMLTableReader) throws -> ImpactFactorTable {
        let boundsValue = try reader.value("change_rate_upper_percent")
        let bounds = try reader.array("change_rate_upper_percent").map {
            try reader.decimal(from: $0, key: "change_rate_upper_percent", in: ExactDecimal(significand: 1, scale: 2)...ExactDecimal(100))
        }
        let factorsValue = try reader.value("impact_factor")
        let factors = try reader.array("impact_factor").map {
            try reader.decimal(from: $0, key: "impact_factor", in: ExactDecimal(significand: 1, scale: 2)...ExactDecimal.one)
        }
        guard !bounds.isEmpty, bounds.last == ExactDecimal(100), zip(bounds, bounds.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw reader.valueError(boundsValue, key: "change_rate_upper_percent", "변경률 구간 상한이 오름차순으로 100에서 끝나지 않습니다",
                                    expected: "예: [25, 50, 75, 100]")
        }
        guard factors.count == bounds.count, zip(factors, factors.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw reader.valueError(factorsValue, key: "impact_factor", "영향계수가 \(factors.count)개이거나 오름차순이 아닙니다",
                                    expected: "구간마다 하나씩 \(bounds.count)개, 오름차순")
        }
        return ImpactFactorTable(bands: zip(bounds, factors).map { ImpactFactorTable.Band(upperPercent: $0, factor: $1) })
    }

    static func readFactor(_ kind: AdjustmentFactorKind, _ reader: inout TOMLTableReader) throws -> AdjustmentFactorTable {
        let name = LocalizedText(ko: try reader.string("name_ko"), en: try reader.string("name_en"))
        let levelReaders = try reader.tableArray("levels")
        guard levelReaders.count == 5 else {
            throw DaegaError(.rateBookBadValue, at: reader.location(of: "levels"),
                             "[\(reader.name)] 등급이 \(levelReaders.count)개입니다", expected: "[[\(reader.name).levels]] 1~5등급 다섯 개")
        }
        var levels: [AdjustmentFactorLevel] = []
        for (offset, var levelReader) in levelReaders.enumerated() {
            let levelValue = try levelReader.value("level")
            let level = Int(try levelReader.integer(from: levelValue, key: "level", in: 1...5))
            guard level == offset + 1 else {
                throw levelReader.valueError(levelValue, key: "level", "\(offset + 1)번째 등급이 \(level)입니다",
                                             expected: "1부터 5까지 차례로")
            }
            levels.append(AdjustmentFactorLevel(
                level: level, value: try levelReader.decimal("value", in: factorRange),
                meaning: LocalizedText(ko: try levelReader.string("meaning_ko"), en: try levelReader.string("meaning_en"))))
            try levelReader.finish(allowed: "level, value, meaning_ko, meaning_en")
        }
        guard levels.contains(where: { $0.value == .one }) else {
            throw DaegaError(.rateBookBadValue, at: reader.location(of: "levels"),
                             "[\(reader.name)]에 계수 1.00인 등급이 없습니다", expected: "입력이 없을 때 쓸 1.00 등급 하나")
        }
        return AdjustmentFactorTable(kind: kind, name: name, levels: levels)
    }

    static func readMatrices(_ fp: inout TOMLTableReader, context: Context) throws -> [FunctionType: Sourced<ComplexityMatrix>] {
        var matrixTable = try fp.table("matrix")
        var matrices: [FunctionType: Sourced<ComplexityMatrix>] = [:]
        for name in matrixTable.table.keys {
            var reader = try matrixTable.table(name)
            var types: [FunctionType] = []
            let matrix = try context.sourced(&reader) { reader -> ComplexityMatrix in
                for value in try reader.array("applies_to") {
                    let text = try reader.string(from: value, key: "applies_to")
                    guard let type = FunctionType(rawValue: text) else {
                        throw reader.valueError(value, key: "applies_to", "기능 유형 \"\(text)\"는 알 수 없습니다",
                                                expected: "\"ilf\", \"eif\", \"ei\", \"eo\", \"eq\"")
                    }
                    guard matrices[type] == nil, !types.contains(type) else {
                        throw reader.valueError(value, key: "applies_to", "\(text)의 복잡도 표가 두 번 정의되었습니다",
                                                expected: "유형마다 표 하나")
                    }
                    types.append(type)
                }
                let rowMeasure = try reader.string("row_measure")
                let rows = try bounds(&reader, "row_lower_bounds", minimum: 0)
                let columns = try bounds(&reader, "det_lower_bounds", minimum: 1)
                let cellsValue = try reader.value("cells")
                guard case let .array(rowValues) = cellsValue.kind, rowValues.count == 3 else {
                    throw reader.valueError(cellsValue, key: "cells", "복잡도 칸이 3행이 아닙니다", expected: "3×3 배열")
                }
                var cells: [[Complexity]] = []
                for rowValue in rowValues {
                    guard case let .array(cellValues) = rowValue.kind, cellValues.count == 3 else {
                        throw reader.valueError(rowValue, key: "cells", "행의 칸이 3개가 아닙니다", expected: "[\"low\", \"average\", \"high\"] 같은 세 칸")
                    }
                    cells.append(try cellValues.map { cell in
                        let text = try reader.string(from: cell, key: "cells")
                        guard let complexity = Complexity(rawValue: text) else {
                            throw reader.valueError(cell, key: "cells", "복잡도 \"\(text)\"는 알 수 없습니다",
                                                    expected: "\"low\", \"average\", \"high\"")
                        }
                        return complexity
                    })
                }
                return ComplexityMatrix(rowMeasure: rowMeasure, rowLowerBounds: rows, columnLowerBounds: columns, cells: cells)
            }
            for type in types { matrices[type] = matrix }
        }
        try matrixTable.finish()
        if let missing = FunctionType.allCases.first(where: { matrices[$0] == nil }) {
            throw DaegaError(.rateBookMissingKey, at: matrixTable.location(of: "matrix"),
                             "\(missing.rawValue.uppercased())의 복잡도 표가 없습니다", expected: "applies_to에 \"\(missing.rawValue)\"를 포함한 [fp.matrix.…] 표")
        }
        return matrices
    }

    static func bounds(_ reader: inout TOMLTableReader, _ key: String, minimum: Int64) throws -> [Int] {
        let values = try reader.array(key)
        guard values.count == 3 else {
            throw reader.valueError(try reader.value(key), key: key, "경계가 \(values.count)개입니다", expected: "오름차순 하한 세 개")
        }
        let numbers = try values.map { Int(try reader.integer(from: $0, key: key, in: minimum...1_000_000)) }
        guard numbers[0] < numbers[1], numbers[1] < numbers[2] else {
            throw reader.valueError(values[0], key: key, "경계가 오름차순이 아닙니다", expected: "엄격히 증가하는 세 값")
        }
        return numbers
    }
}
