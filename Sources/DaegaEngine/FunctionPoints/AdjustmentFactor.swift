/// The four level-rated adjustment factors (보정계수) besides size.
public enum AdjustmentFactorKind: String, Sendable, CaseIterable, Codable {
    /// 연계복잡성: number of other agencies or systems interfaced.
    case integration
    /// 성능요구수준.
    case performance
    /// 운영환경 호환성 (formerly 다중사이트 운영성).
    case compatibility
    /// 보안성: number of security requirements.
    case security
}

/// One level of an adjustment factor with its value and meaning.
public struct AdjustmentFactorLevel: Sendable, Equatable {
    /// The level, 1…5.
    public var level: Int
    /// The multiplier.
    public var value: ExactDecimal
    /// What the level means.
    public var meaning: LocalizedText

    /// Creates a level.
    public init(level: Int, value: ExactDecimal, meaning: LocalizedText) {
        self.level = level
        self.value = value
        self.meaning = meaning
    }
}

/// An adjustment factor's table of levels.
public struct AdjustmentFactorTable: Sendable, Equatable {
    /// Which factor.
    public var kind: AdjustmentFactorKind
    /// The factor's name.
    public var name: LocalizedText
    /// Levels 1…5 in order.
    public var levels: [AdjustmentFactorLevel]

    /// Creates a table.
    public init(kind: AdjustmentFactorKind, name: LocalizedText, levels: [AdjustmentFactorLevel]) {
        self.kind = kind
        self.name = name
        self.levels = levels
    }

    /// The position in `levels` of a given level, or of the level whose value is 1.00 when none is given.
    ///
    /// A position rather than the level itself (and levels compared by index), so that finding and reading a figure
    /// does not copy (and retain) the levels' texts.
    /// - Throws: `DaegaError` when the level is not in the table, or none is given and no level is 1.00.
    public func position(of level: Int?) throws -> Int {
        guard let level else {
            guard let neutral = levels.indices.first(where: { levels[$0].value == .one }) else { throw positionError(of: nil) }
            return neutral
        }
        guard let position = levels.indices.first(where: { levels[$0].level == level }) else {
            throw positionError(of: level)
        }
        return position
    }

    /// The error of a level the table does not have, or (for `nil`) of a table without a level of value 1.00.
    func positionError(of level: Int?) -> DaegaError {
        let valid = levels.map { String($0.level) }.joined(separator: ", ")
        guard let level else {
            return DaegaError(.missingInput, at: .field(kind.rawValue),
                              "\(name.ko) 등급이 없고, 요율표에 계수 1.00인 기본 등급도 없습니다", expected: "등급 \(valid) 중 하나")
        }
        return DaegaError(.valueOutOfRange, at: .field(kind.rawValue),
                          "\(name.ko) 등급 \(level)은(는) 없습니다", expected: "등급 \(valid) 중 하나")
    }
}
