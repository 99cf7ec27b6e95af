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
        var settings = BudgetSettings()
        (settings.budget, settings.excludesVAT, settings.months, settings.awardRatio, settings.products) =
            (budget, budgetExcludesVAT, months, awardRatio, products)
        return try settings.merged(over: base, locator: .flags)
    }
}

extension Severity: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
}
