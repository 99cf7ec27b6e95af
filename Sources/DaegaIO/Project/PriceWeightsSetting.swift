import DaegaEngine

/// Reads `[budget] price_weights = "80:20"` and `price_weights_case = "hw" | "under_100m" | "agency_head"`.
enum PriceWeightsSetting {
    /// The stated weights, or `nil` when neither key is present. Whether the book allows them is decided by the check,
    /// which throws at the line recorded here.
    /// - Throws: `DaegaError` at the line of weights that are not `technical:price` or a case that is not understood.
    static func read(_ section: inout TOMLTableReader) throws -> PriceWeightsChoice? {
        let weightsValue = try section.optionalValue("price_weights")
        let caseValue = try section.optionalValue("price_weights_case")
        guard weightsValue != nil || caseValue != nil else { return nil }
        let weightCase = try caseValue.map { value in
            let spelling = try section.string(from: value, key: "price_weights_case")
            guard let read = PriceWeightCase(spelling: spelling) else {
                throw DaegaError(.unknownPriceWeightsCase, at: section.location(of: value),
                                 "예외 배점의 근거 '\(spelling)'을(를) 알 수 없습니다", expected: PriceWeightCase.acceptedSpellings)
            }
            return read
        }
        guard let weightsValue else {
            throw DaegaError(.conflictingInputs, at: caseValue.map { section.location(of: $0) },
                             "price_weights_case는 예외 배점의 근거입니다", expected: "price_weights = \"기술:가격\"과 함께")
        }
        let text = try section.string(from: weightsValue, key: "price_weights")
        guard let points = PriceWeightsChoice.points(text) else {
            throw DaegaError(.unknownPriceWeights, at: section.location(of: weightsValue), "배점 '\(text)'을(를) 읽을 수 없습니다",
                             expected: "\"기술:가격\" (예: \"80:20\"); 허용 배점은 입찰·계약 규칙 요율표의 기본 배점과 예외 배점")
        }
        let weightsLocation = section.location(of: weightsValue)
        return PriceWeightsChoice(technicalPoints: points.technical, pricePoints: points.price, weightCase: weightCase,
                                  weightsLocation: weightsLocation,
                                  caseLocation: caseValue.map { section.location(of: $0) } ?? weightsLocation)
    }
}
