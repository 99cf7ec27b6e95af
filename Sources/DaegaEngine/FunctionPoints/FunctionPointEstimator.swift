/// Computes the 소프트웨어 개발비 by the function-point method of one guide edition.
///
/// 보정전 개발원가 = FP × 단가 × 발주 단계 비중; the size factor and the four level-rated factors are then
/// multiplied one at a time, rounding to the won after each step by the edition's chain rounding (ties to even);
/// 이윤 = 개발원가 × 이윤율; 개발비 = 개발원가 + 이윤 + 직접경비; VAT on top.
public enum FunctionPointEstimator {
    /// Estimates a request under `edition`.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations) or amounts that overflow.
    public static func estimate(_ request: FunctionPointRequest, edition: GuideEdition,
                                narration: Narration = .full) throws -> FunctionPointEstimate {
        let rates = try edition.requireFunctionPoints()
        let count = try FunctionPointCount.count(request.scope, rates: rates)
        do {
            return try estimate(count: count, request: request, edition: edition, rates: rates, narration: narration)
        } catch let error as DaegaError where error.code == .amountOverflow && error.location == nil {
            // The size is capped far below Int64, so only the direct expenses can carry a total past it.
            throw error.relocated { _ in .field("direct_expenses") }
        }
    }

    /// Estimates an already counted size (used by the budget solver to avoid recounting).
    static func estimate(count: FunctionPointCount, request: FunctionPointRequest, edition: GuideEdition,
                         rates: FunctionPointRates, narration: Narration) throws -> FunctionPointEstimate {
        var recorder = TraceRecorder(narration)
        var notes = NoteList(narration)
        let step = rates.chainRounding.value

        guard request.directExpenses >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("direct_expenses"),
                             "직접경비가 음수(\(request.directExpenses.grouped)원)입니다", expected: "0 이상의 원 단위 금액")
        }
        let profitPercent = try resolveProfit(request.profitPercent, rule: rates.profit, notes: &notes)

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
            result: .number(count.total), rates: weightReferences(count, rates: rates)))

        let (share, shareRates, shareText) = try phaseShare(request.phases, rates: rates)
        let hundredth = ExactDecimal(significand: 1, scale: 2)
        let unadjusted = try rates.unitPrice.value.multiplied(by: [count.total, share, hundredth], rounding: step,
                                                              what: "보정전 개발원가")
        recorder.record(TraceStep(
            key: "unadjusted_cost", label: LocalizedText(ko: "보정전 개발원가", en: "unadjusted development cost"),
            formula: LocalizedText(ko: "기능점수 × 기능점수당 단가 × 발주 비중(\(shareText.ko))",
                                   en: "FP × unit price × ordered share (\(shareText.en))"),
            inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(count.total)),
                     TraceInput(LocalizedText(ko: "기능점수당 단가", en: "unit price per FP"), .won(rates.unitPrice.value)),
                     TraceInput(LocalizedText(ko: "발주 비중", en: "ordered share"), .percent(share))],
            result: .won(unadjusted), rounding: step, rates: [rates.unitPrice.reference, rates.chainRounding.reference] + shareRates))

        let sizeFactor = rates.sizeFactor.value.factor(for: count.total)
        recorder.record(TraceStep(
            key: "size_factor", label: LocalizedText(ko: "규모 보정계수", en: "size factor"),
            formula: rates.sizeFactor.value.formulaText,
            inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(count.total))],
            result: .number(sizeFactor), rates: [rates.sizeFactor.reference]))

        var running = try unadjusted.multiplied(by: sizeFactor, rounding: step, what: "개발원가")
        recorder.record(chainStep(key: "cost_after_size", name: LocalizedText(ko: "규모", en: "size"),
                                  before: unadjusted, factor: sizeFactor, after: running, step: step,
                                  rates: [rates.sizeFactor.reference, rates.chainRounding.reference]))

        var applied: [AppliedFactor] = []
        applied.reserveCapacity(AdjustmentFactorKind.allCases.count)
        for (order, kind) in AdjustmentFactorKind.allCases.enumerated() {
            // The table and its level are read in place: binding either to a local would copy (and retain) its texts.
            let given = request.factorLevels[kind]
            let position = try rates.factorsInOrder[order]!.value.position(of: given)
            let value = rates.factorsInOrder[order]!.value.levels[position].value
            if given == nil {
                notes.append(Self.assumedLevelNote(rates.factorsInOrder[order]!.value, position: position))
            }
            let before = running
            running = try running.multiplied(by: value, rounding: step, what: "개발원가")
            recorder.record(chainStep(key: "cost_after_\(kind.rawValue)", name: rates.factorsInOrder[order]!.value.name,
                                      before: before, factor: value, after: running, step: step,
                                      rates: [rates.factorsInOrder[order]!.reference, rates.chainRounding.reference]))
            applied.append(AppliedFactor(rates.factorsInOrder[order]!.value, position: position, assumed: given == nil,
                                         narration: narration))
        }
        let adjusted = running
        recorder.record(TraceStep(
            key: "adjusted_cost", label: LocalizedText(ko: "개발원가 (보정후)", en: "adjusted development cost"),
            formula: LocalizedText(ko: "보정전 개발원가 × 규모 × 연계복잡성 × 성능요구수준 × 운영환경호환성 × 보안성 (단계마다 원 단위 반올림)",
                                   en: "unadjusted cost × size × integration × performance × compatibility × security (rounded to the won at each step)"),
            inputs: [TraceInput(LocalizedText(ko: "보정전 개발원가", en: "unadjusted cost"), .won(unadjusted))],
            result: .won(adjusted), rounding: step))

        let profit = try adjusted.multiplied(by: [profitPercent, hundredth], rounding: step, what: "이윤")
        recorder.record(TraceStep(
            key: "profit", label: LocalizedText(ko: "이윤", en: "profit"),
            formula: LocalizedText(ko: "개발원가 × 이윤율 (직접경비에는 이윤을 붙이지 않음)", en: "development cost × profit rate (none on direct expenses)"),
            inputs: [TraceInput(LocalizedText(ko: "개발원가", en: "development cost"), .won(adjusted)),
                     TraceInput(LocalizedText(ko: "이윤율", en: "profit rate"), .percent(profitPercent))],
            result: .won(profit), rounding: step, rates: [rates.profit.reference]))

        recorder.record(TraceStep(
            key: "direct_expenses", label: LocalizedText(ko: "직접경비", en: "direct expenses"),
            formula: LocalizedText(ko: "입력값", en: "as given"), inputs: [], result: .won(request.directExpenses)))

        let total = try Won.sum([adjusted, profit, request.directExpenses], what: "소프트웨어 개발비")
        recorder.record(TraceStep(
            key: "total", label: LocalizedText(ko: "소프트웨어 개발비 (VAT 별도)", en: "software development cost (excl. VAT)"),
            formula: LocalizedText(ko: "개발원가 + 이윤 + 직접경비", en: "development cost + profit + direct expenses"),
            inputs: [TraceInput(LocalizedText(ko: "개발원가", en: "development cost"), .won(adjusted)),
                     TraceInput(LocalizedText(ko: "이윤", en: "profit"), .won(profit)),
                     TraceInput(LocalizedText(ko: "직접경비", en: "direct expenses"), .won(request.directExpenses))],
            result: .won(total)))
        let vat = try VATCalculation(on: total, edition: edition, recorder: &recorder)

        return FunctionPointEstimate(
            edition: edition.year, editionTitle: edition.title, count: count, unitPrice: rates.unitPrice.value,
            phaseSharePercent: share, phases: request.phases, sizeFactor: sizeFactor, factors: applied,
            unadjustedCost: unadjusted, adjustedCost: adjusted, profitPercent: profitPercent, profit: profit,
            directExpenses: request.directExpenses, total: total, vat: vat.vat, totalWithVAT: vat.totalWithVAT,
            trace: recorder.steps, notes: notes.items, rates: recorder.rates)
    }

    /// The note that a factor's neutral level was assumed.
    private static func assumedLevelNote(_ table: AdjustmentFactorTable, position: Int) -> EstimateNote {
        let neutral = table.levels[position]
        return EstimateNote(code: "factor_assumed", text: LocalizedText(
            ko: "\(table.name.ko) 등급이 주어지지 않아 계수 1.00인 \(neutral.level)등급(\(neutral.meaning.ko))으로 가정했습니다.",
            en: "No level was given for \(table.name.en); level \(neutral.level) (\(neutral.meaning.en)), factor 1.00, was assumed."))
    }

    static func resolveProfit(_ given: ExactDecimal?, rule: Sourced<ProfitRule>, notes: inout NoteList) throws -> ExactDecimal {
        guard let given else { return rule.value.defaultPercent }
        guard given >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("profit_rate"), "이윤율이 음수(\(given)%)입니다",
                             expected: "0 이상 \(rule.value.capPercent)% 이하")
        }
        guard given <= rule.value.capPercent else {
            throw DaegaError(.profitAboveCap, at: .field("profit_rate"),
                             "이윤율 \(given)%가 상한 \(rule.value.capPercent)%(개발원가 대비)를 넘습니다",
                             expected: "0 이상 \(rule.value.capPercent)% 이하")
        }
        if given < rule.value.defaultPercent {
            notes.append(EstimateNote(code: "profit_below_default", text: LocalizedText(
                ko: "이윤율 \(given)%는 가이드 기본값 \(rule.value.defaultPercent)%보다 낮습니다.",
                en: "Profit rate \(given)% is below the guide's default \(rule.value.defaultPercent)%.")))
        }
        return given
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

    static func phaseShare(_ selection: PhaseSelection, rates: FunctionPointRates) throws
        -> (ExactDecimal, [RateReference], LocalizedText) {
        switch selection {
        case .all:
            return (ExactDecimal(100), [], LocalizedText(ko: "전체 단계 100%", en: "all phases, 100%"))
        case let .phases(phases):
            guard let weights = rates.phaseWeights else {
                throw DaegaError(.methodNotInEdition, at: .field("phases"), "이 판의 요율표에는 단계별 가중치가 없습니다",
                                 expected: "단계별 가중치가 있는 판 (2021년판 이후)")
            }
            let ordered = ProjectPhase.allCases.filter(phases.contains)
            let share = ordered.reduce(ExactDecimal.zero) { $0.adding(weights.value[$1]!)! }
            let names = ordered.map { "\($0.koreanName) \(weights.value[$0]!)%" }.joined(separator: " + ")
            let english = ordered.map { "\($0.rawValue) \(weights.value[$0]!)%" }.joined(separator: " + ")
            return (share, [weights.reference], LocalizedText(ko: names, en: english))
        case let .split(side):
            guard let weights = rates.splitWeights else {
                throw DaegaError(.methodNotInEdition, at: .field("phases"), "이 판의 요율표에는 설계·구축 분리 비중이 없습니다",
                                 expected: "분리 비중이 있는 판 (2025년판)")
            }
            let share = weights.value[side]!
            return (share, [weights.reference], LocalizedText(ko: "\(side.koreanName) \(share)%", en: "\(side.rawValue) \(share)%"))
        }
    }

    static func chainStep(key: String, name: LocalizedText, before: Won, factor: ExactDecimal, after: Won,
                          step: RoundingStep, rates: [RateReference]) -> TraceStep {
        TraceStep(key: key, label: LocalizedText(ko: "\(name.ko) 보정 후", en: "after \(name.en) factor"),
                  formula: LocalizedText(ko: "직전 금액 × \(name.ko) 계수", en: "previous amount × \(name.en) factor"),
                  inputs: [TraceInput(LocalizedText(ko: "직전 금액", en: "previous amount"), .won(before)),
                           TraceInput(LocalizedText(ko: "계수", en: "factor"), .number(factor))],
                  result: .won(after), rounding: step, rates: rates)
    }
}
