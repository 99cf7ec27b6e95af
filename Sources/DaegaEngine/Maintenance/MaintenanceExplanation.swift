/// The wording of a maintenance estimate: trace steps and notes rendered from ``MaintenanceFigures`` and the
/// products' ``CommercialFeeFigures``. Every amount shown is one the core computed; nothing here multiplies or rounds.
struct MaintenanceExplanation {
    /// The steps so far.
    var recorder = TraceRecorder()
    /// The notes so far.
    var notes: [EstimateNote] = []
    /// The edition's maintenance figures.
    let rates: MaintenanceRates
    /// The edition (its VAT figures and title).
    let edition: GuideEdition

    /// The trace and notes of an estimate: application SW, the products, then year by year.
    static func explain(_ figures: MaintenanceFigures, commercial: [CommercialFeeFigures], request: MaintenanceRequest,
                        rates: MaintenanceRates, edition: GuideEdition) -> (TraceRecorder, [EstimateNote]) {
        var explanation = MaintenanceExplanation(rates: rates, edition: edition)
        if let application = figures.application, let basis = request.application?.basis {
            explanation.application(application, basis: basis)
        }
        for (offset, fee) in commercial.enumerated() {
            explanation.commercial(fee, product: request.products[offset], number: offset + 1)
        }
        if let total = figures.commercialAnnualTotal, commercial.count > 1 {
            explanation.recorder.record(TraceStep(
                key: "commercial_annual_total", label: LocalizedText(ko: "상용SW 연간 유지관리비 합계", en: "commercial SW annual total"),
                formula: LocalizedText(ko: "제품별 연간 유지관리비의 합", en: "sum of the products' annual fees"),
                inputs: zip(request.products, commercial).map { TraceInput(LocalizedText(ko: $0.name, en: $0.name), .won($1.annualFee)) },
                result: .won(total)))
        }
        explanation.period(figures)
        explanation.recorder.use([rates.rounding.reference])
        return (explanation.recorder, explanation.notes)
    }

    /// The TMP, the rate, the basis and each year's fee of application SW.
    mutating func application(_ figures: ApplicationMaintenanceFigures, basis: MaintenanceBasis) {
        let application = rates.application
        let difficulty = figures.difficulty
        recorder.record(TraceStep(
            key: "difficulty_score", label: LocalizedText(ko: "유지관리 난이도 총점 (TMP)", en: "maintenance difficulty score (TMP)"),
            formula: LocalizedText(ko: "다섯 요인 평가 점수의 합", en: "sum of the five factors' points"),
            inputs: DifficultyFactorKind.allCases.map { kind in
                let name = application.factors[kind]!.value.name, rating = difficulty.ratings[kind.ordinal]
                return TraceInput(LocalizedText(ko: "\(name.ko) (\(rating.koreanName))", en: "\(name.en) (\(rating.rawValue))"),
                                  .number(ExactDecimal(Int64(difficulty.points[kind.ordinal]))))
            },
            result: .number(ExactDecimal(Int64(difficulty.score))),
            rates: DifficultyFactorKind.allCases.map { application.factors[$0]!.reference }))
        let formula = application.formula.value
        recorder.record(TraceStep(
            key: "application_rate", label: LocalizedText(ko: "응용SW 유지관리 요율", en: "application SW maintenance rate"),
            formula: LocalizedText(ko: formula.text, en: formula.text),
            inputs: [TraceInput(LocalizedText(ko: "TMP", en: "TMP"), .number(ExactDecimal(Int64(difficulty.score))))],
            result: .percent(difficulty.ratePercent), rates: [application.formula.reference, application.range.reference]))
        self.basis(basis, yearCount: figures.yearCount)
        let years = figures.years
        let allSame = !(0..<figures.yearCount).contains { years[$0].basis != years[0].basis }
        for offset in 0..<figures.yearCount where offset == 0 || years[offset].basis != years[offset - 1].basis {
            applicationYear(years[offset], directExpenses: figures.directExpenses, rate: difficulty.ratePercent,
                            year: allSame ? nil : offset + 1)
        }
        notes.append(EstimateNote(code: "no_separate_profit", text: LocalizedText(
            ko: "요율제 유지관리비에는 이윤을 따로 더하지 않았습니다 (가이드 예제가 개발비 × 요율에 직접경비만 더함; 예제에서 추론한 규칙).",
            en: "No separate profit is added to rate-method maintenance (the guide's example adds only direct expenses to basis × rate; inferred from the example).")))
    }

    /// The basis step and its note.
    mutating func basis(_ basis: MaintenanceBasis, yearCount: Int) {
        switch basis {
        case let .functionPoints(estimate):
            recorder.use(estimate.rates)
            recorder.record(TraceStep(
                key: "application_basis", label: LocalizedText(ko: "유지관리 대상 개발비", en: "development cost maintained"),
                formula: LocalizedText(ko: "기능점수 방식 소프트웨어 개발비 (VAT 별도), \(estimate.editionTitle)",
                                       en: "software development cost by function points (excl. VAT), \(estimate.editionTitle)"),
                inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(estimate.functionPoints))],
                result: .won(estimate.total)))
            notes.append(EstimateNote(code: "basis_from_function_points", text: LocalizedText(
                ko: "유지관리 대상 개발비는 기능점수 방식 소프트웨어 개발비(VAT 별도) \(estimate.total.grouped)원이며 매년 같게 적용했습니다.",
                en: "The basis is the function-point software development cost excluding VAT, ₩\(estimate.total.grouped), the same every year.")))
        case let .given(amounts):
            recorder.record(TraceStep(
                key: "application_basis", label: LocalizedText(ko: "유지관리 대상 개발비", en: "development cost maintained"),
                formula: LocalizedText(ko: "입력값: 유지관리 대상 SW의 현재가치 (재)개발비 (VAT 별도)",
                                       en: "as given: current-value (re)development cost of the maintained SW (excl. VAT)"),
                inputs: amounts.count == 1 ? [] : amounts.enumerated().map {
                    TraceInput(LocalizedText(ko: "\($0.offset + 1)차년도", en: "year \($0.offset + 1)"), .won($0.element))
                },
                result: .won(amounts[0])))
            if amounts.count == 1 && yearCount > 1 {
                notes.append(EstimateNote(code: "same_basis_each_year", text: LocalizedText(
                    ko: "개발비 기준 하나를 모든 연도에 같게 적용했습니다 (연도마다 다른 기준은 연도 수만큼 기준을 주십시오).",
                    en: "One basis was applied to every year (give one basis per year for different bases).")))
            }
        }
    }

    /// The two steps of one basis's fee; `year` names the year when the bases differ.
    mutating func applicationYear(_ figures: ApplicationYearFigures, directExpenses: Won, rate: ExactDecimal, year: Int?) {
        let suffix = year.map { "_year\($0)" } ?? ""
        let label = year.map { LocalizedText(ko: " (\($0)차년도 기준)", en: " (year \($0) basis)") } ?? LocalizedText(ko: "", en: "")
        let step = rates.rounding
        recorder.record(TraceStep(
            key: "application_rated_amount\(suffix)", label: LocalizedText(ko: "개발비 × 요율" + label.ko, en: "basis × rate" + label.en),
            formula: LocalizedText(ko: "유지관리 대상 개발비 × 유지관리 요율", en: "development cost × maintenance rate"),
            inputs: [TraceInput(LocalizedText(ko: "개발비", en: "development cost"), .won(figures.basis)),
                     TraceInput(LocalizedText(ko: "요율", en: "rate"), .percent(rate))],
            result: .won(figures.rated), rounding: step.value, rates: [step.reference]))
        recorder.record(TraceStep(
            key: "application_annual_fee\(suffix)",
            label: LocalizedText(ko: "응용SW 연간 유지관리비" + label.ko, en: "application SW annual fee" + label.en),
            formula: LocalizedText(ko: "개발비 × 요율 + 직접경비 (이윤 별도 없음)", en: "basis × rate + direct expenses (no separate profit)"),
            inputs: [TraceInput(LocalizedText(ko: "개발비 × 요율", en: "basis × rate"), .won(figures.rated)),
                     TraceInput(LocalizedText(ko: "직접경비", en: "direct expenses"), .won(directExpenses))],
            result: .won(figures.annual)))
    }

    /// One product's fee step, and the note when its rate was given.
    mutating func commercial(_ figures: CommercialFeeFigures, product: CommercialProduct, number: Int) {
        let reference = figures.rateGiven ? nil : rates.commercial.entry(product.grade)?.reference
        if figures.rateGiven {
            let book = figures.bookPercent
            notes.append(EstimateNote(code: "commercial_rate_given", text: LocalizedText(
                ko: "상용SW '\(product.name)'에는 요율표 대신 입력한 요율 \(figures.ratePercent)%를 적용했습니다" + (book.map { " (요율표의 \(product.grade)등급은 \($0)%)" } ?? "") + ".",
                en: "Commercial SW '\(product.name)' uses the given rate \(figures.ratePercent)% instead of the rate book" + (book.map { " (grade \(product.grade) there is \($0)%)" } ?? "") + ".")))
        }
        let step = rates.rounding
        recorder.record(TraceStep(
            key: "commercial_fee_\(number)",
            label: LocalizedText(ko: "상용SW 연간 유지관리비 — \(product.name) (\(product.grade)등급)",
                                 en: "commercial SW annual fee — \(product.name) (grade \(product.grade))"),
            formula: LocalizedText(ko: "최초 라이선스 구매 계약금액 × 등급별 요율", en: "initial licence price × grade rate"),
            inputs: [TraceInput(LocalizedText(ko: "라이선스 금액", en: "licence price"), .won(figures.licensePrice)),
                     TraceInput(LocalizedText(ko: "요율", en: "rate"), .percent(figures.ratePercent))],
            result: .won(figures.annualFee), rounding: step.value, rates: [reference, step.reference].compactMap { $0 }))
    }

    /// Each year's pro-rated parts, total and VAT; the period's total; the pro-rating note.
    mutating func period(_ figures: MaintenanceFigures) {
        for offset in 0..<figures.yearCount {
            let year = figures.years[offset], index = year.index
            let prefix = figures.yearCount > 1 || year.months != 12 ? "year\(index)_" : ""
            let label = LocalizedText(ko: prefix.isEmpty ? "" : "\(index)차년도 ", en: prefix.isEmpty ? "" : "year \(index) ")
            if let part = year.application, let annual = figures.application?.years[offset].annual {
                prorated(annual, to: part, months: year.months, key: "\(prefix)application",
                         name: LocalizedText(ko: label.ko + "응용SW 유지관리비", en: label.en + "application SW fee"))
            }
            if let part = year.commercial, let annual = figures.commercialAnnualTotal {
                prorated(annual, to: part, months: year.months, key: "\(prefix)commercial",
                         name: LocalizedText(ko: label.ko + "상용SW 유지관리비", en: label.en + "commercial SW fee"))
            }
            recorder.record(TraceStep(
                key: "\(prefix)total", label: LocalizedText(ko: label.ko + "유지관리비 (VAT 별도)", en: label.en + "maintenance total (excl. VAT)"),
                formula: LocalizedText(ko: "응용SW 유지관리비 + 상용SW 유지관리비", en: "application SW fee + commercial SW fee"),
                inputs: [year.application.map { TraceInput(LocalizedText(ko: "응용SW", en: "application SW"), .won($0)) },
                         year.commercial.map { TraceInput(LocalizedText(ko: "상용SW", en: "commercial SW"), .won($0)) }].compactMap { $0 },
                result: .won(year.total)))
            var vatRecorder = TraceRecorder()
            VATCalculation.record(total: year.total, vat: year.vat, totalWithVAT: year.totalWithVAT, edition: edition,
                                  recorder: &vatRecorder)
            for var vatStep in vatRecorder.steps {
                vatStep.key = prefix + vatStep.key
                vatStep.label = LocalizedText(ko: label.ko + vatStep.label.ko, en: label.en + vatStep.label.en)
                recorder.record(vatStep)
            }
        }
        if figures.yearCount > 1 {
            recorder.record(TraceStep(
                key: "period_total_with_vat", label: LocalizedText(ko: "기간 합계 (VAT 포함)", en: "period total (incl. VAT)"),
                formula: LocalizedText(ko: "연도별 VAT 포함 합계의 합 (\(figures.months)개월)", en: "sum of the years incl. VAT (\(figures.months) months)"),
                inputs: (0..<figures.yearCount).map {
                    TraceInput(LocalizedText(ko: "\($0 + 1)차년도", en: "year \($0 + 1)"), .won(figures.years[$0].totalWithVAT))
                },
                result: .won(figures.totalWithVAT)))
        }
        if figures.months % 12 != 0 {
            notes.append(EstimateNote(code: "prorated_by_month", text: LocalizedText(
                ko: "12개월이 아닌 연도는 연간 유지관리비(직접경비 포함)를 월할(× 개월 수 / 12)했습니다.",
                en: "Years shorter than 12 months are pro-rated by month (annual fee, direct expenses included, × months / 12).")))
        }
    }

    /// The pro-rating step of a year shorter than 12 months (none for a whole year).
    mutating func prorated(_ annual: Won, to amount: Won, months: Int, key: String, name: LocalizedText) {
        guard months != 12 else { return }
        let step = rates.rounding
        recorder.record(TraceStep(
            key: key, label: name,
            formula: LocalizedText(ko: "연간 유지관리비 × \(months) / 12 (월할)", en: "annual fee × \(months) / 12 (pro-rated by month)"),
            inputs: [TraceInput(LocalizedText(ko: "연간 유지관리비", en: "annual fee"), .won(annual)),
                     TraceInput(LocalizedText(ko: "개월 수", en: "months"), .number(ExactDecimal(Int64(months))))],
            result: .won(amount), rounding: step.value, rates: [step.reference]))
    }
}
