/// One edition's function-point figures compiled into the shapes ``FunctionPointCore`` reads: factor values as an
/// array indexed by kind and level, phase shares by phase index, the size factor of every whole size between the
/// curve's bounds computed once. Built with the edition and shared read-only by every thread.
public final class FunctionPointCoreBook: Sendable {
    /// 기능점수당 단가.
    let unitPrice: Won
    /// The rounding after each multiplication of the chain.
    let chainRounding: RoundingStep
    /// 규모 보정계수 curve, for sizes that are not whole.
    let sizeCurve: SizeFactorCurve.Compiled
    /// The smallest whole size in `wholeSizeFactors`.
    let firstWholeSize: Int64
    /// `sizeCurve.factor(for:)` of every whole size from `firstWholeSize` to the curve's upper bound.
    let wholeSizeFactors: [ExactDecimal]
    /// Levels per factor kind in `levelValues` (the highest level in any table, plus one).
    let levelStride: Int
    /// The value of each factor level at `kind × levelStride + level`; `nil` where the table has no such level.
    let levelValues: [ExactDecimal?]
    /// The level whose value is 1.00, per kind in `AdjustmentFactorKind.allCases` order; `nil` when none is.
    let neutralLevels: [Int?]
    /// 이윤율 default and cap (percent).
    let profitDefault: ExactDecimal, profitCap: ExactDecimal
    /// 단계별 가중치 by `ProjectPhase.allCases` index, when the edition has them.
    let phaseWeights: [ExactDecimal]?
    /// 설계·구축 분리 shares by `SplitProject.allCases` index, when the edition has them.
    let splitWeights: [ExactDecimal]?
    /// 부가가치세율 (percent) and its rounding.
    let vatPercent: ExactDecimal, vatRounding: RoundingStep
    /// The 간이법 average weight per type, in `FunctionType.allCases` order.
    public let simpleWeights: InlineArray<5, ExactDecimal>
    /// The figures compiled, read only to word an error.
    let rates: FunctionPointRates

    /// Compiles `rates`, with the edition's VAT rate and rounding.
    init(rates: FunctionPointRates, vatPercent: ExactDecimal, vatRounding: RoundingStep) {
        unitPrice = rates.unitPrice.value
        chainRounding = rates.chainRounding.value
        let curve = SizeFactorCurve.Compiled(rates.sizeFactor.value)
        sizeCurve = curve
        let first = Self.wholeCeiling(of: curve.lowerBound), last = Self.wholeFloor(of: curve.upperBound)
        firstWholeSize = first
        wholeSizeFactors = first <= last ? (first...last).map { curve.factor(for: ExactDecimal($0)) } : []
        let tables = AdjustmentFactorKind.allCases.map { rates.factors[$0]?.value }
        let stride = (tables.compactMap { $0?.levels.map(\.level).max() }.max() ?? 0) + 1
        levelStride = stride
        var values = [ExactDecimal?](repeating: nil, count: stride * tables.count)
        for (kind, table) in tables.enumerated() {
            for level in table?.levels ?? [] where level.level >= 0 && values[kind * stride + level.level] == nil {
                values[kind * stride + level.level] = level.value
            }
        }
        levelValues = values
        neutralLevels = tables.map { $0?.levels.first { $0.value == .one }?.level }
        profitDefault = rates.profit.value.defaultPercent
        profitCap = rates.profit.value.capPercent
        phaseWeights = rates.phaseWeights.map { weights in ProjectPhase.allCases.map { weights.value[$0]! } }
        splitWeights = rates.splitWeights.map { weights in SplitProject.allCases.map { weights.value[$0]! } }
        self.vatPercent = vatPercent
        var weights = InlineArray<5, ExactDecimal>(repeating: .zero)
        for (order, type) in FunctionType.allCases.enumerated() { weights[order] = rates.simpleWeights.value[type] ?? .zero }
        simpleWeights = weights
        self.vatRounding = vatRounding
        self.rates = rates
    }

    /// The size factor for `functionPoints`: read from the precomputed whole sizes when it is one of them.
    @inline(__always)
    func sizeFactor(for functionPoints: ExactDecimal) -> ExactDecimal {
        if functionPoints.scale == 0 {
            let index = functionPoints.significand &- firstWholeSize
            if index >= 0 && index < wholeSizeFactors.count { return wholeSizeFactors[Int(index)] }
        }
        return sizeCurve.factor(for: functionPoints)
    }

    /// The value of `level` of the factor at `kind` (its index in `AdjustmentFactorKind.allCases`), if the table has it.
    @inline(__always)
    func levelValue(kind: Int, level: Int) -> ExactDecimal? {
        guard level >= 0 && level < levelStride else { return nil }
        return levelValues[kind * levelStride + level]
    }

    /// The smallest whole number at or above a non-negative decimal.
    private static func wholeCeiling(of value: ExactDecimal) -> Int64 {
        let unit = Int64(ExactDecimal.powerOfTen(value.scale))
        return value.significand / unit + (value.significand % unit > 0 ? 1 : 0)
    }

    /// The largest whole number at or below a non-negative decimal.
    private static func wholeFloor(of value: ExactDecimal) -> Int64 {
        value.significand / Int64(ExactDecimal.powerOfTen(value.scale))
    }
}
