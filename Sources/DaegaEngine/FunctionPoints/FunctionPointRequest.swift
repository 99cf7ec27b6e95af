/// Everything the user decides for an FP estimate, apart from the edition.
public struct FunctionPointRequest: Sendable, Equatable {
    /// The size input.
    public var scope: FunctionPointScope
    /// Chosen levels 1…5 per factor; a missing factor takes the level whose value is 1.00.
    public var factorLevels: [AdjustmentFactorKind: Int]
    /// 직접경비 (VAT 별도).
    public var directExpenses: Won
    /// 이윤율 in percent; `nil` takes the edition's default.
    public var profitPercent: ExactDecimal?
    /// Which phases are ordered.
    public var phases: PhaseSelection

    /// Creates a request.
    public init(scope: FunctionPointScope, factorLevels: [AdjustmentFactorKind: Int] = [:], directExpenses: Won = .zero,
                profitPercent: ExactDecimal? = nil, phases: PhaseSelection = .all) {
        self.scope = scope
        self.factorLevels = factorLevels
        self.directExpenses = directExpenses
        self.profitPercent = profitPercent
        self.phases = phases
    }

    /// The given levels in `AdjustmentFactorKind.allCases` order, as ``FunctionPointCore`` reads them.
    public var levelsInOrder: InlineArray<4, Int?> {
        [factorLevels[.integration], factorLevels[.performance], factorLevels[.compatibility], factorLevels[.security]]
    }
}

/// A factor as applied: level, value, meaning, and whether the level was assumed.
public struct AppliedFactor: Sendable, Equatable {
    /// Which factor.
    public var kind: AdjustmentFactorKind
    /// The factor's name.
    public var name: LocalizedText
    /// The level used.
    public var level: Int
    /// The multiplier.
    public var value: ExactDecimal
    /// What the level means.
    public var meaning: LocalizedText
    /// True when the user gave no level and the neutral one was assumed.
    public var assumed: Bool

    /// The level the core applied, with the table's texts.
    init(_ table: borrowing AdjustmentFactorTable, figures: AppliedFactorFigures) {
        kind = table.kind
        name = table.name
        level = figures.level
        value = figures.value
        meaning = table.levels.first { $0.level == figures.level }!.meaning
        assumed = figures.assumed
    }
}
