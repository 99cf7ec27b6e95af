import DaegaEngine
import Foundation

/// The budget settings as typed (flags or form fields), before they are read: one name per setting, shared by the CLI
/// and the web page.
public struct BudgetSettings: Sendable {
    /// `budget`: the budget in won (VAT 포함 unless `excludesVAT`).
    public var budget: String?
    /// `budget-excludes-vat`: the budget is VAT 별도.
    public var excludesVAT = false
    /// `months`: the planned duration.
    public var months: String?
    /// `award-ratio`: the typical award ratio in percent.
    public var awardRatio: String?
    /// `product`: commercial software "이름=금액[=상태]".
    public var products: [String] = []

    /// Creates empty settings.
    public init() {}

    /// Applies the settings over a project file's budget facts.
    /// - Parameter locator: where each setting was typed, for error messages.
    /// - Throws: `DaegaError` at the setting.
    public func merged(over base: BudgetInput, locator: SettingLocator) throws -> BudgetInput {
        var input = base
        if let budget {
            input.amount = try ValueText.won(budget, at: locator("budget"))
            input.locations["budget"] = locator("budget")
        }
        if excludesVAT { input.excludesVAT = true }
        if let months {
            input.months = try ValueText.months(months, at: locator("months"))
            input.locations["months"] = locator("months")
        }
        if let awardRatio {
            input.awardRatioPercent = try ValueText.decimal(awardRatio, at: locator("award-ratio"), expected: "0 초과 100 이하의 %")
            input.locations["award_ratio"] = locator("award-ratio")
        }
        if !products.isEmpty {
            input.products = try products.map { text in
                let parts = text.split(separator: "=", maxSplits: 2).map(String.init)
                guard parts.count >= 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw DaegaError(.notANumber, at: locator("product"), "'\(text)'을(를) 읽을 수 없습니다",
                                     expected: "\"제품명=금액\" 또는 \"제품명=금액=상태\" (예: \"DBMS=120,000,000=gs\")")
                }
                var status = ProductStatus.unstated
                if parts.count == 3 {
                    guard let read = ProductStatus(spelling: parts[2]) else {
                        throw DaegaError(.unknownProductStatus, at: locator("product"), "상용SW 상태 '\(parts[2])'을(를) 알 수 없습니다",
                                         expected: ProductStatus.acceptedSpellings)
                    }
                    status = read
                }
                let amount = try ValueText.won(parts[1], at: locator("product"))
                guard amount >= .zero else {
                    throw DaegaError(.valueOutOfRange, at: locator("product"), "제품 금액이 음수입니다", expected: "0 이상의 금액")
                }
                return SoftwarePurchase(name: parts[0].trimmingCharacters(in: .whitespaces), amount: amount, status: status)
            }
        }
        return input
    }
}
