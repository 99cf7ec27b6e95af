/// Computes maintenance fees under one guide edition.
///
/// Application SW (요율제): TMP = Σ points of the five ratings; 요율 = base + span × TMP/100 (figures from the book);
/// 연간 유지관리비 = 개발비 × 요율 + 직접경비, with no separate 이윤 (the guide's example adds only 직접경비).
/// Commercial SW: 연간 유지관리비 = 라이선스 금액 × 등급별 요율. Fees are annual; a year shorter than 12 months
/// is pro-rated by month (× months / 12); VAT is added per year. Every amount is rounded by the book's
/// maintenance rounding (원 미만 절사 in the shipped books).
public enum MaintenanceEstimator {
    /// Estimates a request under `edition`.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations such as `months`, `basis`, `product.2.grade`)
    ///   or amounts that overflow.
    public static func estimate(_ request: MaintenanceRequest, edition: GuideEdition) throws -> MaintenanceEstimate {
        let rates = try edition.requireMaintenance()
        guard request.application != nil || !request.products.isEmpty else {
            throw DaegaError(.maintenanceNothingToEstimate, at: .field("basis"), "유지관리 대상이 없습니다",
                             expected: "응용SW(개발비 기준과 난이도 평가 다섯 개) 또는 상용SW(라이선스 금액과 등급) 중 하나 이상")
        }
        let period = try MaintenancePeriod(months: request.months)
        var recorder = TraceRecorder()
        var notes: [EstimateNote] = []
        let step = rates.rounding

        let application = try request.application.map {
            try applicationFee($0, rates: rates.application, period: period, step: step, recorder: &recorder, notes: &notes)
        }
        let commercial = try request.products.enumerated().map { offset, product in
            try commercialFee(product, number: offset + 1, rates: rates.commercial, book: edition.book, step: step,
                              recorder: &recorder, notes: &notes)
        }
        let commercialTotal = try Won.sum(commercial.map(\.annualFee), what: "상용SW 유지관리비")
        if commercial.count > 1 {
            recorder.record(TraceStep(
                key: "commercial_annual_total", label: LocalizedText(ko: "상용SW 연간 유지관리비 합계", en: "commercial SW annual total"),
                formula: LocalizedText(ko: "제품별 연간 유지관리비의 합", en: "sum of the products' annual fees"),
                inputs: commercial.map { TraceInput(LocalizedText(ko: $0.product.name, en: $0.product.name), .won($0.annualFee)) },
                result: .won(commercialTotal)))
        }

        var years: [MaintenanceYear] = []
        for (offset, months) in period.years.enumerated() {
            let index = offset + 1
            let prefix = period.years.count > 1 || months != 12 ? "year\(index)_" : ""
            let label = LocalizedText(ko: prefix.isEmpty ? "" : "\(index)차년도 ", en: prefix.isEmpty ? "" : "year \(index) ")
            let applicationPart = try application.map { fee in
                try prorated(fee.annualFees[offset], months: months, key: "\(prefix)application",
                             name: LocalizedText(ko: label.ko + "응용SW 유지관리비", en: label.en + "application SW fee"),
                             step: step, recorder: &recorder)
            }
            let commercialPart = try commercial.isEmpty ? nil : prorated(
                commercialTotal, months: months, key: "\(prefix)commercial",
                name: LocalizedText(ko: label.ko + "상용SW 유지관리비", en: label.en + "commercial SW fee"),
                step: step, recorder: &recorder)
            let parts = [applicationPart, commercialPart].compactMap { $0 }
            let total = try Won.sum(parts, what: "유지관리비")
            recorder.record(TraceStep(
                key: "\(prefix)total", label: LocalizedText(ko: label.ko + "유지관리비 (VAT 별도)", en: label.en + "maintenance total (excl. VAT)"),
                formula: LocalizedText(ko: "응용SW 유지관리비 + 상용SW 유지관리비", en: "application SW fee + commercial SW fee"),
                inputs: [applicationPart.map { TraceInput(LocalizedText(ko: "응용SW", en: "application SW"), .won($0)) },
                         commercialPart.map { TraceInput(LocalizedText(ko: "상용SW", en: "commercial SW"), .won($0)) }].compactMap { $0 },
                result: .won(total)))
            var yearRecorder = TraceRecorder()
            let vat = try VATCalculation(on: total, edition: edition, recorder: &yearRecorder)
            for var vatStep in yearRecorder.steps {
                vatStep.key = prefix + vatStep.key
                vatStep.label = LocalizedText(ko: label.ko + vatStep.label.ko, en: label.en + vatStep.label.en)
                recorder.record(vatStep)
            }
            years.append(MaintenanceYear(index: index, months: months, application: applicationPart, commercial: commercialPart,
                                         total: total, vat: vat.vat, totalWithVAT: vat.totalWithVAT))
        }
        let total = try Won.sum(years.map(\.total), what: "유지관리비 합계")
        let vat = try Won.sum(years.map(\.vat), what: "부가가치세 합계")
        let totalWithVAT = try Won.sum(years.map(\.totalWithVAT), what: "VAT 포함 합계")
        if years.count > 1 {
            recorder.record(TraceStep(
                key: "period_total_with_vat", label: LocalizedText(ko: "기간 합계 (VAT 포함)", en: "period total (incl. VAT)"),
                formula: LocalizedText(ko: "연도별 VAT 포함 합계의 합 (\(period.months)개월)", en: "sum of the years incl. VAT (\(period.months) months)"),
                inputs: years.map { TraceInput(LocalizedText(ko: "\($0.index)차년도", en: "year \($0.index)"), .won($0.totalWithVAT)) },
                result: .won(totalWithVAT)))
        }
        if period.years.contains(where: { $0 != 12 }) {
            notes.append(EstimateNote(code: "prorated_by_month", text: LocalizedText(
                ko: "12개월이 아닌 연도는 연간 유지관리비(직접경비 포함)를 월할(× 개월 수 / 12)했습니다.",
                en: "Years shorter than 12 months are pro-rated by month (annual fee, direct expenses included, × months / 12).")))
        }
        recorder.use([step.reference])
        return MaintenanceEstimate(
            edition: edition.year, editionTitle: edition.title, period: period, application: application,
            commercial: commercial, commercialFloor: rates.commercial.floorPercent, commercialAnnualTotal: commercialTotal,
            years: years, total: total, vat: vat, totalWithVAT: totalWithVAT,
            trace: recorder.steps, notes: notes, rates: recorder.rates)
    }

    static func applicationFee(_ request: ApplicationMaintenanceRequest, rates: ApplicationMaintenanceRates,
                               period: MaintenancePeriod, step: Sourced<RoundingStep>,
                               recorder: inout TraceRecorder, notes: inout [EstimateNote]) throws -> ApplicationMaintenanceFee {
        var difficulties: [AppliedDifficulty] = []
        for kind in DifficultyFactorKind.allCases {
            let table = rates.factors[kind]!.value
            guard let rating = request.ratings[kind] else {
                throw DaegaError(.missingInput, at: .field(kind.rawValue), "\(table.name.ko) 평가가 없습니다",
                                 expected: "단순/보통/복잡 중 하나 (기준: daega maintenance --show-rules)")
            }
            let level = table.level(rating)
            difficulties.append(AppliedDifficulty(kind: kind, name: table.name, rating: rating, points: level.points, rule: level.rule))
        }
        let score = difficulties.reduce(0) { $0 + $1.points }
        recorder.record(TraceStep(
            key: "difficulty_score", label: LocalizedText(ko: "유지관리 난이도 총점 (TMP)", en: "maintenance difficulty score (TMP)"),
            formula: LocalizedText(ko: "다섯 요인 평가 점수의 합", en: "sum of the five factors' points"),
            inputs: difficulties.map {
                TraceInput(LocalizedText(ko: "\($0.name.ko) (\($0.rating.koreanName))", en: "\($0.name.en) (\($0.rating.rawValue))"),
                           .number(ExactDecimal(Int64($0.points))))
            },
            result: .number(ExactDecimal(Int64(score))), rates: DifficultyFactorKind.allCases.map { rates.factors[$0]!.reference }))

        let formula = rates.formula.value
        let rate = formula.ratePercent(tmp: score)
        recorder.record(TraceStep(
            key: "application_rate", label: LocalizedText(ko: "응용SW 유지관리 요율", en: "application SW maintenance rate"),
            formula: LocalizedText(ko: formula.text, en: formula.text),
            inputs: [TraceInput(LocalizedText(ko: "TMP", en: "TMP"), .number(ExactDecimal(Int64(score))))],
            result: .percent(rate), rates: [rates.formula.reference, rates.range.reference]))

        guard request.directExpenses >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("direct_expenses"),
                             "직접경비가 음수(\(request.directExpenses.grouped)원)입니다", expected: "0 이상의 원 단위 금액")
        }
        let bases = try resolveBases(request.basis, period: period, recorder: &recorder, notes: &notes)
        let hundredth = ExactDecimal(significand: 1, scale: 2)
        var annualFees: [Won] = []
        for (offset, basis) in bases.enumerated() {
            if offset > 0 && basis == bases[offset - 1] {
                annualFees.append(annualFees[offset - 1])
                continue
            }
            let suffix = bases.allSatisfy({ $0 == bases[0] }) ? "" : "_year\(offset + 1)"
            let year = LocalizedText(ko: suffix.isEmpty ? "" : " (\(offset + 1)차년도 기준)", en: suffix.isEmpty ? "" : " (year \(offset + 1) basis)")
            let rated = try basis.multiplied(by: [rate, hundredth], rounding: step.value, what: "응용SW 유지관리비")
            recorder.record(TraceStep(
                key: "application_rated_amount\(suffix)", label: LocalizedText(ko: "개발비 × 요율" + year.ko, en: "basis × rate" + year.en),
                formula: LocalizedText(ko: "유지관리 대상 개발비 × 유지관리 요율", en: "development cost × maintenance rate"),
                inputs: [TraceInput(LocalizedText(ko: "개발비", en: "development cost"), .won(basis)),
                         TraceInput(LocalizedText(ko: "요율", en: "rate"), .percent(rate))],
                result: .won(rated), rounding: step.value, rates: [step.reference]))
            let annual = try rated.adding(request.directExpenses, what: "응용SW 유지관리비")
            recorder.record(TraceStep(
                key: "application_annual_fee\(suffix)",
                label: LocalizedText(ko: "응용SW 연간 유지관리비" + year.ko, en: "application SW annual fee" + year.en),
                formula: LocalizedText(ko: "개발비 × 요율 + 직접경비 (이윤 별도 없음)", en: "basis × rate + direct expenses (no separate profit)"),
                inputs: [TraceInput(LocalizedText(ko: "개발비 × 요율", en: "basis × rate"), .won(rated)),
                         TraceInput(LocalizedText(ko: "직접경비", en: "direct expenses"), .won(request.directExpenses))],
                result: .won(annual)))
            annualFees.append(annual)
        }
        notes.append(EstimateNote(code: "no_separate_profit", text: LocalizedText(
            ko: "요율제 유지관리비에는 이윤을 따로 더하지 않았습니다 (가이드 예제가 개발비 × 요율에 직접경비만 더함; 예제에서 추론한 규칙).",
            en: "No separate profit is added to rate-method maintenance (the guide's example adds only direct expenses to basis × rate; inferred from the example).")))
        return ApplicationMaintenanceFee(difficulties: difficulties, difficultyScore: score, ratePercent: rate, range: rates.range,
                                         formula: rates.formula, bases: bases, directExpenses: request.directExpenses, annualFees: annualFees)
    }

    static func resolveBases(_ basis: MaintenanceBasis, period: MaintenancePeriod,
                             recorder: inout TraceRecorder, notes: inout [EstimateNote]) throws -> [Won] {
        let yearCount = period.years.count
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
            return Array(repeating: estimate.total, count: yearCount)
        case let .given(amounts):
            guard amounts.count == 1 || amounts.count == yearCount else {
                throw DaegaError(.maintenanceBasisCount, at: .field("basis"),
                                 "개발비 기준이 \(amounts.count)개인데 유지관리 기간은 \(yearCount)개 연도입니다",
                                 expected: "기준 하나(매년 같은 기준) 또는 연도마다 하나씩 \(yearCount)개")
            }
            for amount in amounts where amount <= .zero {
                throw DaegaError(.valueOutOfRange, at: .field("basis"), "유지관리 대상 개발비가 0 이하(\(amount.grouped)원)입니다",
                                 expected: "0보다 큰 원 단위 금액 (VAT 별도)")
            }
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
            return amounts.count == 1 ? Array(repeating: amounts[0], count: yearCount) : amounts
        }
    }

    static func commercialFee(_ product: CommercialProduct, number: Int, rates: CommercialMaintenanceRates, book: String,
                              step: Sourced<RoundingStep>, recorder: inout TraceRecorder,
                              notes: inout [EstimateNote]) throws -> CommercialMaintenanceFee {
        let field = "product.\(number)"
        guard product.licensePrice > .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("\(field).license"),
                             "상용SW '\(product.name)'의 라이선스 금액이 0 이하(\(product.licensePrice.grouped)원)입니다",
                             expected: "0보다 큰 최초 라이선스 구매 계약금액 (원, VAT 별도)")
        }
        let rate: ExactDecimal
        let meaning: LocalizedText
        let reference: RateReference?
        if let given = product.ratePercent {
            try CommercialMaintenanceRates.validate(grade: product.grade, field: "\(field).grade")
            guard given > .zero, given <= ExactDecimal(100) else {
                throw DaegaError(.valueOutOfRange, at: .field("\(field).rate"), "상용SW '\(product.name)'의 요율 \(given)%가 범위를 벗어났습니다",
                                 expected: "0% 초과 100% 이하")
            }
            let entry = rates.grades.first { $0.value.grade == product.grade }
            rate = given
            meaning = entry?.value.meaning ?? LocalizedText(ko: "요율표에 없는 등급", en: "grade not in the rate book")
            reference = nil
            notes.append(EstimateNote(code: "commercial_rate_given", text: LocalizedText(
                ko: "상용SW '\(product.name)'에는 요율표 대신 입력한 요율 \(given)%를 적용했습니다" + (entry.map { " (요율표의 \(product.grade)등급은 \($0.value.percent)%)" } ?? "") + ".",
                en: "Commercial SW '\(product.name)' uses the given rate \(given)% instead of the rate book" + (entry.map { " (grade \(product.grade) there is \($0.value.percent)%)" } ?? "") + ".")))
        } else {
            let entry = try rates.grade(product.grade, field: "\(field).grade", book: book)
            rate = entry.value.percent
            meaning = entry.value.meaning
            reference = entry.reference
        }
        let fee = try product.licensePrice.multiplied(by: [rate, ExactDecimal(significand: 1, scale: 2)], rounding: step.value,
                                                      what: "상용SW 유지관리비")
        recorder.record(TraceStep(
            key: "commercial_fee_\(number)",
            label: LocalizedText(ko: "상용SW 연간 유지관리비 — \(product.name) (\(product.grade)등급)",
                                 en: "commercial SW annual fee — \(product.name) (grade \(product.grade))"),
            formula: LocalizedText(ko: "최초 라이선스 구매 계약금액 × 등급별 요율", en: "initial licence price × grade rate"),
            inputs: [TraceInput(LocalizedText(ko: "라이선스 금액", en: "licence price"), .won(product.licensePrice)),
                     TraceInput(LocalizedText(ko: "요율", en: "rate"), .percent(rate))],
            result: .won(fee), rounding: step.value, rates: [reference, step.reference].compactMap { $0 }))
        return CommercialMaintenanceFee(product: product, meaning: meaning, ratePercent: rate, gradeReference: reference, annualFee: fee)
    }

    static func prorated(_ annual: Won, months: Int, key: String, name: LocalizedText, step: Sourced<RoundingStep>,
                         recorder: inout TraceRecorder) throws -> Won {
        guard months != 12 else { return annual }
        let amount = try step.value.apply(Int128(annual.value) * Int128(months), over: 12, what: name.ko)
        recorder.record(TraceStep(
            key: key, label: name,
            formula: LocalizedText(ko: "연간 유지관리비 × \(months) / 12 (월할)", en: "annual fee × \(months) / 12 (pro-rated by month)"),
            inputs: [TraceInput(LocalizedText(ko: "연간 유지관리비", en: "annual fee"), .won(annual)),
                     TraceInput(LocalizedText(ko: "개월 수", en: "months"), .number(ExactDecimal(Int64(months))))],
            result: .won(amount), rounding: step.value, rates: [step.reference]))
        return amount
    }
}
