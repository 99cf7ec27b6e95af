/// The arithmetic of the function-point method, apart from its wording (``FunctionPointExplanation``).
///
/// 보정전 개발원가 = FP × 단가 × 발주 비중; the size factor and the four level-rated factors are multiplied one at a
/// time, rounding after each by the chain rounding; 이윤 = 개발원가 × 이윤율; 개발비 = 개발원가 + 이윤 + 직접경비;
/// VAT on top. Integers, decimals and fixed-size values only: nothing is allocated or reference-counted.
public enum FunctionPointCore {
    /// Computes every figure of an estimate.
    /// - Parameters:
    ///   - functionPoints: the counted size.
    ///   - levels: the given level per factor, in `AdjustmentFactorKind.allCases` order (`nil`: take the neutral one).
    ///   - directExpenses: 직접경비.
    ///   - profitPercent: the 이윤율 given, or `nil` for the edition's default.
    ///   - phases: the phases ordered.
    ///   - book: the edition's compiled figures.
    /// - Throws: `DaegaError` for a negative expense, a profit rate outside 0…cap, phases the edition has no weights
    ///   for, a level not in a table, or an amount that overflows (without a location).
    public static func compute(functionPoints: ExactDecimal, levels: InlineArray<4, Int?>, directExpenses: Won,
                               profitPercent: ExactDecimal?, phases: borrowing PhaseSelection,
                               book: FunctionPointCoreBook) throws -> FunctionPointFigures {
        guard directExpenses >= .zero else { throw negativeExpenses(directExpenses) }
        let profitRate = try profit(profitPercent, book: book)
        let share = try sharePercent(phases, book: book)
        let step = book.chainRounding
        let unadjusted = try book.unitPrice.multiplied(by: functionPoints, share, hundredth, rounding: step,
                                                       what: "보정전 개발원가")
        let sizeFactor = book.sizeFactor(for: functionPoints)
        let afterSize = try unadjusted.multiplied(by: sizeFactor, rounding: step, what: "개발원가")
        var running = afterSize
        let none = AppliedFactorFigures(level: 0, value: .one, assumed: false, costAfter: .zero)
        var factors = InlineArray<4, AppliedFactorFigures>(repeating: none)
        for kind in 0..<4 {
            let (level, value) = try factorLevel(kind: kind, given: levels[kind], book: book)
            running = try running.multiplied(by: value, rounding: step, what: "개발원가")
            factors[kind] = AppliedFactorFigures(level: level, value: value, assumed: levels[kind] == nil, costAfter: running)
        }
        let profit = try running.multiplied(by: profitRate, hundredth, rounding: step, what: "이윤")
        let total = try running.adding(profit, what: "소프트웨어 개발비").adding(directExpenses, what: "소프트웨어 개발비")
        let vat = try total.multiplied(by: book.vatPercent, hundredth, rounding: book.vatRounding, what: "부가가치세")
        return FunctionPointFigures(
            functionPoints: functionPoints, sharePercent: share, unadjustedCost: unadjusted, sizeFactor: sizeFactor,
            costAfterSize: afterSize, factors: factors, profitPercent: profitRate, profitGiven: profitPercent != nil,
            profit: profit, directExpenses: directExpenses, total: total, vat: vat,
            totalWithVAT: try total.adding(vat, what: "VAT 포함 합계"))
    }

    /// 간이법 size: Σ count × the type's average weight.
    /// - Parameters:
    ///   - counts: the number of functions per type, in `FunctionType.allCases` order (each 0…`FunctionPointCount.maximum`).
    ///   - weights: the types' average weights, in the same order.
    @inline(__always)
    public static func simpleSize(counts: InlineArray<5, Int>, weights: InlineArray<5, ExactDecimal>) -> ExactDecimal {
        narrowSimpleSize(counts: counts, weights: weights) ?? simpleSizeByType(counts: counts, weights: weights)
    }

    /// 간이법 size as one 64-bit sum at the weights' common scale, normalized once: the value, and so the decimal,
    /// that adding the types' points one by one gives. `nil` when a product or the sum passes 64 bits.
    @inline(__always)
    static func narrowSimpleSize(counts: InlineArray<5, Int>, weights: InlineArray<5, ExactDecimal>) -> ExactDecimal? {
        var scale = 0
        for type in 0..<5 where counts[type] > 0 { scale = max(scale, weights[type].scale) }
        var units: Int64 = 0
        for type in 0..<5 where counts[type] > 0 {
            guard let weight = ExactDecimal.narrowScaled(weights[type].significand, by: scale - weights[type].scale) else { return nil }
            let (points, productOverflow) = weight.multipliedReportingOverflow(by: Int64(counts[type]))
            let (sum, sumOverflow) = units.addingReportingOverflow(points)
            guard !productOverflow, !sumOverflow else { return nil }
            units = sum
        }
        return ExactDecimal(significand: units, scale: scale).normalized
    }

    /// 간이법 size as the sum of each type's points: the path for amounts past 64 bits at the common scale.
    static func simpleSizeByType(counts: InlineArray<5, Int>, weights: InlineArray<5, ExactDecimal>) -> ExactDecimal {
        var total = ExactDecimal.zero
        for type in 0..<5 where counts[type] > 0 { total = total.adding(simplePoints(counts[type], weight: weights[type]))! }
        return total
    }

    /// The points of `quantity` functions of one type at its average weight.
    @inline(__always)
    public static func simplePoints(_ quantity: Int, weight: ExactDecimal) -> ExactDecimal {
        ExactDecimal(Int64(quantity)).multiplied(by: weight)!
    }

    /// 1/100, turning a percentage into a multiplier.
    static let hundredth = ExactDecimal(significand: 1, scale: 2)

    /// The 이윤율 to use: the given one within 0…cap, or the edition's default.
    static func profit(_ given: ExactDecimal?, book: FunctionPointCoreBook) throws -> ExactDecimal {
        guard let given else { return book.profitDefault }
        guard given >= .zero, given <= book.profitCap else { throw profitOutOfRange(given, book: book) }
        return given
    }

    /// The ordered share in percent: 100 for every phase, the sum of the chosen phases' weights, or a split share.
    static func sharePercent(_ phases: borrowing PhaseSelection, book: FunctionPointCoreBook) throws -> ExactDecimal {
        switch phases {
        case .all:
            return ExactDecimal(100)
        case let .phases(chosen):
            guard let weights = book.phaseWeights else { throw noPhaseWeights() }
            var share = ExactDecimal.zero
            for (index, phase) in ProjectPhase.allCases.enumerated() where chosen.contains(phase) {
                share = share.adding(weights[index])!
            }
            return share
        case let .split(side):
            guard let weights = book.splitWeights else { throw noSplitWeights() }
            return weights[SplitProject.allCases.firstIndex(of: side)!]
        }
    }

    /// The level and value of one factor: the given level, or the neutral one when none is given.
    @inline(__always)
    static func factorLevel(kind: Int, given: Int?, book: FunctionPointCoreBook) throws -> (Int, ExactDecimal) {
        guard let given else {
            guard let neutral = book.neutralLevels[kind] else { throw missingLevel(kind: kind, book: book) }
            return (neutral, book.levelValue(kind: kind, level: neutral)!)
        }
        guard let value = book.levelValue(kind: kind, level: given) else {
            throw unknownLevel(given, kind: kind, book: book)
        }
        return (given, value)
    }
}
