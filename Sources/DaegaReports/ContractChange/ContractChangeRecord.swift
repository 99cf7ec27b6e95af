import DaegaEngine

/// The 변경관리내역서 of one change as labelled rows and one item table in one language: the renderer-neutral shape that
/// the terminal report shows and that a memo or office document can show the same way (every figure is the engine's).
public struct ContractChangeRecord: Sendable {
    /// A labelled figure with an optional remark.
    public struct Row: Sendable, Equatable {
        /// What the figure is.
        public var label: String
        /// The figure, formatted (won with separators and unit).
        public var value: String
        /// A short explanation, or empty.
        public var remark: String
    }

    /// One line of the item table.
    public struct ItemRow: Sendable, Equatable {
        /// The function's name and type, marked when it is a new item.
        public var item: String
        /// FP before and after.
        public var before: String, after: String
        /// The unit price applied.
        public var unitPrice: String
        /// Why that unit price, with its clause.
        public var basis: String
        /// The amount (negative for a decrease).
        public var amount: String
    }

    /// A finding in words.
    public struct FindingText: Sendable, Equatable {
        /// The severity's name.
        public var severity: String
        /// The sentence with its numbers.
        public var message: String
        /// The rule behind it, ending with the status of its rate-book sources, e.g. `[UNCERTAIN]`.
        public var rule: String
    }

    /// The document's title.
    public var title: String
    /// Totals, committee, requester, FP and period.
    public var summary: [Row]
    /// The unit prices per FP.
    public var unitPrices: [Row]
    /// The column headings of the item table.
    public var itemColumns: [String]
    /// The item table.
    public var items: [ItemRow]
    /// The findings, most serious first.
    public var findings: [FindingText]
    /// Every rule used, as `[STATUS] source`.
    public var rules: [String]
    /// The assumptions behind the unit prices.
    public var notes: [String]

    /// Lays out a change in `language`.
    public init(_ result: ContractChangeResult, name: String, language: Language) {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        let prices = result.unitPrices
        title = (ko ? "변경관리내역서 (과업변경 계약금액 조정)" : "Change record (contract adjustment for a scope change)") + " — \(name)"
        let period = ko ? "\(result.contractMonths) + \(result.addedMonths) = \(result.adjustedMonths)개월"
                        : "\(result.contractMonths) + \(result.addedMonths) = \(result.adjustedMonths) months"
        summary = [
            Row(label: ko ? "당초 계약금액 (VAT 포함)" : "Original contract (incl. VAT)", value: won(result.originalContract), remark: ""),
            Row(label: ko ? "조정액" : "Adjustment", value: won(result.adjustment), remark: "\(result.adjustmentPercent.fixedText)%"),
            Row(label: ko ? "조정 후 계약금액 (VAT 포함)" : "Adjusted contract (incl. VAT)", value: won(result.adjustedContract), remark: ""),
            Row(label: ko ? "과업심의위원회 심의" : "Task review committee",
                value: result.committeeRequired ? (ko ? "필요" : "required") : (ko ? "불필요" : "not required"), remark: ""),
            Row(label: ko ? "변경 요청" : "Requested by", value: ko ? result.requester.koreanName : result.requester.rawValue, remark: ""),
            Row(label: ko ? "기능점수 (당초 → 변경 후)" : "Function points (before → after)",
                value: "\(result.pointsBefore.grouped) → \(result.pointsAfter.grouped) FP", remark: ""),
            Row(label: ko ? "사업기간 (당초 + 연장 = 변경 후)" : "Period (contract + added = after)", value: period,
                remark: result.properMonthsSameTeam.map { ko ? "같은 인원으로 필요한 기간 약 \($0)개월" : "about \($0) months needed with the same team" } ?? ""),
        ]
        // Each unit price is cut to the book's step; the remark says so, as daega names every rounding step.
        let cut = ko ? result.rounding.koreanDescription : result.rounding.englishDescription
        let rounded: (String) -> String = { $0.isEmpty ? cut : "\($0), \(cut)" }
        let changeTimeRemark: String = switch result.changeTimeMonths {
        case nil: ko ? "변경일 시행 가이드로 재산정" : "priced again under the guide in force"
        case 12?: ko ? "변경일 개발비 단가 × 유지관리 요율, 연간" : "change-date development cost per FP × maintenance rate, yearly"
        case let months?: ko ? "변경일 개발비 단가 × 유지관리 요율, 남은 \(months)개월 월할"
                             : "change-date development cost per FP × maintenance rate, pro-rated to \(months) months"
        }
        unitPrices = [
            Row(label: ko ? "낙찰률" : "Award ratio", value: "\(result.awardRatioPercent.fixedText)%", remark: ""),
            Row(label: ko ? "계약단가" : "Contract unit price", value: won(prices.contract),
                remark: rounded(ko ? "계약금액 ÷ 계약 기능점수" : "contract ÷ contracted FP")),
            Row(label: ko ? "예정가격 단가" : "Estimate unit price", value: won(prices.estimate),
                remark: rounded(ko ? "계약금액 ÷ 낙찰률 ÷ 계약 기능점수" : "contract ÷ award ratio ÷ contracted FP")),
            Row(label: ko ? "변경 당시 단가" : "Change-time unit price", value: won(prices.changeTime), remark: rounded(changeTimeRemark)),
            Row(label: ko ? "변경 당시 단가 × 낙찰률" : "Change-time price × award ratio", value: won(prices.changeTimeAtAward), remark: rounded("")),
            Row(label: ko ? "중간 단가 (\(result.clauses.value.midpointPercent)%)" : "Midpoint (\(result.clauses.value.midpointPercent)%)",
                value: won(prices.midpoint), remark: rounded("")),
        ] + (result.agreedUnitPrice.map { [Row(label: ko ? "합의 단가" : "Agreed unit price", value: won($0),
                                                remark: ko ? "계약 파일의 합의 단가 그대로" : "as agreed in the contract file")] } ?? [])
        itemColumns = ko ? ["항목", "당초 FP", "변경 FP", "단가", "근거", "금액"] : ["Item", "FP before", "FP after", "Unit price", "Basis", "Amount"]
        items = result.items.map { item in
            let quantity = item.quantity
            return ItemRow(item: "\(quantity.name) (\(quantity.type.rawValue.uppercased())\(quantity.inContract ? "" : (ko ? ", 신규 비목" : ", new item")))",
                           before: quantity.before.grouped, after: quantity.after.grouped, unitPrice: won(item.unitPrice),
                           basis: Self.basisText(item, language: language), amount: won(item.amount))
        }
        findings = result.findings.map {
            FindingText(severity: ko ? $0.severity.koreanName : $0.severity.name, message: $0.message.text(language),
                        rule: Self.ruleText($0, language: language))
        }
        // Several entries of one table share a source (the five TMP factors): list each source once.
        var seen = Set<String>()
        rules = result.rates.map { "[\($0.status.rawValue)] \($0.source)" }.filter { seen.insert($0).inserted }
        notes = result.notes.map { $0.text.text(language) }
    }

    /// A finding's rule with the status of its sources: UNCERTAIN when any source is, VERIFIED when all are.
    static func ruleText(_ finding: Finding, language: Language) -> String {
        let rule = finding.rule.text(language)
        guard !finding.sources.isEmpty else { return rule }
        let status: RateStatus = finding.sources.contains { $0.status == .uncertain } ? .uncertain : .verified
        return "\(rule) [\(status.rawValue)]"
    }

    /// Why an item's unit price, with its clause.
    public static func basisText(_ item: ContractChangeItem, language: Language) -> String {
        let ko = language == .ko
        let text: String = switch item.basis {
        case .decreaseAtContractPrice: ko ? "감소 물량은 계약단가" : "decrease at the contract unit price"
        case .increaseAtContractPrice: ko ? "증가 물량은 계약단가" : "increase at the contract unit price"
        case .increaseAtEstimatePrice: ko ? "증가 물량, 계약단가가 예정가격 단가보다 높아 예정가격 단가" : "increase, capped at the estimate's unit price"
        case .newItemAtChangeTimePrice: ko ? "신규 비목은 변경 당시 단가 × 낙찰률" : "new item at the change-time price × award ratio"
        case .agreedPrice: ko ? "발주기관 요청(계약상대자 책임 없는 사유 포함) 변경, 합의 단가" : "change asked by the agency (or not the vendor's doing) at the agreed price"
        case .midpoint: ko ? "발주기관 요청(계약상대자 책임 없는 사유 포함) 변경, 협의가 없어 변경 당시 단가와 그 × 낙찰률의 중간" : "change asked by the agency (or not the vendor's doing) without agreement: the midpoint"
        case .sizeUnchanged: ko ? "규모 변동 없음: 금액 없음" : "size unchanged: nothing priced"
        }
        return item.clause.isEmpty ? text : "\(text) (\(item.clause))"
    }
}
