/// The technical : price weights an officer states for a negotiated contract (`--weights`, `[budget] price_weights`),
/// with the case that allows the alternative weights.
public struct PriceWeightsChoice: Sendable, Equatable {
    /// Technical points as stated.
    public var technicalPoints: Int
    /// Price points as stated.
    public var pricePoints: Int
    /// The case stated for the alternative weights, when any.
    public var weightCase: PriceWeightCase?
    /// Where the weights were given (flag or file line), for errors.
    public var weightsLocation: InputLocation
    /// Where the case was given, or would have been given, for errors.
    public var caseLocation: InputLocation

    /// Creates a choice.
    public init(technicalPoints: Int, pricePoints: Int, weightCase: PriceWeightCase? = nil,
                weightsLocation: InputLocation, caseLocation: InputLocation) {
        self.technicalPoints = technicalPoints
        self.pricePoints = pricePoints
        self.weightCase = weightCase
        self.weightsLocation = weightsLocation
        self.caseLocation = caseLocation
    }

    /// Reads `technical:price` (spaces allowed around the colon), e.g. `80:20`; `nil` when it is not two whole numbers.
    public static func points(_ text: String) -> (technical: Int, price: Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0.filter { $0 != " " }) }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let technical = Int(parts[0]), let price = Int(parts[1]) else { return nil }
        return (technical, price)
    }

    /// The weights the book accepts, for error messages: the default, then the alternative when the book has it.
    public static func accepted(standard: PriceScoreRule, alternative: AlternativePriceWeights?) -> String {
        "\(standard.technicalPoints):\(standard.pricePoints) (기본)"
            + (alternative.map { ", \($0.text) (\(PriceWeightCase.acceptedSpellings) 중 하나의 근거와 함께)" } ?? "")
    }

    /// Whether the choice is the book's alternative weights (else it is the default).
    /// - Throws: `DaegaError` `.unknownPriceWeights` for weights the book does not allow, `.priceWeightsCaseMissing`
    ///   for the alternative without its case, `.conflictingInputs` for a case stated with the default weights.
    public func isAlternative(standard: PriceScoreRule, alternative: AlternativePriceWeights?) throws -> Bool {
        if technicalPoints == standard.technicalPoints && pricePoints == standard.pricePoints {
            guard weightCase == nil else {
                throw DaegaError(.conflictingInputs, at: caseLocation,
                                 "기본 배점 \(technicalPoints):\(pricePoints)에는 예외 사유를 적지 않습니다",
                                 expected: "사유를 지우거나 배점을 \(alternative?.text ?? "예외 배점")으로")
            }
            return false
        }
        guard let alternative, technicalPoints == alternative.technicalPoints, pricePoints == alternative.pricePoints else {
            throw DaegaError(.unknownPriceWeights, at: weightsLocation,
                             "기술:가격 배점 \(technicalPoints):\(pricePoints)은(는) 허용되지 않습니다",
                             expected: Self.accepted(standard: standard, alternative: alternative))
        }
        guard weightCase != nil else {
            throw DaegaError(.priceWeightsCaseMissing, at: caseLocation,
                             "배점 \(alternative.text)의 근거(행정안전부 「정보시스템 구축·운영 지침」 제18조의 세 경우 중 하나)가 없습니다",
                             expected: PriceWeightCase.acceptedSpellings)
        }
        return true
    }

    /// The price-score rule with these weights: `standard`, or `standard` with the alternative's points.
    /// - Throws: as ``isAlternative(standard:alternative:)``.
    public func rule(standard: PriceScoreRule, alternative: AlternativePriceWeights?) throws -> PriceScoreRule {
        guard try isAlternative(standard: standard, alternative: alternative), let alternative else { return standard }
        var rule = standard
        rule.technicalPoints = alternative.technicalPoints
        rule.pricePoints = alternative.pricePoints
        return rule
    }
}
