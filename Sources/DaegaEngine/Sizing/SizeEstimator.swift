/// Sizes a project before a function list with complexities exists, and prices the low, likely and high sizes.
///
/// counted FP: NESMA indicative (35 × internal + 15 × external data groups), or Σ count × the guide's 간이법 average
/// weight of the mapped function type. likely = counted × the stage's growth; low = likely × the stage's low multiplier
/// × (1 − method error); high = likely × the stage's high multiplier × (1 + method error); each rounded to 0.1 FP
/// (half away from zero). The likely size is estimated in full by ``FunctionPointEstimator``; the low and high sizes
/// are priced by ``FunctionPointCore`` alone, since only their totals are shown.
public enum SizeEstimator {
    /// Sizes and prices a request.
    /// - Parameters:
    ///   - request: what was counted, the stage and the cost inputs.
    ///   - book: the sizing reference figures.
    ///   - edition: the guide edition that prices the sizes.
    /// - Throws: `DaegaError` for nothing to size, an absurd count or a size beyond the engine's maximum.
    public static func estimate(_ request: SizingRequest, book: SizingBook, edition: GuideEdition) throws -> SizeEstimate {
        let rates = try edition.requireFunctionPoints()
        let (method, lines) = try count(request.scope, book: book, rates: rates)
        let counted = lines.reduce(ExactDecimal.zero) { $0.adding($1.points)! }
        guard counted > .zero else {
            throw DaegaError(.sizingNothingToCount, at: .field("sizing"), "셀 규모가 0입니다 (모든 개수가 0)",
                             expected: method == .indicative ? "내부 데이터(테이블 묶음) 1개 이상" : "개수 하나 이상이 1 이상")
        }
        let band = book.band(request.stage)
        let error = book.errorPercent[method]!
        let hundredth = ExactDecimal(significand: 1, scale: 2)
        let lowError = ExactDecimal(100).adding(error.value.negated)!.multiplied(by: hundredth)!
        let highError = ExactDecimal(100).adding(error.value)!.multiplied(by: hundredth)!
        func size(_ factors: [ExactDecimal]) throws -> ExactDecimal {
            var value = counted
            for factor in factors {
                guard let product = value.multiplied(by: factor) else { throw tooLarge(counted) }
                value = product
            }
            guard let rounded = value.rounded(toPlaces: 1, rule: .toNearestOrAway), rounded <= FunctionPointCount.maximum else {
                throw tooLarge(counted)
            }
            return rounded
        }
        let points = ValueRange(low: try size([band.growth, band.low, lowError]), likely: try size([band.growth]),
                                high: try size([band.growth, band.high, highError]))
        var likelyRequest = request.costTemplate
        likelyRequest.scope = .total(points.likely)
        let likely = try FunctionPointEstimator.estimate(likelyRequest, edition: edition)
        var references: [(RateReference, ReferenceOrigin)] = []
        if method == .indicative {
            references.append((book.indicativeWeights.reference, book.indicativeWeights.origin))
        } else {
            references.append((method == .listed ? book.requirementKinds.reference : book.countMapping.reference,
                               method == .listed ? book.requirementKinds.origin : book.countMapping.origin))
        }
        for pair in [(error.reference, error.origin), (book.growth.reference, book.growth.origin), (book.cone.reference, book.cone.origin)]
            where !references.contains(where: { $0.0 == pair.0 }) {
            references.append(pair)
        }
        func figures(_ functionPoints: ExactDecimal) throws -> FunctionPointFigures {
            try FunctionPointCore.figures(at: functionPoints, levels: request.costTemplate.levelsInOrder,
                                          costs: request.costTemplate, edition: edition, rates: rates)
        }
        return SizeEstimate(
            method: method, stage: request.stage, band: band, errorPercent: error.value, lines: lines,
            countedFunctionPoints: counted, functionPoints: points,
            costs: (try figures(points.low), likely, try figures(points.high)),
            nextToCount: NextCountAdvice.advise(method: method, stage: request.stage, lines: lines, counted: counted, book: book),
            sizingReferences: references, notes: likely.notes)
    }

    /// The method the scope allows and its counted lines.
    static func count(_ scope: SizingScope, book: SizingBook, rates: FunctionPointRates) throws -> (SizingMethod, [SizedLine]) {
        switch scope {
        case let .requirements(requirements):
            guard !requirements.isEmpty else {
                throw DaegaError(.sizingNothingToCount, at: .field("requirements"), "요구사항 목록에 요구사항이 없습니다",
                                 expected: "머리글 아래 요구사항 한 줄 이상")
            }
            return (.listed, requirements.map { requirement in
                let weight = rates.simpleWeights.value[requirement.type]!
                let label = requirement.id.isEmpty ? requirement.name : "\(requirement.id) \(requirement.name)"
                return SizedLine(label: LocalizedText(ko: label, en: label), kind: requirement.kind, line: requirement.line,
                                 type: requirement.type, quantity: 1, weight: weight, points: weight)
            })
        case let .counts(counts):
            for (kind, quantity) in counts where quantity < 0 || quantity > EarlyCountKind.plausibleMaximum {
                throw DaegaError(quantity < 0 ? .valueOutOfRange : .sizingAbsurdCount, at: .field(kind.rawValue),
                                 "\(kind.koreanName) \(quantity)개는 \(quantity < 0 ? "음수입니다" : "비현실적으로 많습니다")",
                                 expected: "0~\(EarlyCountKind.plausibleMaximum)개")
            }
            let transactions = EarlyCountKind.allCases.filter { !$0.isData && counts[$0] != nil }
            if transactions.isEmpty {
                let weights = book.indicativeWeights.value
                return (.indicative, [EarlyCountKind.internalData, .externalData].compactMap { kind in
                    guard let quantity = counts[kind] else { return nil }
                    let weight = kind == .internalData ? weights.internal : weights.external
                    return SizedLine(label: LocalizedText(ko: kind.koreanName, en: kind.englishName), kind: kind.rawValue, line: nil,
                                     type: nil, quantity: quantity, weight: weight, points: weight.multiplied(by: ExactDecimal(Int64(quantity)))!)
                })
            }
            return (.estimated, EarlyCountKind.allCases.compactMap { kind in
                guard let quantity = counts[kind] else { return nil }
                let type = book.countMapping.value[kind]!
                let weight = rates.simpleWeights.value[type]!
                return SizedLine(label: LocalizedText(ko: kind.koreanName, en: kind.englishName), kind: kind.rawValue, line: nil,
                                 type: type, quantity: quantity, weight: weight, points: weight.multiplied(by: ExactDecimal(Int64(quantity)))!)
            })
        }
    }

    private static func tooLarge(_ counted: ExactDecimal) -> DaegaError {
        DaegaError(.sizeOutOfRange, at: .field("sizing"), "추정 규모(\(counted.grouped) FP 기준)가 너무 큽니다",
                   expected: "\(FunctionPointCount.maximum.grouped) FP 이하")
    }
}
