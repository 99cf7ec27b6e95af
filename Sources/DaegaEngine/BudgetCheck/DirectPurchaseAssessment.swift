/// 상용SW 직접구매 (소프트웨어 진흥법 제54조): a project of at least the rule book's `direct_purchase.project_won` with a
/// product of at least its `product_won`.
public enum DirectPurchaseAssessment {
    /// The finding when direct purchase applies, else `nil`.
    public static func finding(amount: Won, products: [SoftwarePurchase], rules: ProcurementRules,
                               narration: Narration = .full) -> Finding? {
        let thresholds = rules.directPurchase.value
        let qualifying = products.filter { $0.amount >= thresholds.product }
        guard amount >= thresholds.project, !qualifying.isEmpty else { return nil }
        let names = qualifying.map { "\($0.name) \($0.amount.grouped)원" }.joined(separator: ", ")
        return Finding(
            narration, code: "direct_purchase_applies", severity: .low,
            message: LocalizedText(
                ko: "사업금액 \(amount.grouped)원(\(thresholds.project.koreanUnits) 이상)에 \(thresholds.product.koreanUnits) 이상 상용SW(\(names))가 있어 발주기관이 직접 구매해야 합니다(사업 예산에서 분리).",
                en: "The project (₩\(amount.grouped), ≥ \(thresholds.project.englishUnits)) includes commercial software of \(thresholds.product.englishUnits) or more (\(names)); the agency must buy it directly, separately from the contract."),
            rule: LocalizedText(ko: "소프트웨어 진흥법 제54조 상용SW 직접구매 (사업 \(thresholds.project.koreanUnits) 이상, 단일 제품 \(thresholds.product.koreanUnits) 이상 등)",
                                en: "SW Promotion Act art. 54 direct purchase (project ≥ \(thresholds.project.englishUnits), product ≥ \(thresholds.product.englishUnits))"),
            sources: [rules.directPurchase.reference])
    }
}
