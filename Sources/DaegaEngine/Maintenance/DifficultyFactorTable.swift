/// One rating of a difficulty factor: its points and the rule an officer uses to choose it.
public struct DifficultyLevel: Sendable, Equatable {
    /// The rating.
    public var rating: MaintenanceRating
    /// The points it adds to the TMP.
    public var points: Int
    /// When this rating applies, in both languages.
    public var rule: LocalizedText

    /// Creates a level.
    public init(rating: MaintenanceRating, points: Int, rule: LocalizedText) {
        self.rating = rating
        self.points = points
        self.rule = rule
    }
}

/// A difficulty factor's three ratings (단순, 보통, 복잡) with points and rules.
public struct DifficultyFactorTable: Sendable, Equatable {
    /// Which factor.
    public var kind: DifficultyFactorKind
    /// The factor's name.
    public var name: LocalizedText
    /// 단순, 보통, 복잡 in order.
    public var levels: [DifficultyLevel]

    /// Creates a table.
    public init(kind: DifficultyFactorKind, name: LocalizedText, levels: [DifficultyLevel]) {
        self.kind = kind
        self.name = name
        self.levels = levels
    }

    /// The level of `rating`.
    public func level(_ rating: MaintenanceRating) -> DifficultyLevel {
        levels.first { $0.rating == rating }!
    }
}
