/// The amount the 대기업 참여하한 is judged on: the budget, or — for 일괄발주 — the lowest unit project's amount, and
/// for a contract over several years the yearly average.
public struct ParticipationBasis: Sendable, Equatable {
    /// The amount judged, VAT 포함.
    public var amount: Won
    /// The unit project that decided it, when units were given.
    public var unit: ProjectUnit?
    /// The contract's years, when the amount is a yearly average.
    public var years: Int?

    /// Decides the amount: the lowest unit's amount when units are given, else the budget; divided by `years`
    /// (truncated to the won) when the contract runs over more than one year.
    public static func decide(budget: Won, units: [ProjectUnit], years: Int?) -> ParticipationBasis {
        let lowest = units.min { $0.amount < $1.amount }
        var amount = lowest?.amount ?? budget
        let averaged = years.flatMap { $0 > 1 ? $0 : nil }
        if let averaged { amount = Won(amount.value / Int64(averaged)) }
        return ParticipationBasis(amount: amount, unit: lowest, years: averaged)
    }

    /// How the amount was found, in words; `nil` when it is the budget itself.
    public var explanation: LocalizedText? {
        switch (unit, years) {
        case (nil, nil): nil
        case let (unit?, nil):
            LocalizedText(ko: "일괄발주: 가장 작은 단위사업 '\(unit.name)' \(unit.amount.grouped)원으로 판단",
                          en: "bundled order: judged on the smallest unit project '\(unit.name)', ₩\(unit.amount.grouped)")
        case let (nil, years?):
            LocalizedText(ko: "\(years)년 계약: 연평균 금액으로 판단", en: "\(years)-year contract: judged on the yearly average")
        case let (unit?, years?):
            LocalizedText(ko: "일괄발주·\(years)년 계약: 가장 작은 단위사업 '\(unit.name)' \(unit.amount.grouped)원의 연평균으로 판단",
                          en: "bundled order over \(years) years: judged on the yearly average of the smallest unit '\(unit.name)', ₩\(unit.amount.grouped)")
        }
    }
}

/// A unit project of an 일괄발주 (several SW projects ordered together).
public struct ProjectUnit: Sendable, Equatable {
    /// The unit's name.
    public var name: String
    /// Its amount, VAT 포함.
    public var amount: Won

    /// Creates a unit.
    public init(name: String, amount: Won) {
        self.name = name
        self.amount = amount
    }
}
