/// The wording of an FP estimate: trace steps, notes and the figures cited, rendered from ``FunctionPointFigures``.
/// Every amount shown is one the core computed; nothing here multiplies or rounds money.
enum FunctionPointExplanation {
    /// The trace, notes and cited figures of `figures`.
    static func explain(_ figures: FunctionPointFigures, count: FunctionPointCount, phases: PhaseSelection,
                        edition: GuideEdition, rates: FunctionPointRates) -> (TraceRecorder, NoteList) {
        var recorder = TraceRecorder()
        var notes = NoteList()
        let step = rates.chainRounding.value
        if figures.profitGiven && figures.profitPercent < rates.profit.value.defaultPercent {
            notes.append(EstimateNote(code: "profit_below_default", text: LocalizedText(
                ko: "이윤율 \(figures.profitPercent)%는 가이드 기본값 \(rates.profit.value.defaultPercent)%보다 낮습니다.",
                en: "Profit rate \(figures.profitPercent)% is below the guide's default \(rates.profit.value.defaultPercent)%.")))
        }
        recorder.record(TraceStep(
            key: "function_points", label: LocalizedText(ko: "기능점수", en: "function points"),
            formula: count.isRedevelopment
                ? LocalizedText(ko: "Σ(신규 기능 가중치) + Σ(변경 기능 가중치 × 영향계수) — \(count.method.ko)",
                                en: "Σ(new weights) + Σ(changed weights × impact factor) — \(count.method.en)")
                : LocalizedText(ko: "Σ(기능 수 × 가중치) — \(count.method.ko)", en: "Σ(count × weight) — \(count.method.en)"),
            inputs: count.lines.isEmpty ? [] : FunctionType.allCases.compactMap { type in
                let points = count.lines.filter { $0.type == type }.reduce(ExactDecimal.zero) { $0.adding($1.points)! }
                return points == .zero ? nil : TraceInput(LocalizedText(ko: type.rawValue.uppercased(), en: type.rawValue.uppercased()), .number(points))
            },
            result: .number(figures.functionPoints), rates: weightReferences(count, rates: rates)))

        let (shareRates, shareText) = phaseShareWording(phases, rates: rates)
        recorder.record(TraceStep(
            key: "unadjusted_cost", label: LocalizedText(ko: "보정전 개발원가", en: "unadjusted development cost"),
            formula: LocalizedText(ko: "기능점수 × 기능점수당 단가 × 발주 비중(\(shareText.ko))",
                                   en: "FP × unit price × ordered share (\(shareText.en))"),
            inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(figures.functionPoints)),
                     TraceInput(LocalizedText(ko: "기능점수당 단가", en: "unit price per FP"), .won(rates.unitPrice.value)),
                     TraceInput(LocalizedText(ko: "발주 비중", en: "ordered share"), .percent(figures.sharePercent))],
            result: .won(figures.unadjustedCost), rounding: step,
            rates: [rates.unitPrice.reference, rates.chainRounding.reference] + shareRates))
        recorder.record(TraceStep(
            key: "size_factor", label: LocalizedText(ko: "규모 보정계수", en: "size factor"),
            formula: rates.sizeFactor.value.formulaText,
            inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(figures.functionPoints))],
            result: .number(figures.sizeFactor), rates: [rates.sizeFactor.reference]))
        recorder.record(chainStep(key: "cost_after_size", name: LocalizedText(ko: "규모", en: "size"),
                                  before: figures.unadjustedCost, factor: figures.sizeFactor, after: figures.costAfterSize,
                                  step: step, rates: [rates.sizeFactor.reference, rates.chainRounding.reference]))
        var before = figures.costAfterSize
        for (order, kind) in AdjustmentFactorKind.allCases.enumerated() {
            let applied = figures.factors[order]
            let table = rates.factorsInOrder[order]!
            if applied.assumed {
                let neutral = table.value.levels.first { $0.level == applied.level }!
                notes.append(EstimateNote(code: "factor_assumed", text: LocalizedText(
                    ko: "\(table.value.name.ko) 등급이 주어지지 않아 계수 1.00인 \(neutral.level)등급(\(neutral.meaning.ko))으로 가정했습니다.",
                    en: "No level was given for \(table.value.name.en); level \(neutral.level) (\(neutral.meaning.en)), factor 1.00, was assumed.")))
            }
            recorder.record(chainStep(key: "cost_after_\(kind.rawValue)", name: table.value.name, before: before,
                                      factor: applied.value, after: applied.costAfter, step: step,
                                      rates: [table.reference, rates.chainRounding.reference]))
            before = applied.costAfter
        }
        recorder.record(TraceStep(
            key: "adjusted_cost", label: LocalizedText(ko: "개발원가 (보정후)", en: "adjusted development cost"),
            formula: LocalizedText(ko: "보정전 개발원가 × 규모 × 연계복잡성 × 성능요구수준 × 운영환경호환성 × 보안성 (단계마다 원 단위 반올림)",
                                   en: "unadjusted cost × size × integration × performance × compatibility × security (rounded to the won at each step)"),
            inputs: [TraceInput(LocalizedText(ko: "보정전 개발원가", en: "unadjusted cost"), .won(figures.unadjustedCost))],
            result: .won(figures.adjustedCost), rounding: step))
        recorder.record(TraceStep(
            key: "profit", label: LocalizedText(ko: "이윤", en: "profit"),
            formula: LocalizedText(ko: "개발원가 × 이윤율 (직접경비에는 이윤을 붙이지 않음)", en: "development cost × profit rate (none on direct expenses)"),
            inputs: [TraceInput(LocalizedText(ko: "개발원가", en: "development cost"), .won(figures.adjustedCost)),
                     TraceInput(LocalizedText(ko: "이윤율", en: "profit rate"), .percent(figures.profitPercent))],
            result: .won(figures.profit), rounding: step, rates: [rates.profit.reference]))
        recorder.record(TraceStep(
            key: "direct_expenses", label: LocalizedText(ko: "직접경비", en: "direct expenses"),
            formula: LocalizedText(ko: "입력값", en: "as given"), inputs: [], result: .won(figures.directExpenses)))
        recorder.record(TraceStep(
            key: "total", label: LocalizedText(ko: "소프트웨어 개발비 (VAT 별도)", en: "software development cost (excl. VAT)"),
            formula: LocalizedText(ko: "개발원가 + 이윤 + 직접경비", en: "development cost + profit + direct expenses"),
            inputs: [TraceInput(LocalizedText(ko: "개발원가", en: "development cost"), .won(figures.adjustedCost)),
                     TraceInput(LocalizedText(ko: "이윤", en: "profit"), .won(figures.profit)),
                     TraceInput(LocalizedText(ko: "직접경비", en: "direct expenses"), .won(figures.directExpenses))],
            result: .won(figures.total)))
        VATCalculation.record(total: figures.total, vat: figures.vat, totalWithVAT: figures.totalWithVAT, edition: edition,
                              recorder: &recorder)
        return (recorder, notes)
    }

    /// The weight tables a count used: the 간이법 averages, the 정통법 weights and the complexity matrices it consulted.
    static func weightReferences(_ count: FunctionPointCount, rates: FunctionPointRates) -> [RateReference] {
        var references: [RateReference] = []
        if count.lines.contains(where: { $0.complexity == nil }) { references.append(rates.simpleWeights.reference) }
        if count.lines.contains(where: { $0.complexity != nil }) {
            references.append(rates.detailedWeights.reference)
            let matrixTypes = Set(count.lines.filter { $0.det != nil }.map(\.type))
            references += FunctionType.allCases.filter(matrixTypes.contains).map { rates.matrices[$0]!.reference }
        }
        if count.lines.contains(where: { $0.impactFactor != nil }), let redevelopment = rates.redevelopment {
            references.append(redevelopment.reference)
        }
        return references
    }

    /// The figures behind the ordered share and the share in words (the core computed the share itself).
    static func phaseShareWording(_ selection: PhaseSelection, rates: FunctionPointRates) -> ([RateReference], LocalizedText) {
        switch selection {
        case .all:
            return ([], LocalizedText(ko: "전체 단계 100%", en: "all phases, 100%"))
        case let .phases(phases):
            let weights = rates.phaseWeights!
            let ordered = ProjectPhase.allCases.filter(phases.contains)
            let names = ordered.map { "\($0.koreanName) \(weights.value[$0]!)%" }.joined(separator: " + ")
            let english = ordered.map { "\($0.rawValue) \(weights.value[$0]!)%" }.joined(separator: " + ")
            return ([weights.reference], LocalizedText(ko: names, en: english))
        case let .split(side):
            let weights = rates.splitWeights!
            let share = weights.value[side]!
            return ([weights.reference], LocalizedText(ko: "\(side.koreanName) \(share)%", en: "\(side.rawValue) \(share)%"))
        }
    }

    /// The step of one factor in the chain: the amount before, the factor, the amount after.
    static func chainStep(key: String, name: LocalizedText, before: Won, factor: ExactDecimal, after: Won,
                          step: RoundingStep, rates: [RateReference]) -> TraceStep {
        TraceStep(key: key, label: LocalizedText(ko: "\(name.ko) 보정 후", en: "after \(name.en) factor"),
                  formula: LocalizedText(ko: "직전 금액 × \(name.ko) 계수", en: "previous amount × \(name.en) factor"),
                  inputs: [TraceInput(LocalizedText(ko: "직전 금액", en: "previous amount"), .won(before)),
                           TraceInput(LocalizedText(ko: "계수", en: "factor"), .number(factor))],
                  result: .won(after), rounding: step, rates: rates)
    }
}
