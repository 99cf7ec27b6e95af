/// The man-month (투입공수) figures of one guide edition: 제경비 and 기술료 ranges and the rounding of each amount.
public struct LaborRates: Sendable {
    /// 제경비율 range, as a percentage of 직접인건비.
    public var overhead: Sourced<PercentRange>
    /// 기술료율 range, as a percentage of 직접인건비 + 제경비.
    public var technicalFee: Sourced<PercentRange>
    /// The rounding of each staffing line, 제경비 and 기술료.
    public var rounding: Sourced<RoundingStep>

    /// Creates the figure set.
    public init(overhead: Sourced<PercentRange>, technicalFee: Sourced<PercentRange>, rounding: Sourced<RoundingStep>) {
        self.overhead = overhead
        self.technicalFee = technicalFee
        self.rounding = rounding
    }

    /// Every man-month figure for listing.
    var listings: [RateFigureListing] {
        [
            RateFigureListing(key: overhead.reference.key, value: "\(overhead.value.text), 기본 \(overhead.value.defaultPercent)% (직접인건비 대비)",
                              reference: overhead.reference),
            RateFigureListing(key: technicalFee.reference.key,
                              value: "\(technicalFee.value.text), 기본 \(technicalFee.value.defaultPercent)% (직접인건비 + 제경비 대비)",
                              reference: technicalFee.reference),
            RateFigureListing(key: rounding.reference.key, value: "인건비 행·제경비·기술료마다 \(rounding.value.koreanDescription)",
                              reference: rounding.reference),
        ]
    }
}

extension GuideEdition {
    /// The man-month figures.
    /// - Throws: `DaegaError.methodNotInEdition` when the book has none.
    public func requireLabor() throws -> LaborRates {
        guard let labor else {
            throw DaegaError(.methodNotInEdition, at: .field("edition"),
                             "\(title) 요율표(\(book))에는 제경비·기술료 수치가 없습니다",
                             expected: "[labor] 절이 있는 판(daega rates로 확인)")
        }
        return labor
    }
}
