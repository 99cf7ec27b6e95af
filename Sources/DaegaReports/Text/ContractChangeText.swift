import DaegaEngine

/// The terminal 변경관리내역서: totals, each item with the unit price applied and why, findings and the rules used.
public enum ContractChangeText {
    /// Renders a change in `language`.
    public static func render(_ result: ContractChangeResult, name: String, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        let prices = result.unitPrices
        var report = TextReport(title: (ko ? "변경관리내역서 (과업변경 계약금액 조정)" : "Change record (contract adjustment for a scope change)") + " — \(name)")
        report.rows(nil, [
            (ko ? "당초 계약금액 (VAT 포함)" : "Original contract (incl. VAT)", won(result.originalContract), nil),
            (ko ? "조정액" : "Adjustment", won(result.adjustment), "\(result.adjustmentPercent.fixedText)%"),
            (ko ? "조정 후 계약금액 (VAT 포함)" : "Adjusted contract (incl. VAT)", won(result.adjustedContract), nil),
            (ko ? "과업심의위원회 심의" : "Task review committee", result.committeeRequired ? (ko ? "필요" : "required") : (ko ? "불필요" : "not required"), nil),
            (ko ? "변경 요청" : "Requested by", ko ? result.requester.koreanName : result.requester.rawValue, nil),
            (ko ? "기능점수 (당초 → 변경 후)" : "Function points (before → after)", "\(result.pointsBefore.grouped) → \(result.pointsAfter.grouped) FP", nil),
            (ko ? "사업기간 (당초 + 연장 = 변경 후)" : "Period (contract + added = after)",
             ko ? "\(result.contractMonths) + \(result.addedMonths) = \(result.adjustedMonths)개월" : "\(result.contractMonths) + \(result.addedMonths) = \(result.adjustedMonths) months", nil),
        ])
        report.rows(ko ? "기능점수당 단가 (VAT 포함)" : "Unit prices per FP (incl. VAT)", [
            (ko ? "낙찰률" : "Award ratio", "\(result.awardRatioPercent.fixedText)%", nil),
            (ko ? "계약단가" : "Contract unit price", won(prices.contract), ko ? "계약금액 ÷ 계약 기능점수" : "contract ÷ contracted FP"),
            (ko ? "예정가격 단가" : "Estimate unit price", won(prices.estimate), ko ? "계약단가 ÷ 낙찰률" : "contract price ÷ award ratio"),
            (ko ? "변경 당시 단가" : "Change-time unit price", won(prices.changeTime), ko ? "변경일 시행 가이드로 재산정" : "priced again under the guide in force"),
            (ko ? "변경 당시 단가 × 낙찰률" : "Change-time price × award ratio", won(prices.changeTimeAtAward), nil),
            (ko ? "중간 단가 (\(result.clauses.value.midpointPercent)%)" : "Midpoint (\(result.clauses.value.midpointPercent)%)", won(prices.midpoint), nil),
        ] + (result.agreedUnitPrice.map { [(ko ? "합의 단가" : "Agreed unit price", won($0), nil)] } ?? []))
        report.rows(ko ? "변경 항목 (기능점수: 당초 → 변경 후, 단가, 근거)" : "Items (FP before → after, unit price, basis)", result.items.map { item in
            let quantity = item.quantity
            let label = "\(quantity.name) (\(quantity.type.rawValue.uppercased())\(quantity.inContract ? "" : (ko ? ", 신규 비목" : ", new item")))"
            let remark = "\(quantity.before.grouped) → \(quantity.after.grouped) FP × \(won(item.unitPrice)) — \(basisText(item, language: language))"
            return (label, won(item.amount), remark)
        })
        report.bullets(ko ? "발견 사항" : "Findings", result.findings.map { finding in
            "[\(ko ? finding.severity.koreanName : finding.severity.name)] \(finding.message.text(language))\n      \(ko ? "근거" : "Rule"): \(finding.rule.text(language))"
        })
        report.bullets(ko ? "적용 규칙과 상태" : "Rules applied and their status",
                       result.rates.map { "[\($0.status.rawValue)] \($0.source)" })
        report.bullets(ko ? "가정" : "Assumptions", result.notes.map { $0.text.text(language) })
        return report.rendered
    }

    /// Why an item's unit price, with its clause.
    public static func basisText(_ item: ContractChangeItem, language: Language) -> String {
        let ko = language == .ko
        let text: String = switch item.basis {
        case .decreaseAtContractPrice: ko ? "감소 물량은 계약단가" : "decrease at the contract unit price"
        case .increaseAtContractPrice: ko ? "증가 물량은 계약단가" : "increase at the contract unit price"
        case .increaseAtEstimatePrice: ko ? "증가 물량, 계약단가가 예정가격 단가보다 높아 예정가격 단가" : "increase, capped at the estimate's unit price"
        case .newItemAtChangeTimePrice: ko ? "신규 비목은 변경 당시 단가 × 낙찰률" : "new item at the change-time price × award ratio"
        case .agreedPrice: ko ? "발주기관 요청 변경, 합의 단가" : "agency-requested change at the agreed price"
        case .midpoint: ko ? "발주기관 요청 변경, 협의가 없어 변경 당시 단가와 그 × 낙찰률의 중간" : "agency-requested change without agreement: the midpoint"
        case .sizeUnchanged: ko ? "규모 변동 없음: 금액 없음" : "size unchanged: nothing priced"
        }
        return item.clause.isEmpty ? text : "\(text) (\(item.clause))"
    }
}
