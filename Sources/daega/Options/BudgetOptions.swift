import ArgumentParser
import Foundation
import DaegaEngine
import DaegaIO

/// The budget flags of `daega check`.
struct BudgetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("점검할 예산 (원, VAT 포함)", valueName: "won"))
    var budget: String?

    @Flag(name: .customLong("budget-excludes-vat"), help: "예산이 VAT 별도 금액임 (부가세를 더해 점검)")
    var budgetExcludesVAT = false

    @Option(help: ArgumentHelp("계획 사업기간 (개월)", valueName: "months"))
    var months: String?

    @Option(name: .customLong("award-ratio"), help: ArgumentHelp("통상 낙찰률 % (기본값은 입찰 규칙 요율표)", valueName: "pct"))
    var awardRatio: String?

    @Option(name: .customLong("product"), help: ArgumentHelp("사업에 포함된 상용SW \"이름=금액[=상태]\" (상태: shopping_mall, gs, cc, net, nep, none; 여러 번)", valueName: "name=won[=status]"))
    var products: [String] = []

    /// Applies the flags over a project file's budget facts.
    /// - Throws: `DaegaError` naming the flag.
    func merged(over base: BudgetInput) throws -> BudgetInput {
        var input = base
        if let budget {
            input.amount = try ValueText.won(budget, at: .flag("--budget"))
            input.locations["budget"] = .flag("--budget")
        }
        if budgetExcludesVAT { input.excludesVAT = true }
        if let months {
            input.months = try ValueText.months(months, at: .flag("--months"))
            input.locations["months"] = .flag("--months")
        }
        if let awardRatio {
            input.awardRatioPercent = try ValueText.decimal(awardRatio, at: .flag("--award-ratio"), expected: "0 초과 100 이하의 %")
            input.locations["award_ratio"] = .flag("--award-ratio")
        }
        if !products.isEmpty {
            input.products = try products.map { text in
                let parts = text.split(separator: "=", maxSplits: 2).map(String.init)
                guard parts.count >= 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw DaegaError(.notANumber, at: .flag("--product"), "'\(text)'을(를) 읽을 수 없습니다",
                                     expected: "\"제품명=금액\" 또는 \"제품명=금액=상태\" (예: \"DBMS=120,000,000=gs\")")
                }
                var status = ProductStatus.unstated
                if parts.count == 3 {
                    guard let read = ProductStatus(spelling: parts[2]) else {
                        throw DaegaError(.unknownProductStatus, at: .flag("--product"), "상용SW 상태 '\(parts[2])'을(를) 알 수 없습니다",
                                         expected: ProductStatus.acceptedSpellings)
                    }
                    status = read
                }
                let amount = try ValueText.won(parts[1], at: .flag("--product"))
                guard amount >= .zero else {
                    throw DaegaError(.valueOutOfRange, at: .flag("--product"), "제품 금액이 음수입니다", expected: "0 이상의 금액")
                }
                return SoftwarePurchase(name: parts[0].trimmingCharacters(in: .whitespaces), amount: amount, status: status)
            }
        }
        return input
    }
}

extension Severity: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
}
