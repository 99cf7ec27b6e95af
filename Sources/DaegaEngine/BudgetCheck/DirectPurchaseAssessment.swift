/// 상용SW 직접구매 (소프트웨어 진흥법 제54조, 지침 제7~8조): in a project of at least the rule book's
/// `direct_purchase.project_won`, a product registered on the shopping mall (any price) or certified (GS, CC, NET, NEP)
/// at `product_won` or more must be bought directly; the others are listed for the officer to confirm.
public enum DirectPurchaseAssessment {
    /// The findings for a project amount: the products to buy directly and those left out, each when there are any.
    public static func findings(amount: Won, products: [SoftwarePurchase], rules: ProcurementRules) -> [Finding] {
        let thresholds = rules.directPurchase.value
        guard amount >= thresholds.project, !products.isEmpty else { return [] }
        let covered = products.filter { $0.status.isCovered(amount: $0.amount, productThreshold: thresholds.product) }
        let excluded = products.filter { !$0.status.isCovered(amount: $0.amount, productThreshold: thresholds.product) }
        let listed: [(FindingCode, [SoftwarePurchase], (String, String) -> LocalizedText)] = [
            (.directPurchaseApplies, covered, { ko, en in LocalizedText(
                ko: "사업금액 \(amount.grouped)원(\(thresholds.project.koreanUnits) 이상)에 직접구매 대상 상용SW(\(ko))가 있어 발주기관이 직접 구매해야 합니다(사업 예산에서 분리).",
                en: "The project (₩\(amount.grouped), ≥ \(thresholds.project.englishUnits)) includes commercial software to be bought directly (\(en)); the agency must buy it separately from the contract.") }),
            (.directPurchaseExcluded, excluded, { ko, en in LocalizedText(
                ko: "직접구매 대상이 아닌 상용SW: \(ko). 인증·등록이 없거나 인증 제품이 \(thresholds.product.koreanUnits) 미만입니다; 인증·등록 여부와 금액을 확인하세요.",
                en: "Commercial software not bought directly: \(en). It is neither certified nor registered, or certified under \(thresholds.product.englishUnits); confirm its status and amount.") }),
        ]
        return listed.filter { !$0.1.isEmpty }.map { code, products, message in
            Finding(code: code.rawValue, severity: .low, message: message(list(products, .ko), list(products, .en)),
                    rule: rule(thresholds), sources: [rules.directPurchase.reference])
        }
    }

    /// The products with their amounts and statuses, for a sentence.
    private static func list(_ products: [SoftwarePurchase], _ language: Language) -> String {
        products.map { "\($0.name) \($0.amount.grouped)\(language == .ko ? "원" : " won"), \($0.status.name.text(language))" }
            .joined(separator: "; ")
    }

    /// The rule, with the book's thresholds.
    private static func rule(_ thresholds: DirectPurchaseThresholds) -> LocalizedText {
        LocalizedText(ko: "소프트웨어 진흥법 제54조 상용SW 직접구매: 사업 \(thresholds.project.koreanUnits) 이상(VAT 포함)이고, 종합쇼핑몰·디지털서비스몰 등록 제품(금액 무관) 또는 GS·CC(국정원 검증)·NET·NEP 인증 제품으로 \(thresholds.product.koreanUnits) 이상; 제외 사유는 지침 제8조",
                      en: "SW Promotion Act art. 54 direct purchase: a project of \(thresholds.project.englishUnits) or more (incl. VAT) with a product registered on the PPS shopping mall (any price) or certified GS, CC (or NIS verified), NET or NEP at \(thresholds.product.englishUnits) or more; exclusions in the guideline's art. 8")
    }
}
