import DaegaEngine

/// Turns a contract-change file into the engine's request and prices it: counts the original scope under the edition
/// in force on the contract date, prices the original scope again under the edition in force on the change date, and
/// matches the change list against the contract's functions.
public enum ContractChangePlan {
    /// Prices the change in `file` with the books of `library`.
    /// - Throws: `DaegaError` placed at the file, line and column of the bad value.
    public static func run(_ file: ContractFile, library: RateLibrary) throws -> ContractChangeResult {
        let atContract = RateSelection(library: library, date: file.contractDate)
        let atChange = RateSelection(library: library, date: file.changeDate)
        guard let input = file.project.functionPoints, let scope = input.scope, scope.isCountable else {
            throw DaegaError(.missingInput, at: .file(path: file.project.path, line: nil, column: nil),
                             "당초 계약의 기능 목록이나 유형별 개수가 없습니다",
                             expected: "프로젝트 파일 [function_points]에 functions = \"목록.csv\" 또는 ilf/eif/ei/eo/eq 개수")
        }
        let original = try FunctionPointPreparation(input, selection: atContract)
        let rates = try original.edition.requireFunctionPoints()
        let count = try original.relocating { try FunctionPointCount.count(original.request.scope, rates: rates) }
        let award = try awardRatio(file, procurement: try rules(atContract, file: file, field: "contract_date"))

        var changeInput = input
        changeInput.edition = nil
        let changeTime = try FunctionPointPreparation(changeInput, selection: atChange)
        let changeTimeEstimate = try changeTime.estimate()

        let maintenance = file.isMaintenance
            ? try maintenanceFee(file, functionPoints: changeInput, selection: atChange) : nil
        let changeTimeCost = maintenance?.totalWithVAT ?? changeTimeEstimate.totalWithVAT

        let items = try changeItems(file, original: count, scope: original.request.scope, rates: rates)
        let request = ContractChangeRequest(
            contractAmount: file.amount, awardRatio: award, originalPoints: count.total,
            changeTimeCost: changeTimeCost, requester: file.requester, law: file.law,
            agreedUnitPrice: file.agreedUnitPrice, items: items, contractMonths: file.months, addedMonths: file.addedMonths,
            isMaintenance: file.isMaintenance, productivity: try? atChange.productivityBands(),
            changeTimeMonths: maintenance?.period.months)
        let procurement = try rules(atChange, file: file, field: "change_date")
        var result: ContractChangeResult
        do {
            result = try ContractChangeCalculator.calculate(request, procurement: procurement)
        } catch let error as DaegaError {
            throw error.relocated { field in
                field == "project" ? .file(path: file.project.path, line: nil, column: nil) : field.flatMap { file.locations[$0] }
            }
        }
        if let maintenance, let fee = maintenance.application {
            let months = maintenance.period.months
            let span = months == 12
                ? (ko: "연간(12개월) 금액입니다; 남은 기간으로 월할하려면 계약 파일 [change]에 remaining_months를 적으십시오",
                   en: "a yearly (12-month) figure; give remaining_months in the contract file's [change] to pro-rate it")
                : (ko: "계약 파일의 remaining_months에 따라 남은 \(months)개월로 월할(× 개월 수 / 12)한 금액입니다",
                   en: "pro-rated to the \(months) months remaining (× months / 12), as the contract file's remaining_months says")
            result.notes = [EstimateNote(code: "unit_price_basis", text: LocalizedText(
                ko: "유지관리 계약: 계약단가 = 유지관리 계약금액(\(file.months)개월) ÷ 시스템 기능점수 \(count.total.grouped) FP (「\(original.edition.title)」로 셈); 변경 당시 단가 = 변경일 \(file.changeDate)에 시행 중인 「\(maintenance.editionTitle)」로 당초 범위를 다시 산정한 개발비(VAT 별도) \(changeTimeEstimate.total.grouped)원 × 유지관리 요율 \(fee.ratePercent)% (TMP \(fee.difficultyScore)점, 프로젝트 파일 [maintenance]의 난이도 평가) + 부가가치세 = \(maintenance.totalWithVAT.grouped)원 ÷ 같은 기능점수. 유지관리 직접경비·상용SW는 기능점수당 단가에 넣지 않았습니다. 변경 당시 단가는 \(span.ko).",
                en: "Maintenance contract: contract unit price = the maintenance contract amount (\(file.months) months) ÷ the system's \(count.total.grouped) FP (counted under \"\(original.edition.title)\"); change-time unit price = the original scope's development cost (excl. VAT) priced again under \"\(maintenance.editionTitle)\", in force on the change date \(file.changeDate), ₩\(changeTimeEstimate.total.grouped) × maintenance rate \(fee.ratePercent)% (TMP \(fee.difficultyScore), from the ratings in the project file's [maintenance]) + VAT = ₩\(maintenance.totalWithVAT.grouped), ÷ the same FP. Maintenance direct expenses and commercial SW are left out of the per-FP price. The change-time unit price is \(span.en)."))]
            for reference in maintenance.rates where !result.rates.contains(reference) { result.rates.append(reference) }
        } else {
            result.notes = [EstimateNote(code: "unit_price_basis", text: LocalizedText(
                ko: "계약단가 = 계약금액 ÷ 계약 기능점수 \(count.total.grouped) FP (「\(original.edition.title)」로 셈, 직접경비 포함); 변경 당시 단가 = 변경일 \(file.changeDate)에 시행 중인 「\(changeTime.edition.title)」로 당초 범위를 다시 산정한 금액(VAT 포함) \(changeTimeEstimate.totalWithVAT.grouped)원 ÷ 같은 기능점수.",
                en: "Contract unit price = contract amount ÷ the contract's \(count.total.grouped) FP (counted under \"\(original.edition.title)\", direct expenses included); change-time unit price = the original scope priced again under \"\(changeTime.edition.title)\", in force on the change date \(file.changeDate), ₩\(changeTimeEstimate.totalWithVAT.grouped) incl. VAT, ÷ the same FP."))]
        }
        for reference in changeTimeEstimate.rates where !result.rates.contains(reference) { result.rates.append(reference) }
        return result
    }

    /// The yearly maintenance fee (VAT 포함) on the original scope's development cost under the edition in force on the
    /// change date, at the rate the project's `[maintenance]` ratings give, run through `MaintenanceEstimator`: application
    /// SW only, no maintenance direct expenses, 12 months or the file's `remaining_months` (pro-rated by month).
    /// - Throws: `DaegaError.missingInput` at the project file when it has no `[maintenance]` ratings, or the engine's
    ///   errors placed where the project file gave the value.
    static func maintenanceFee(_ file: ContractFile, functionPoints: FunctionPointInput,
                               selection: RateSelection) throws -> MaintenanceEstimate {
        let projectFile = InputLocation.file(path: file.project.path, line: nil, column: nil)
        guard var input = file.project.maintenance, !input.ratings.isEmpty else {
            throw DaegaError(.missingInput, at: projectFile,
                             "유지관리 계약인데 당초 프로젝트 파일에 유지관리 요율의 근거([maintenance] 난이도 평가)가 없어 변경 당시 단가(변경일 개발비 단가 × 유지관리 요율)를 계약단가와 같은 단위로 셀 수 없습니다",
                             expected: "프로젝트 파일에 [maintenance] 절과 frequency, users, importance, interfaces, recovery 평가(단순/보통/복잡) 다섯 개 (기준: daega maintenance --show-rules)")
        }
        input.edition = nil
        input.bases = []
        input.directExpenses = .zero
        input.products = []
        input.budget = nil
        input.months = file.remainingMonths ?? 12
        do {
            let preparation = try MaintenancePreparation(input, functionPoints: functionPoints, editionFlagGiven: false,
                                                         selection: selection)
            return try preparation.estimate(selection: selection, fallback: { _ in projectFile }).0
        } catch let error as DaegaError {
            throw error.relocated { _ in projectFile }
        }
    }

    /// The procurement rules in force on a date, placed at the date that chose them when none is.
    static func rules(_ selection: RateSelection, file: ContractFile, field: String) throws -> ProcurementRules {
        do {
            return try selection.procurementRules()
        } catch let error as DaegaError {
            throw error.relocated { _ in file.locations[field] }
        }
    }

    /// 낙찰률 from the file, checked against 100% and the price-score floor of the rules in force on the contract date.
    static func awardRatio(_ file: ContractFile, procurement: ProcurementRules) throws -> AwardRatio {
        let ratio = switch file.award {
        case let .ratioPercent(percent): AwardRatio(percent: percent)
        case let .estimatedPrice(estimate): AwardRatio(contract: file.amount, estimate: estimate)
        }
        // Before the price-score rule is covered (2017) there is no floor to check against.
        let floor = procurement.priceScore?.value.floorPercent
        if ratio.isAboveWhole {
            throw DaegaError(.changeAwardRatio, at: file.locations["award"], "낙찰률이 \(ratio.percent)%로 100%를 넘습니다",
                             expected: "예정가격 이하의 계약: 낙찰률 \(floor.map { "\($0)% 이상 " } ?? "")100% 이하 (예정가격은 계약금액 이상)")
        }
        if let floor, ratio.isBelow(percent: floor) {
            throw DaegaError(.changeAwardRatio, at: file.locations["award"],
                             "낙찰률 \(ratio.percent)%가 협상계약 가격평가의 하한 \(floor)%보다 낮습니다",
                             expected: "\(floor)% 이상 100% 이하 (「협상에 의한 계약체결기준」은 추정가격의 \(floor)% 미만 입찰을 \(floor)%로 평가)")
        }
        return ratio
    }

    /// The items the change touches, matched against the contract's functions or type counts.
    static func changeItems(_ file: ContractFile, original: FunctionPointCount, scope: FunctionPointScope,
                            rates: FunctionPointRates) throws -> [ChangeItemQuantity] {
        switch (file.change, scope) {
        case let (.functionList(path), .functions):
            return try ChangeListMatching.items(path: path, original: original, rates: rates)
        case let (.counts(added, deleted), .counts(counts)):
            return try countItems(added: added, deleted: deleted, original: counts, rates: rates, locations: file.locations)
        case (.functionList, _):
            throw DaegaError(.conflictingInputs, at: .file(path: file.path, line: nil, column: nil),
                             "당초 범위는 유형별 개수인데 변경은 기능 목록입니다", expected: "당초와 같은 방식: [change.added]/[change.deleted] 개수")
        case (.counts, _):
            throw DaegaError(.conflictingInputs, at: .file(path: file.path, line: nil, column: nil),
                             "당초 범위는 기능 목록인데 변경은 유형별 개수입니다", expected: "당초와 같은 방식: functions = \"변경목록.csv\"")
        }
    }

    /// One item per type whose count changes: existing types grow or shrink, a type absent from the contract is new.
    static func countItems(added: [FunctionType: Int], deleted: [FunctionType: Int], original: [FunctionType: Int],
                           rates: FunctionPointRates, locations: [String: InputLocation]) throws -> [ChangeItemQuantity] {
        try FunctionType.allCases.compactMap { type in
            let before = original[type] ?? 0, plus = added[type] ?? 0, minus = deleted[type] ?? 0
            if plus > 0, minus > 0 {
                throw DaegaError(.changeConflictingRows, at: locations["deleted.\(type.rawValue)"],
                                 "\(type.rawValue.uppercased())가 추가와 삭제에 함께 있습니다", expected: "유형마다 순증 또는 순감 하나")
            }
            guard minus <= before else {
                throw DaegaError(.changeUnknownFunction, at: locations["deleted.\(type.rawValue)"],
                                 "\(type.rawValue.uppercased()) \(minus)개를 삭제하지만 당초 계약에는 \(before)개뿐입니다",
                                 expected: "\(before) 이하")
            }
            guard plus > 0 || minus > 0 else { return nil }
            let weight = rates.simpleWeights.value[type]!
            return ChangeItemQuantity(name: type.koreanName, type: type, before: ExactDecimal(Int64(before)).multiplied(by: weight)!,
                                      after: ExactDecimal(Int64(before + plus - minus)).multiplied(by: weight)!, inContract: before > 0)
        }
    }
}

extension FunctionPointScopeSource {
    /// Whether the scope is a list or counts (a bare total has no items to change).
    var isCountable: Bool {
        if case .total = self { return false }
        return true
    }
}

extension FunctionPointPreparation {
    /// Runs a step, placing its errors where the project file gave the value.
    func relocating<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as DaegaError {
            throw error.relocated(to: locations)
        }
    }
}
