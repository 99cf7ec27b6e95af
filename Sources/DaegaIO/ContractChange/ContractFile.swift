import DaegaEngine
import Foundation

/// A contract-change file (`CONTRACT.toml`): the contract as awarded and one change to it.
///
/// ```toml
/// format_version = 1
/// name = "인사관리 포털 고도화 1차 과업변경"
/// project = "hr-portal.toml"          # the original scope (function list or counts)
///
/// [contract]
/// amount = 104_500_000                # VAT 포함
/// award_ratio_percent = 90.5          # or estimated_price = 115_000_000 (예정가격, VAT 포함)
/// date = 2025-09-01
/// months = 5
/// law = "national"                    # or "local"; kind = "development" or "maintenance"
///
/// [change]
/// functions = "hr-portal-change.csv"  # a change list, or [change.added] / [change.deleted] counts
/// requested_by = "agency"             # "agency", "vendor" or "law"
/// date = 2025-11-03
/// added_months = 1
/// agreed_unit_price = 600_000         # optional, won per FP (VAT 포함)
/// remaining_months = 9                # maintenance only, optional: pro-rate the change-time fee by the months left
/// ```
public struct ContractFile: Sendable {
    /// The newest contract-file format this build reads.
    public static let highestSupportedFormat: Int64 = 1

    /// How the change is given.
    public enum ChangeScope: Sendable, Equatable {
        /// A change-list CSV (path resolved against the contract file's folder).
        case functionList(path: String)
        /// 간이법 counts added and deleted per type.
        case counts(added: [FunctionType: Int], deleted: [FunctionType: Int])
    }

    /// How the award is given: the ratio itself or the estimated price it came from.
    public enum Award: Sendable, Equatable {
        /// 낙찰률 in percent.
        case ratioPercent(ExactDecimal)
        /// 예정가격 (VAT 포함).
        case estimatedPrice(Won)
    }

    /// The file's path.
    public var path: String
    /// The change's name.
    public var name: String
    /// The original scope's project file.
    public var project: ProjectFile
    /// The contract amount (VAT 포함).
    public var amount: Won
    /// The award.
    public var award: Award
    /// The contract date.
    public var contractDate: CalendarDate
    /// The contract period in months.
    public var months: Int
    /// The contract law.
    public var law: ContractLaw
    /// Whether it is a maintenance contract.
    public var isMaintenance: Bool
    /// The change.
    public var change: ChangeScope
    /// Who asked for it.
    public var requester: ChangeRequester
    /// The change date, which decides the unit prices in force.
    public var changeDate: CalendarDate
    /// Months added.
    public var addedMonths: Int
    /// The agreed unit price per FP (VAT 포함), when any.
    public var agreedUnitPrice: Won?
    /// For a maintenance contract, the months remaining after the change when the change-time maintenance fee is to be
    /// pro-rated by them (`remaining_months`); `nil` for the yearly fee.
    public var remainingMonths: Int?
    /// Where each value was given (`amount`, `award`, `contract_date`, `change_date`, `agreed_unit_price`, …).
    public var locations: [String: InputLocation]

    /// Reads and validates a contract-change file and the project file it names.
    /// - Throws: `DaegaError` naming `path:line:column`.
    public static func read(_ path: String) throws -> ContractFile {
        try parse(try TextFile.readUTF8(path), path: path)
    }

    /// Parses a contract-change file's text.
    /// - Throws: `DaegaError` naming `path:line:column`.
    public static func parse(_ text: String, path: String) throws -> ContractFile {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .projectSyntax)
        var root = TOMLTableReader(document, path: path, codes: .project)
        try root.formatVersion(highest: highestSupportedFormat, code: .projectSyntax, what: "계약 변경 파일")
        let folder = (path as NSString).deletingLastPathComponent
        let name = try root.string("name")
        let projectValue = try root.value("project")
        let projectPath = try ReferencedFile.path(projectValue, key: "project", in: root, folder: folder, expected: "당초 프로젝트 파일(.toml)")
        try ReferencedFile.check(projectPath, givenAt: root.location(of: projectValue), what: "당초 프로젝트 파일")
        let project = try ProjectFile.read(projectPath)
        var locations: [String: InputLocation] = [:]

        var contract = try root.table("contract")
        let amount = Won(try contract.integer("amount", in: 1...Int64.max))
        locations["amount"] = contract.location(of: "amount")
        let ratio = try contract.optionalDecimal("award_ratio_percent", in: ExactDecimal.zero...ExactDecimal(1_000))
        let estimate = try contract.optionalInteger("estimated_price", in: 1...Int64.max)
        let award: Award
        switch (ratio, estimate) {
        case let (ratio?, nil):
            award = .ratioPercent(ratio)
            locations["award"] = contract.location(of: "award_ratio_percent")
        case let (nil, estimate?):
            award = .estimatedPrice(Won(estimate))
            locations["award"] = contract.location(of: "estimated_price")
        case (nil, nil):
            throw DaegaError(.missingInput, at: contract.location(of: "award_ratio_percent"), "낙찰률도 예정가격도 없습니다",
                             expected: "[contract]에 award_ratio_percent = 90.5 또는 estimated_price = 금액(VAT 포함)")
        case (_?, _?):
            throw DaegaError(.conflictingInputs, at: contract.location(of: "estimated_price"), "낙찰률과 예정가격이 함께 있습니다",
                             expected: "award_ratio_percent와 estimated_price 중 하나 (낙찰률 = 계약금액 ÷ 예정가격)")
        }
        let contractDate = try contract.date("date")
        locations["contract_date"] = contract.location(of: "date")
        let months = Int(try contract.integer("months", in: 1...120))
        let law = try choice(&contract, "law", default: ContractLaw.national, accepted: ContractLaw.acceptedSpellings, read: ContractLaw.init(spelling:))
        let kind = try contract.optionalString("kind") ?? "development"
        guard ["development", "maintenance", "개발", "유지관리"].contains(kind) else {
            throw DaegaError(.unknownChoice, at: contract.location(of: "kind"), "알 수 없는 계약 종류 '\(kind)'",
                             expected: "\"development\"(개발) 또는 \"maintenance\"(유지관리)")
        }
        try contract.finish(allowed: "amount, award_ratio_percent, estimated_price, date, months, law, kind")

        var change = try root.table("change")
        let scope = try changeScope(&change, folder: folder, locations: &locations)
        let requester = try choice(&change, "requested_by", default: nil, accepted: ChangeRequester.acceptedSpellings,
                                   read: ChangeRequester.init(spelling:))
        let changeDate = try change.date("date")
        locations["change_date"] = change.location(of: "date")
        let addedMonths = Int(try change.optionalInteger("added_months", in: 0...120) ?? 0)
        let agreed = try change.optionalInteger("agreed_unit_price", in: 0...Int64.max).map(Won.init)
        if agreed != nil {
            locations["agreed_unit_price"] = change.location(of: "agreed_unit_price")
            guard requester.isAgencySide else {
                throw DaegaError(.conflictingInputs, at: change.location(of: "agreed_unit_price"),
                                 "계약상대자가 요청한 변경에 합의 단가가 있습니다",
                                 expected: "합의 단가는 발주기관 요청(agency)이나 법령 변경(law)에만 (국가계약법 시행령 제65조⑥)")
            }
        }
        let isMaintenance = kind == "maintenance" || kind == "유지관리"
        let remaining = try change.optionalInteger("remaining_months", in: 1...240).map { Int($0) }
        if let remaining {
            locations["remaining_months"] = change.location(of: "remaining_months")
            guard isMaintenance else {
                throw DaegaError(.conflictingInputs, at: change.location(of: "remaining_months"),
                                 "개발 계약에 남은 개월 수(remaining_months)가 있습니다",
                                 expected: "remaining_months는 유지관리 계약([contract] kind = \"maintenance\")에만: 변경 당시 유지관리비를 남은 개월 수로 월할")
            }
            guard remaining <= months + addedMonths else {
                throw DaegaError(.valueOutOfRange, at: change.location(of: "remaining_months"),
                                 "남은 개월 수 \(remaining)가 변경 후 계약기간 \(months + addedMonths)개월보다 깁니다",
                                 expected: "1 이상 \(months + addedMonths) 이하")
            }
        }
        try change.finish(allowed: "functions, added, deleted, requested_by, date, added_months, agreed_unit_price, remaining_months")
        try root.finish(allowed: "format_version, name, project, contract, change")
        guard changeDate >= contractDate else {
            throw DaegaError(.changeDateBeforeContract, at: locations["change_date"],
                             "변경일 \(changeDate)이 계약일 \(contractDate)보다 앞섭니다", expected: "계약일 \(contractDate) 이후의 날짜")
        }
        return ContractFile(path: path, name: name, project: project, amount: amount, award: award, contractDate: contractDate,
                            months: months, law: law, isMaintenance: isMaintenance, change: scope,
                            requester: requester, changeDate: changeDate, addedMonths: addedMonths, agreedUnitPrice: agreed,
                            remainingMonths: remaining, locations: locations)
    }

    /// Reads a spelled choice; without a default the key is required.
    static func choice<Choice>(_ reader: inout TOMLTableReader, _ key: String, default fallback: Choice?, accepted: String,
                               read: (String) -> Choice?) throws -> Choice {
        guard let text = try fallback == nil ? reader.string(key) : reader.optionalString(key) else { return fallback! }
        guard let value = read(text) else {
            throw DaegaError(.unknownChoice, at: reader.location(of: key), "'\(key)'의 값 '\(text)'을(를) 알 수 없습니다", expected: accepted)
        }
        return value
    }

    /// Reads `functions` or the `[change.added]` / `[change.deleted]` counts.
    static func changeScope(_ change: inout TOMLTableReader, folder: String,
                            locations: inout [String: InputLocation]) throws -> ChangeScope {
        if let value = try change.optionalValue("functions") {
            let path = try ReferencedFile.path(value, key: "functions", in: change, folder: folder, expected: "변경 목록 CSV 또는 .xlsx 파일")
            if change.has("added") || change.has("deleted") {
                throw DaegaError(.conflictingInputs, at: change.location(of: change.has("added") ? "added" : "deleted"),
                                 "변경 목록 파일과 유형별 개수가 함께 있습니다", expected: "functions 또는 [change.added]/[change.deleted] 중 하나")
            }
            try ReferencedFile.check(path, givenAt: change.location(of: value), what: "변경 목록")
            return .functionList(path: path)
        }
        func counts(_ key: String) throws -> [FunctionType: Int] {
            guard var table = try change.optionalTable(key) else { return [:] }
            var counts: [FunctionType: Int] = [:]
            for type in FunctionType.allCases {
                if let count = try table.optionalInteger(type.rawValue, in: 0...1_000_000) {
                    counts[type] = Int(count)
                    locations["\(key).\(type.rawValue)"] = table.location(of: type.rawValue)
                }
            }
            try table.finish(allowed: "ilf, eif, ei, eo, eq")
            return counts
        }
        let added = try counts("added"), deleted = try counts("deleted")
        guard !added.isEmpty || !deleted.isEmpty else {
            throw DaegaError(.missingInput, at: change.location(of: "functions"), "변경 내용이 없습니다",
                             expected: "functions = \"변경목록.csv\" 또는 [change.added]/[change.deleted]의 유형별 개수")
        }
        return .counts(added: added, deleted: deleted)
    }
}
