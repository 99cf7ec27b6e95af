/// One counted line: a function (or a 간이법 type count) with its weight and points.
public struct CountedFunction: Sendable, Equatable {
    /// The function's name, or the type's Korean name for 간이법 counts.
    public var name: String
    /// The type.
    public var type: FunctionType
    /// How many functions this line stands for (1 for a listed function).
    public var quantity: Int
    /// The complexity under 정통법; `nil` under 간이법.
    public var complexity: Complexity?
    /// DET and RET/FTR when the complexity came from the matrix.
    public var det: Int?
    /// RET (data) or FTR (transaction) count when given.
    public var retOrFtr: Int?
    /// The weight applied.
    public var weight: ExactDecimal
    /// `quantity × weight`, times the 영향계수 for a changed function; zero for a deleted or reused one.
    public var points: ExactDecimal
    /// What happens to the function (신규 unless the list has a change column).
    public var change: FunctionChange = .new
    /// The 기능변경률 of a changed function, in percent.
    public var changeRatePercent: ExactDecimal?
    /// The 영향계수 applied to a changed function.
    public var impactFactor: ExactDecimal?
}

/// The counted size of a scope, with every line that contributed.
public struct FunctionPointCount: Sendable, Equatable {
    /// The total function points.
    public var total: ExactDecimal
    /// The counted lines (empty when a total was given).
    public var lines: [CountedFunction]
    /// The counting method in words.
    public var method: LocalizedText

    /// Whether any line is a changed, deleted or reused function (a 재개발 count).
    public var isRedevelopment: Bool { lines.contains { $0.change != .new } }

    /// The points of new functions (신규개발).
    public var newPoints: ExactDecimal { points(of: .new) }

    /// The points of changed functions (weight × 영향계수).
    public var changedPoints: ExactDecimal { points(of: .changed) }

    /// The sum of the points of lines with `change`.
    private func points(of change: FunctionChange) -> ExactDecimal {
        lines.filter { $0.change == change }.reduce(ExactDecimal.zero) { $0.adding($1.points)! }
    }

    /// The largest size accepted: ten million FP, far above any public project.
    public static let maximum = ExactDecimal(10_000_000)

    /// Counts a scope with an edition's weights and matrices.
    /// - Throws: `DaegaError` for negative or absurd counts, an empty list, or a function outside the matrices.
    ///   List errors carry the field name and `index` (0-based) of the function in `message`'s location via `field`.
    public static func count(_ scope: FunctionPointScope, rates: FunctionPointRates) throws -> FunctionPointCount {
        switch scope {
        case let .total(total):
            guard total >= .zero else {
                throw DaegaError(.valueOutOfRange, at: .field("fp"), "기능점수가 음수(\(total))입니다", expected: "0 이상의 수")
            }
            guard total.normalized.scale <= 2 else {
                throw DaegaError(.valueOutOfRange, at: .field("fp"), "기능점수 \(total)의 소수 자릿수가 너무 많습니다",
                                 expected: "소수 둘째 자리까지")
            }
            try checkSize(total, field: "fp")
            return FunctionPointCount(total: total, lines: [],
                                      method: LocalizedText(ko: "기능점수 총계 입력", en: "given function-point total"))
        case let .counts(counts):
            var lines: [CountedFunction] = []
            var quantities = InlineArray<5, Int>(repeating: 0), weights = InlineArray<5, ExactDecimal>(repeating: .zero)
            for (order, type) in FunctionType.allCases.enumerated() {
                let quantity = counts[type] ?? 0
                guard quantity >= 0 else {
                    throw DaegaError(.valueOutOfRange, at: .field(type.rawValue),
                                     "\(type.rawValue.uppercased()) 개수가 음수(\(quantity))입니다", expected: "0 이상의 정수")
                }
                guard quantity <= maximum.significand else {
                    throw DaegaError(.sizeOutOfRange, at: .field(type.rawValue),
                                     "\(type.rawValue.uppercased()) 개수 \(quantity)은(는) 비현실적으로 큽니다",
                                     expected: "\(maximum.grouped) 이하")
                }
                guard quantity > 0 else { continue }
                let weight = rates.simpleWeights.value[type]!
                (quantities[order], weights[order]) = (quantity, weight)
                let points = FunctionPointCore.simplePoints(quantity, weight: weight)
                lines.append(CountedFunction(name: type.koreanName, type: type, quantity: quantity, complexity: nil,
                                             det: nil, retOrFtr: nil, weight: weight, points: points))
            }
            guard !lines.isEmpty else {
                throw DaegaError(.missingInput, at: .field("counts"), "기능 개수가 모두 0입니다",
                                 expected: "--ilf, --eif, --ei, --eo, --eq 중 하나 이상에 1 이상")
            }
            let total = FunctionPointCore.simpleSize(counts: quantities, weights: weights)
            try checkSize(total, field: "counts")
            return FunctionPointCount(total: total, lines: lines,
                                      method: LocalizedText(ko: "간이법 (유형별 평균 가중치)", en: "estimated method (average weight per type)"))
        case let .functions(entries):
            guard !entries.isEmpty else {
                throw DaegaError(.emptyFunctionList, at: .field("functions"), "기능 목록에 기능이 하나도 없습니다",
                                 expected: "헤더 아래 기능 한 줄 이상")
            }
            var lines: [CountedFunction] = []
            var total = ExactDecimal.zero
            for entry in entries {
                let line = try countedLine(entry, rates: rates)
                total = total.adding(line.points)!
                lines.append(line)
            }
            try checkSize(total, field: "functions")
            let detailed = lines.contains { $0.complexity != nil }
            let simple = lines.contains { $0.complexity == nil }
            let method: LocalizedText = switch (detailed, simple) {
            case (true, false): LocalizedText(ko: "정통법 (복잡도별 가중치)", en: "detailed method (weights by complexity)")
            case (false, true): LocalizedText(ko: "간이법 (유형별 평균 가중치)", en: "estimated method (average weight per type)")
            default: LocalizedText(ko: "정통법과 간이법 혼합 (복잡도가 없는 기능은 평균 가중치)",
                                   en: "mixed: detailed where complexity is known, average weight elsewhere")
            }
            let count = FunctionPointCount(total: total, lines: lines, method: method)
            guard count.isRedevelopment else { return count }
            return FunctionPointCount(total: total, lines: lines, method: LocalizedText(
                ko: "재개발 (신규 + 변경 × 영향계수; 삭제·재사용·외부연계파일 변경은 측정하지 않음), \(method.ko)",
                en: "redevelopment (new + changed × impact factor; deleted, reused and changed EIFs not measured), \(method.en)"))
        }
    }

    /// Counts one listed function: its weight, then what its change kind leaves of it (a changed function's
    /// weight × 영향계수; nothing for a deleted or reused one, or for a changed EIF, which its owner maintains).
    /// - Parameter applyingChange: false to take the full weight whatever the change kind (a contract change list
    ///   prices the size after the change, not the rework).
    /// - Throws: `DaegaError` for a function outside the matrices, a changed function without a usable change rate,
    ///   or an edition whose book has no 영향계수 table.
    public static func countedLine(_ entry: FunctionEntry, rates: FunctionPointRates,
                                   applyingChange: Bool = true) throws -> CountedFunction {
        var complexity: Complexity?
        var det: Int?, retOrFtr: Int?
        switch entry.measure {
        case let .counts(d, r):
            complexity = try rates.matrices[entry.type]!.value.complexity(det: d, rowCount: r, type: entry.type)
            det = d
            retOrFtr = r
        case let .complexity(given):
            complexity = given
        case .typical:
            complexity = nil
        }
        let weight = complexity.map { rates.detailedWeights.value[entry.type]![$0]! } ?? rates.simpleWeights.value[entry.type]!
        var line = CountedFunction(name: entry.name, type: entry.type, quantity: 1, complexity: complexity,
                                   det: det, retOrFtr: retOrFtr, weight: weight, points: weight, change: entry.change)
        guard applyingChange else { return line }
        switch entry.change {
        case .new: break
        case .deleted, .reused: line.points = .zero
        case .changed:
            guard let input = entry.changeRate else {
                throw DaegaError(.redevelopmentChangeRate, at: .field("change_rate"), "변경 기능 '\(entry.name)'의 기능변경률이 없습니다",
                                 expected: "change_rate(기능변경률 %) 또는 det_changed·ftr_changed(변경 DET·FTR 수)")
            }
            let rate = try ChangeRate.of(input, type: entry.type, det: det, retOrFtr: retOrFtr)
            guard let table = rates.redevelopment else {
                throw DaegaError(.methodNotInEdition, at: .field("edition"), "이 판의 요율표에는 재개발 영향계수가 없습니다",
                                 expected: "[fp.redevelopment] 절이 있는 판 (2025년판)")
            }
            let factor = table.value.band(for: rate).factor
            line.changeRatePercent = rate.percent
            line.impactFactor = factor
            line.points = entry.type == .eif ? .zero : weight.multiplied(by: factor)!
        }
        return line
    }

    static func checkSize(_ total: ExactDecimal, field: String) throws {
        guard total <= maximum else {
            throw DaegaError(.sizeOutOfRange, at: .field(field), "기능점수 \(total.grouped)은(는) 비현실적으로 큽니다",
                             expected: "\(maximum.grouped) FP 이하")
        }
    }
}
