/// What each finding code means, in a sentence without one project's numbers: the key printed beside results that
/// list codes only (a batch's `findings` column, its workbook's 코드 설명 sheet). The switch is exhaustive, so a new
/// ``FindingCode`` cannot ship without its meaning.
public enum FindingCodeCatalogue {
    /// Every finding code with its meaning, in ``FindingCode`` order.
    public static var all: [(code: FindingCode, meaning: LocalizedText)] {
        FindingCode.allCases.map { ($0, meaning(of: $0)) }
    }

    /// The meaning of `code`.
    public static func meaning(of code: FindingCode) -> LocalizedText {
        switch code {
        case .coverageBelowGuide: LocalizedText( ko: "예산이 적정 대가(VAT 포함)보다 적지만, 통상 낙찰률로 낙찰되어도 사업자 손익분기는 넘음", en: "the budget is below the proper cost (incl. VAT), but a winning bid at the typical award ratio still breaks even")
        case .coverageTypicalBidBelowBreakEven: LocalizedText( ko: "통상 낙찰률로 낙찰되면 사업자 손익분기에 못 미침: 유찰 위험이 높음", en: "a winning bid at the typical award ratio falls below the vendor's break-even: high risk of a failed tender")
        case .coverageFullBudgetBelowBreakEven: LocalizedText( ko: "예산 전액으로 낙찰되어도 사업자 손익분기에 못 미침: 무응찰·단독응찰 가능성이 큼", en: "even a bid at the full budget is below break-even: no bid or a single bid is likely")
        case .overheadBelowFloor: LocalizedText( ko: "제경비율이 가이드의 하한보다 낮음", en: "the overhead rate is below the guide's floor")
        case .technicalFeeBelowFloor: LocalizedText( ko: "기술료율이 가이드의 하한보다 낮음", en: "the technical fee rate is below the guide's floor")
        case .wageTableOutdated: LocalizedText( ko: "기준일에 시행 중인 임금표보다 옛 적용연도의 임금을 씀", en: "wages from an older year than the table in force")
        case .applicationRateBelowRange: LocalizedText(ko: "응용SW 유지관리 요율이 가이드 하한(10%)보다 낮음", en: "the application maintenance rate is below the guide's floor (10%)")
        case .applicationRateBelowDifficulty: LocalizedText(ko: "응용SW 유지관리 요율이 난이도(TMP)에 따른 요율보다 낮음", en: "the application maintenance rate is below the rate its difficulty (TMP) gives")
        case .commercialRateBelowFloor: LocalizedText(ko: "상용SW 유지관리 요율이 등급과 무관한 최저 요율(12%)보다 낮음", en: "the commercial maintenance rate is below the lowest grade's rate (12%)")
        case .commercialRateBelowGrade: LocalizedText(ko: "상용SW 유지관리 요율이 서비스 등급의 요율보다 낮음", en: "the commercial maintenance rate is below its service grade's rate")
        case .budgetBelowEstimate: LocalizedText(ko: "1차년도 유지관리 예산이 산정액보다 적음", en: "the first year's maintenance budget is below the estimate")
        case .rateNotStated: LocalizedText(ko: "유지관리 예산이 금액으로만 주어져 요율이 명시되지 않음 (환산 요율을 함께 보임)", en: "the maintenance budget is an amount only, with no stated rate (the implied rate is shown)")
        case .durationTooShort: LocalizedText( ko: "계획 사업기간이 기능점수로 구한 적정 사업기간보다 짧음", en: "the planned duration is shorter than the proper duration from the function points")
        case .participationPool: LocalizedText( ko: "사업 금액으로 정해지는 참여 가능 기업 범위 (대기업 참여하한)", en: "which firms may bid at this amount (large-firm participation floor)")
        case .participationJustBelowThreshold: LocalizedText( ko: "사업 금액이 대기업 참여하한 바로 아래: 참여 가능 기업이 좁아짐", en: "the amount sits just below a participation floor, narrowing the firms that may bid")
        case .directPurchaseApplies: LocalizedText( ko: "상용SW 직접구매(분리발주) 대상일 수 있음", en: "commercial SW may have to be bought separately (direct purchase)")
        case .directPurchaseExcluded: LocalizedText(ko: "상용SW 중 직접구매 대상이 아닌 제품 (인증·등록 없음, 인증 제품 5천만원 미만): 확인용", en: "a commercial product that is not bought directly (not certified or registered, or certified under the amount): for confirmation")
        case .taskReviewApplies: LocalizedText( ko: "과업심의위원회 심의 대상 (간소화 요건 포함)", en: "the task review committee must review the project")
        case .subcontractingOverLimit: LocalizedText(ko: "하도급 비율이 상한(50%)을 넘음", en: "subcontracting above the limit (50%)")
        case .resubcontractingBarred: LocalizedText(ko: "재하도급이 계획됨 (원칙적 금지)", en: "re-subcontracting is planned (barred in principle)")
        case .durationSetByAgencyHead: LocalizedText(ko: "1억 이하 사업: 발주기관의 장이 사업기간을 정함", en: "a project of 1억 or less: the agency head sets the period")
        case .durationLongTermContract: LocalizedText(ko: "사업기간이 12개월을 넘어 장기계속계약을 검토해야 함", en: "a period over 12 months: consider a long-term continuing contract")
        case .maintenanceImprovementSeparate: LocalizedText(ko: "유지관리 사업의 기능개선이 시스템 규모의 기준 비율(약 7%) 이상이라 개발·재개발로 따로 산정해야 함", en: "improvements in a maintenance tender reach the share (about 7%) of the system that must be priced as development")
        case .priceWeightsAlternative: LocalizedText(ko: "협상 배점을 예외(기술 80 : 가격 20)로 하며 그 사유를 밝힘", en: "the negotiation uses the alternative weights (technical 80 : price 20) and names the case")
        case .priceWeightsCaseNotMet: LocalizedText(ko: "예외 배점(80:20)의 사유가 사업의 수치와 맞지 않음 (HW 50% 미만, 추정가격 1억 이상)", en: "the case given for the alternative weights does not hold for the project (hardware under 50%, estimated price 1억 or more)")
        case .planningWorkloadMethodMissing: LocalizedText(ko: "기획(ISP) 사업: 컨설팅 업무량 방식 수치가 없어 투입공수 방식으로 산정함", en: "a planning (ISP) project: priced by man-months, the consulting workload method's figures are not in daega")
        case .committeeReview: LocalizedText(ko: "(과업변경) 조정액이 계약금액의 기준 비율 이상이라 과업심의위원회 심의 대상", en: "(scope change) the adjustment reaches the committee line: the task review committee must review it")
        case .addedWorkUnpaid: LocalizedText(ko: "(과업변경) 추가 과업이 합의 단가 0원으로 대가 없이 수행됨", en: "(scope change) added work agreed at ₩0, done unpaid")
        case .agreedPriceOutsideRange: LocalizedText(ko: "(과업변경) 합의 단가가 변경 당시 단가 × 낙찰률과 변경 당시 단가 사이를 벗어남", en: "(scope change) the agreed unit price is outside the change-time price × award ratio to the change-time price")
        case .changedAtZero: LocalizedText(ko: "(과업변경) 변경으로 표시된 기능의 규모가 같아 금액이 0원", en: "(scope change) a function marked changed keeps its size, so it is priced at ₩0")
        case .extensionWithoutMoney: LocalizedText(ko: "(과업변경) 사업기간이 늘지만 계약금액은 늘지 않음", en: "(scope change) the period grows but the contract amount does not")
        case .periodShortAfterChange: LocalizedText(ko: "(과업변경) 변경 후 규모에 비해 사업기간이 짧음", en: "(scope change) the period after the change is short for the changed size")
        case .participationThresholdCrossed: LocalizedText(ko: "(과업변경) 조정 후 계약금액이 대기업 참여하한을 넘거나 밑돎", en: "(scope change) the adjusted contract crosses a large-firm participation threshold")
        case .maintenanceImprovementShare: LocalizedText(ko: "(과업변경) 유지관리 계약의 기능개선이 시스템 규모의 기준 비율을 넘어 개발로 따로 산정해야 함", en: "(scope change) improvements in a maintenance contract pass the share that must be priced as development")
        case .adjustmentDeadline: LocalizedText(ko: "(과업변경) 조정 청구를 받은 날부터 기한 안에 계약금액을 조정해야 함", en: "(scope change) the contract amount must be adjusted within the deadline after the claim")
        }
    }

    /// The meaning of the code spelt `code`, or `nil` for a text that is no finding code.
    public static func meaning(of code: String) -> LocalizedText? {
        FindingCode(rawValue: code).map { meaning(of: $0) }
    }
}
