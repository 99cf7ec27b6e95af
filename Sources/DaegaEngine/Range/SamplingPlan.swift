/// What a range simulation varies for one project, worked out once: the size band, the factors whose level was
/// assumed, and the labour rates not given; ``draw(index:of:using:)`` then makes one sample's random choices.
struct SamplingPlan {
    /// The stage band, when the size is not exact.
    let band: StageBand?
    /// The counted function points, when a scope was given.
    let countedFunctionPoints: ExactDecimal?
    /// The given level per factor, in `AdjustmentFactorKind.allCases` order.
    let givenLevels: InlineArray<4, Int?>
    /// Per factor whose level was not given: its index in `AdjustmentFactorKind.allCases`, its assumed level and the
    /// lowest and highest levels of its table.
    let varyingLevels: [(order: Int, neutral: Int, lowest: Int, highest: Int)]
    /// The 제경비 range when no rate was given.
    let overhead: PercentRange?
    /// The 기술료 range when no rate was given.
    let technicalFee: PercentRange?
    /// What is varied, in words.
    let variations: [EstimateNote]
    /// The figures that set the variation.
    let references: [RateReference]

    init(_ input: ProjectEstimateInput, settings: RangeSettings, sizing: SizingBook?) throws {
        var variations: [EstimateNote] = []
        var references: [RateReference] = []
        if let stage = settings.stage {
            guard let sizing else {
                throw DaegaError(.ratesNotFound, at: .field("stage"), "단계별 규모 폭이 있는 규모 추정 참고값 요율표(sizing/)가 없습니다",
                                 expected: "rates/sizing/YEAR.toml")
            }
            let band = sizing.band(stage)
            self.band = band
            let origins = [sizing.growth.origin, sizing.cone.origin].reduce(into: [ReferenceOrigin]()) { if !$0.contains($1) { $0.append($1) } }
            variations.append(EstimateNote(code: "range_size_band", text: LocalizedText(
                ko: "규모: '\(stage.koreanName)' 단계의 예상 증가 ×\(band.growth)와 폭 ×\(band.low)~×\(band.high) (삼각분포; \(origins.map(\.label.ko).joined(separator: "·"))).",
                en: "Size: the '\(stage.englishName)' stage's expected growth ×\(band.growth) and band ×\(band.low)–×\(band.high) (triangular; \(origins.map(\.label.en).joined(separator: ", "))).")))
            references += [sizing.growth.reference, sizing.cone.reference]
        } else {
            band = nil
            variations.append(EstimateNote(code: "range_size_exact", text: LocalizedText(
                ko: "규모는 주어진 그대로(정확한 값)로 보았습니다: 범위는 가정한 보정계수 등급과 요율 범위에서만 나옵니다 (규모 폭을 넣으려면 --stage 또는 [range] stage).",
                en: "The size was taken as exact: the range comes from assumed factor levels and rate ranges only (add a size band with --stage or [range] stage).")))
        }
        var varying: [(AdjustmentFactorKind, Int, Int, Int)] = []
        givenLevels = input.functionPoints?.levelsInOrder ?? [nil, nil, nil, nil]
        if let request = input.functionPoints {
            let rates = try input.edition.requireFunctionPoints()
            countedFunctionPoints = try FunctionPointCount.count(request.scope, rates: rates).total
            for kind in AdjustmentFactorKind.allCases where request.factorLevels[kind] == nil {
                let table = rates.factors[kind]!
                let neutral = table.value.levels[try table.value.position(of: nil)].level
                let levels = table.value.levels.map(\.level)
                varying.append((kind, neutral, levels.min()!, levels.max()!))
                references.append(table.reference)
            }
            if !varying.isEmpty {
                let names = varying.map { rates.factors[$0.0]!.value.name }
                variations.append(EstimateNote(code: "range_factor_levels", text: LocalizedText(
                    ko: "등급을 주지 않은 보정계수(\(names.map(\.ko).joined(separator: ", ")))는 가정한 등급과 그 ±1 등급을 같은 확률로.",
                    en: "Factors without a given level (\(names.map(\.en).joined(separator: ", "))): the assumed level or one either side, equally likely.")))
            }
        } else {
            countedFunctionPoints = nil
        }
        varyingLevels = varying.map { (order: AdjustmentFactorKind.allCases.firstIndex(of: $0.0)!, neutral: $0.1, lowest: $0.2, highest: $0.3) }
        if let manMonths = input.manMonths {
            let labor = try input.edition.requireLabor()
            overhead = manMonths.request.overheadPercent == nil ? labor.overhead.value : nil
            technicalFee = manMonths.request.technicalFeePercent == nil ? labor.technicalFee.value : nil
            for (range, name, reference) in [(overhead, LocalizedText(ko: "제경비율", en: "overhead rate"), labor.overhead.reference),
                                             (technicalFee, LocalizedText(ko: "기술료율", en: "technical-fee rate"), labor.technicalFee.reference)] {
                guard let range else { continue }
                references.append(reference)
                variations.append(EstimateNote(code: "range_labor_rate", text: LocalizedText(
                    ko: "\(name.ko)를 주지 않아 판의 범위 \(range.text)에서 0.1%p 단위로 고르게.",
                    en: "No \(name.en) was given: drawn evenly over the edition's \(range.text) in 0.1-point steps.")))
            }
        } else {
            overhead = nil
            technicalFee = nil
        }
        self.variations = variations
        self.references = references
    }

    /// One sample's random choices: sample `index` of `count` draws its size from the `index`-th of `count`
    /// equal-probability strata of the band (stratified sampling, so that a few samples still spread over the whole
    /// band), then a level for every factor not given, then the 제경비율 and the 기술료율 not given.
    func draw(index: Int, of count: Int, using generator: inout SplitMix64) -> SampleDraw {
        var draw = SampleDraw(multiplier: band.map { Self.triangular($0, at: (Double(index) + generator.unit()) / Double(count)) },
                              levels: givenLevels)
        for factor in varyingLevels {
            let level = factor.neutral + generator.below(3) - 1
            draw.levels[factor.order] = Swift.min(Swift.max(level, factor.lowest), factor.highest)
        }
        draw.overheadPercent = overhead.map { Self.uniform($0, using: &generator) }
        draw.technicalFeePercent = technicalFee.map { Self.uniform($0, using: &generator) }
        return draw
    }

    /// The multiplier at cumulative probability `u` of the triangular distribution (growth × low, growth,
    /// growth × high), to four decimals.
    static func triangular(_ band: StageBand, at u: Double) -> ExactDecimal {
        let mode = band.growth.doubleValue
        let low = mode * band.low.doubleValue, high = mode * band.high.doubleValue
        guard high > low else { return band.growth }
        let split = (mode - low) / (high - low)
        let value = u < split ? low + ((high - low) * (mode - low) * u).squareRoot()
                              : high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
        return ExactDecimal(significand: Int64((value * 10_000).rounded()), scale: 4)
    }

    /// A rate drawn evenly over `range` in 0.1-point steps.
    static func uniform(_ range: PercentRange, using generator: inout SplitMix64) -> ExactDecimal {
        let low = range.minimum.rounded(toPlaces: 1, rule: .toNearestOrAway)!, high = range.maximum.rounded(toPlaces: 1, rule: .toNearestOrAway)!
        let steps = Int(high.significand - low.significand)
        return ExactDecimal(significand: low.significand + Int64(generator.below(steps + 1)), scale: 1)
    }
}
