import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// Contract-change files: the samples price as computed by hand, and every kind of bad input is refused at its place.
@Suite struct ContractChangeFileTests {
    static func contract(_ contract: String, change: String, list: String? = nil) throws -> (String, String) {
        let folder = NSTemporaryDirectory() + "daega-change-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/contract.toml"
        if let list { try list.write(toFile: folder + "/change.csv", atomically: true, encoding: .utf8) }
        let text = """
            format_version = 1
            name = "시험"
            project = "\(Repository.sample("hr-portal.toml"))"

            [contract]
            \(contract)

            [change]
            \(change)
            """
        return (text, path)
    }

    static let contract = "amount = 97_020_000\naward_ratio_percent = 90\ndate = 2025-09-01\nmonths = 5"
    static let change = "functions = \"change.csv\"\nrequested_by = \"agency\"\ndate = 2025-11-03"

    static func run(contract: String = contract, change: String = change, list: String? = "name,type,change\n직원 등록,EI,삭제\n") throws -> ContractChangeResult {
        let (text, path) = try Self.contract(contract, change: change, list: list)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try ContractChangePlan.run(try ContractFile.read(path), library: Repository.library)
    }

    static func error(contract: String = contract, change: String = change, list: String? = "name,type,change\n직원 등록,EI,삭제\n") -> DaegaError? {
        do {
            _ = try run(contract: contract, change: change, list: list)
            return nil
        } catch {
            return error as? DaegaError
        }
    }

    /// 99 FP for 97,020,000원 at 90%: 계약단가 980,000; the guide's 107,860,622원 ÷ 99 = 1,089,501 (절사).
    @Test func theAgencySampleIsPricedAsComputedByHand() throws {
        let result = try ContractChangePlan.run(try ContractFile.read(Repository.sample("hr-portal-change.toml")), library: Repository.library)
        #expect(result.unitPrices.contract == Won(980_000))
        #expect(result.unitPrices.changeTime == Won(1_089_501))
        #expect(result.unitPrices.changeTimeAtAward == Won(980_550))
        #expect(result.unitPrices.midpoint == Won(1_035_025))
        // +5 +2 +4 +7 FP at the midpoint, −5 FP at the contract price.
        #expect(result.adjustment == Won(18 * 1_035_025 - 5 * 980_000))
        #expect(result.pointsAfter == ExactDecimal(112))
        #expect(result.committeeRequired)
    }

    @Test func theVendorSampleUsesTheContractAndAwardPrices() throws {
        let result = try ContractChangePlan.run(try ContractFile.read(Repository.sample("hr-portal-change-vendor.toml")), library: Repository.library)
        // +7 FP at 980,000 (existing items), +11 FP at 980,550 (new items), −5 FP at 980,000.
        #expect(result.adjustment == Won(7 * 980_000 + 11 * 980_550 - 5 * 980_000))
    }

    @Test func anEstimatedPriceGivesTheAwardRatio() throws {
        let result = try Self.run(contract: "amount = 97_020_000\nestimated_price = 107_800_000\ndate = 2025-09-01\nmonths = 5")
        #expect(result.awardRatioPercent == ExactDecimal(90))
    }

    /// (what, contract, change, list, expected code, expected line in the file named)
    static let badInputs: [(String, String, String, String?, ErrorCode, Int?)] = [
        ("낙찰률 100% 초과", "amount = 97_020_000\naward_ratio_percent = 100.5\ndate = 2025-09-01\nmonths = 5", change, nil, .changeAwardRatio, 7),
        ("낙찰률이 하한 60% 미만", "amount = 97_020_000\naward_ratio_percent = 59.9\ndate = 2025-09-01\nmonths = 5", change, nil, .changeAwardRatio, 7),
        ("예정가격이 계약금액보다 작음", "amount = 97_020_000\nestimated_price = 90_000_000\ndate = 2025-09-01\nmonths = 5", change, nil, .changeAwardRatio, 7),
        ("낙찰률과 예정가격을 함께", "amount = 97_020_000\naward_ratio_percent = 90\nestimated_price = 107_800_000\ndate = 2025-09-01\nmonths = 5", change, nil, .conflictingInputs, 8),
        ("변경일이 계약일보다 앞섬", contract, "functions = \"change.csv\"\nrequested_by = \"agency\"\ndate = 2025-08-31", "name,type,change\n직원 등록,EI,삭제\n", .changeDateBeforeContract, 14),
        ("당초 목록에 없는 기능 변경", contract, change, "name,type,change\n없는 기능,EI,변경\n", .changeUnknownFunction, 2),
        ("당초 목록에 없는 기능 재사용", contract, change, "name,type,change\n없는 기능,EI,재사용\n", .changeUnknownFunction, 2),
        ("삭제하면서 변경", contract, change, "name,type,change\n직원 등록,EI,삭제\n직원 등록,EI,변경\n", .changeConflictingRows, 3),
        ("이미 있는 기능을 신규로", contract, change, "name,type,change\n직원 등록,EI,신규\n", .changeConflictingRows, 2),
        ("계약상대자 요청에 합의 단가", contract, "functions = \"change.csv\"\nrequested_by = \"vendor\"\ndate = 2025-11-03\nagreed_unit_price = 1_000_000", nil, .conflictingInputs, 15),
        ("알 수 없는 요청자", contract, "functions = \"change.csv\"\nrequested_by = \"mayor\"\ndate = 2025-11-03", nil, .unknownChoice, 13),
        ("당초는 목록인데 변경은 개수", contract, "requested_by = \"agency\"\ndate = 2025-11-03\n[change.added]\nei = 2", nil, .conflictingInputs, nil),
    ]

    @Test(arguments: badInputs)
    func badInputIsRefusedAtItsPlace(what: String, contract: String, change: String, list: String?, code: ErrorCode, line: Int?) throws {
        let error = try #require(Self.error(contract: contract, change: change, list: list ?? "name,type,change\n직원 등록,EI,삭제\n"), "\(what)")
        #expect(error.code == code, "\(what): \(error)")
        if let line {
            guard case let .file(path, errorLine, column)? = error.location else { Issue.record("\(what): \(error)"); return }
            // Change-list rows are placed in the CSV at their name cell; everything else at its key in the contract file.
            let inList = [ErrorCode.changeUnknownFunction, .changeConflictingRows].contains(code)
            #expect(path.hasSuffix(inList ? "/change.csv" : "/contract.toml"), "\(what): \(error)")
            #expect(errorLine == line, "\(what): \(error)")
            #expect(column == 1, "\(what): \(error)")
        }
    }
}

/// The maintenance sample: type counts, a change of law under 지방계약법, and the 7% 기능개선 rule.
@Suite struct MaintenanceChangeSampleTests {
    @Test func countsArePricedPerTypeAtTheMidpoint() throws {
        let result = try ContractChangePlan.run(try ContractFile.read(Repository.sample("civil-complaint-maintenance-change.toml")),
                                                library: Repository.library)
        // 10 EI × 4.0 + 3 EO × 5.2 = 55.6 FP added to 745.4 FP.
        #expect(result.pointsAfter == ExactDecimal(801))
        #expect(result.items.map(\.clause) == ["지방계약법 시행령 제74조", "지방계약법 시행령 제74조"])
        #expect(result.items.allSatisfy { $0.basis == .midpoint })
        #expect(result.adjustment == Won(40 * 962_806 + 156 * 962_806 / 10))  // 15.6 FP × 962,806, 절사
        #expect(result.findings.contains { $0.code == "maintenance_improvement_share" && $0.ratioPercent == ExactDecimal(significand: 746, scale: 2) })
        #expect(result.properMonthsSameTeam == nil)
    }

    @Test func deletingMoreThanTheContractHasIsRefused() throws {
        let folder = NSTemporaryDirectory() + "daega-change-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/contract.toml"
        try """
            format_version = 1
            name = "시험"
            project = "\(Repository.sample("civil-complaint.toml"))"
            [contract]
            amount = 88_000_000
            award_ratio_percent = 92
            date = 2026-01-02
            months = 12
            [change]
            requested_by = "agency"
            date = 2026-03-16
            [change.deleted]
            eif = 7
            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DaegaError(.changeUnknownFunction, at: .file(path: path, line: 13, column: 1),
                                   "EIF 7개를 삭제하지만 당초 계약에는 6개뿐입니다", expected: "6 이하")) {
            try ContractChangePlan.run(try ContractFile.read(path), library: Repository.library)
        }
    }
}
