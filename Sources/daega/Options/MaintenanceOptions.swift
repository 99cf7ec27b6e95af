import ArgumentParser
import DaegaEngine
import DaegaIO
import Foundation

/// The maintenance inputs of `daega maintenance` as flags (직접경비 comes from the shared `--direct-expenses`).
struct MaintenanceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("유지관리 대상 개발비 (원, VAT 별도). 한 번: 매년 같은 기준, 연도 수만큼 반복: 연도별 기준. 없으면 기능점수 입력의 개발비(VAT 별도)", valueName: "won"))
    var basis: [String] = []

    @Option(help: ArgumentHelp("유지관리 기간 (개월, 1~120; 기본 12). 12개월 단위로 연도를 나누고 남는 달은 월할", valueName: "n"))
    var months: String?

    @Option(help: "유지관리 횟수: 단순/보통/복잡 (simple/normal/complex)") var frequency: String?
    @Option(help: "시스템 사용자수: 단순/보통/복잡") var users: String?
    @Option(help: "시스템 중요도: 단순/보통/복잡") var importance: String?
    @Option(help: "타시스템 연계: 단순/보통/복잡") var interfaces: String?
    @Option(help: "오류복구 신속성: 단순/보통/복잡") var recovery: String?

    @Option(name: .setting(.license), help: ArgumentHelp("상용SW 최초 라이선스 금액 (원, VAT 별도). 제품마다 반복, --grade와 순서대로 짝", valueName: "won"))
    var license: [String] = []
    @Option(help: ArgumentHelp("상용SW 유지관리 등급 1~5. --license마다 하나", valueName: "n"))
    var grade: [String] = []
    @Option(name: .setting(.ratePercent), help: ArgumentHelp("상용SW 요율 % (요율표 대신). 주면 --license마다 하나", valueName: "pct"))
    var rate: [String] = []
    @Option(help: ArgumentHelp("상용SW 제품 이름. 주면 --license마다 하나", valueName: "name"))
    var product: [String] = []

    @Option(help: ArgumentHelp("점검할 1차년도 유지관리 예산 (원, VAT 별도)", valueName: "won"))
    var budget: String?
    @Option(name: .setting(.maintenanceBudgetRate), help: ArgumentHelp("점검할 예산의 유지관리 요율 %", valueName: "pct"))
    var budgetRate: String?

    @Flag(name: .customLong("show-rules"), help: "난이도 평가 기준과 상용SW 등급을 보여 줌")
    var showRules = false

    /// The flag that carries an engine field, for errors about fields the user never gave.
    static func flag(for field: String) -> InputLocation? {
        let parts = field.split(separator: ".")
        if parts.count == 3, parts[0] == "product" {
            let flag = ["license": "--license", "grade": "--grade", "rate": "--rate-percent"][String(parts[2])] ?? "--license"
            return .flag("\(flag) (\(parts[1])번째)")
        }
        return .flag("--" + field.replacingOccurrences(of: "_", with: "-"))
    }

    /// Applies the flags over `base` (a project file's inputs or empty): a flag always wins; products given by
    /// flags replace the file's products.
    /// - Throws: `DaegaError` naming the flag for a bad value, unpaired products or two budgets.
    func merged(over base: MaintenanceInput, directExpenses: String?) throws -> MaintenanceInput {
        var input = base
        if !basis.isEmpty {
            input.bases = try basis.map { try ValueText.won($0, at: .flag("--basis")) }
            input.locations["basis"] = .flag("--basis")
        }
        if let directExpenses {
            input.directExpenses = try ValueText.won(directExpenses, at: .flag("--direct-expenses"))
            input.locations["direct_expenses"] = .flag("--direct-expenses")
        }
        if let months {
            input.months = try ValueText.integer(months, at: .flag("--months"), in: Int.min...Int.max, what: "유지관리 기간(개월)")
            input.locations["months"] = .flag("--months")
        }
        let ratingFlags: [(DifficultyFactorKind, String?)] = [(.frequency, frequency), (.users, users), (.importance, importance),
                                                              (.interfaces, interfaces), (.recovery, recovery)]
        for (kind, text) in ratingFlags {
            guard let text else { continue }
            input.ratings[kind] = try MaintenanceRating.parse(text, at: .flag("--\(kind.rawValue)"))
            input.locations[kind.rawValue] = .flag("--\(kind.rawValue)")
        }
        if !license.isEmpty || !grade.isEmpty {
            input.products = try products()
            for number in 1...input.products.count {
                for part in ["license", "grade", "rate"] { input.locations["product.\(number).\(part)"] = Self.flag(for: "product.\(number).\(part)") }
            }
        }
        if budget != nil && budgetRate != nil {
            throw DaegaError(.conflictingInputs, at: .flag("--budget-rate"), "예산이 금액(--budget)과 요율(--budget-rate)로 함께 주어졌습니다",
                             expected: "--budget 또는 --budget-rate 중 하나")
        }
        if let budget {
            input.budget = .amount(try ValueText.won(budget, at: .flag("--budget")))
            input.locations["budget"] = .flag("--budget")
        }
        if let budgetRate {
            input.budget = .ratePercent(try ValueText.decimal(budgetRate, at: .flag("--budget-rate"), expected: "요율 % (예: 11 또는 12.5)"))
            input.locations["budget_rate"] = .flag("--budget-rate")
        }
        return input
    }

    func products() throws -> [CommercialProduct] {
        let pairing = "--license와 --grade를 같은 수만큼 제품 순서대로 (--rate-percent, --product는 주면 제품마다 하나)"
        guard license.count == grade.count else {
            throw DaegaError(.maintenanceProductPairing, at: .flag("--license/--grade"),
                             "--license \(license.count)개와 --grade \(grade.count)개의 수가 다릅니다", expected: pairing)
        }
        for (flag, values) in [("--rate-percent", rate), ("--product", product)] where !values.isEmpty && values.count != license.count {
            throw DaegaError(.maintenanceProductPairing, at: .flag(flag),
                             "\(flag) \(values.count)개가 제품 \(license.count)개와 수가 다릅니다", expected: pairing)
        }
        return try license.indices.map { index in
            let number = index + 1
            return CommercialProduct(
                name: product.isEmpty ? "상용SW \(number)" : product[index],
                licensePrice: try ValueText.won(license[index], at: .flag("--license (\(number)번째)")),
                grade: try ValueText.integer(grade[index], at: .flag("--grade (\(number)번째)"), in: Int.min...Int.max, what: "등급"),
                ratePercent: rate.isEmpty ? nil : try ValueText.decimal(rate[index], at: .flag("--rate-percent (\(number)번째)"), expected: "요율 % (예: 15)"))
        }
    }
}
