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

/// The maintenance sample: type counts, a change of law under 지방계약법, and the 7% 기능개선 rule. Both unit prices are
/// maintenance fees per FP: 계약단가 = the yearly contract ÷ FP, 변경 당시 단가 = the change-date development cost ×
/// the project's maintenance rate (TMP) + VAT ÷ FP.
@Suite struct MaintenanceChangeSampleTests {
    /// A contract file in a temporary folder next to `project`.
    static func contract(project: String, requester: String = "law", law: String = "local", kind: String = "maintenance",
                         extra: String = "") throws -> String {
        let folder = NSTemporaryDirectory() + "daega-change-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/contract.toml"
        try """
            format_version = 1
            name = "시험"
            project = "\(project)"
            [contract]
            amount = 88_000_000
            award_ratio_percent = 92
            date = 2026-01-02
            months = 12
            law = "\(law)"
            kind = "\(kind)"
            [change]
            requested_by = "\(requester)"
            date = 2026-03-16
            \(extra)
            [change.added]
            ei = 10
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The original scope's development cost (VAT 별도) under the 2025 guide, from the FP engine itself.
    static func developmentCost() throws -> Won {
        let project = try ProjectFile.read(Repository.sample("civil-complaint-in-service.toml"))
        let selection = RateSelection(library: Repository.library, date: CalendarDate(year: 2026, month: 3, day: 16)!)
        return try FunctionPointPreparation(project.functionPoints!, selection: selection).estimate().total
    }

    @Test func countsArePricedPerTypeAtTheMidpointOfMaintenancePrices() throws {
        let result = try ContractChangePlan.run(try ContractFile.read(Repository.sample("civil-complaint-maintenance-change.toml")),
                                                library: Repository.library)
        // 10 EI × 4.0 + 3 EO × 5.2 = 55.6 FP added to 745.4 FP.
        #expect(result.pointsAfter == ExactDecimal(801))
        #expect(result.items.map(\.clause) == ["지방계약법 시행령 제74조", "지방계약법 시행령 제74조"])
        #expect(result.items.allSatisfy { $0.basis == .midpoint })
        // By hand: development cost 679,617,441 (2025 guide, VAT 별도); TMP 14 + 18 + 17 + 11 + 6 = 66, rate
        // 10 + 5 × 66/100 = 13.3%; 679,617,441 × 13.3% = 90,389,119.65 → 90,389,119 (절사); VAT 9,038,911.9 →
        // 9,038,912 (반올림); 99,428,031 ÷ 745.4 = 133,388.8 → 133,388; × 92% = 122,716.96 → 122,716; midpoint
        // (133,388 + 122,716) ÷ 2 = 128,052. Before the fix the change-time price was 1,002,923 (a development cost).
        #expect(try Self.developmentCost() == Won(679_617_441))
        #expect(result.unitPrices.contract == Won(118_057))
        #expect(result.unitPrices.changeTime == Won(133_388))
        #expect(result.unitPrices.changeTimeAtAward == Won(122_716))
        #expect(result.unitPrices.midpoint == Won(128_052))
        #expect(result.changeTimeMonths == 12)
        // 40 × 128,052 + 15.6 × 128,052 (= 1,997,611.2 → 1,997,611) = 7,119,691: 8.09% of 88,000,000, not 60.83%.
        #expect(result.adjustment == Won(40 * 128_052 + 156 * 128_052 / 10))
        #expect(result.adjustment == Won(7_119_691))
        #expect(result.adjustmentPercent == ExactDecimal(significand: 809, scale: 2))
        #expect(result.findings.contains { $0.code == "maintenance_improvement_share" && $0.ratioPercent == ExactDecimal(significand: 746, scale: 2) })
        #expect(result.properMonthsSameTeam == nil)
        #expect(result.notes.first?.text.ko.contains("13.3%") == true)
        #expect(result.notes.first?.text.ko.contains("연간(12개월)") == true)
        #expect(result.rates.contains { $0.key.hasSuffix("maintenance.application.formula") })
    }

    /// 국가계약법 시행령 제65조⑥ (agency request, no agreement: the midpoint) with the fee pro-rated to 9 months left.
    @Test func agencyChangeWithRemainingMonthsIsProRatedByHand() throws {
        let path = try Self.contract(project: Repository.sample("civil-complaint-in-service.toml"), requester: "agency",
                                     law: "national", extra: "remaining_months = 9")
        let result = try ContractChangePlan.run(try ContractFile.read(path), library: Repository.library)
        // 90,389,119 × 9/12 = 67,791,839.25 → 67,791,839 (절사); VAT 6,779,183.9 → 6,779,184; 74,571,023 ÷ 745.4 =
        // 100,041.08 → 100,041; × 92% = 92,037.72 → 92,037; midpoint (100,041 + 92,037) ÷ 2 = 96,039; 40 FP × 96,039.
        #expect(result.changeTimeMonths == 9)
        #expect(result.unitPrices.changeTime == Won(100_041))
        #expect(result.unitPrices.changeTimeAtAward == Won(92_037))
        #expect(result.unitPrices.midpoint == Won(96_039))
        #expect(result.items.count == 1)
        #expect(result.items[0].basis == .midpoint)
        #expect(result.items[0].clause.contains("제65조"))
        #expect(result.adjustment == Won(3_841_560))
        #expect(result.notes.first?.text.ko.contains("남은 9개월") == true)
    }

    /// A vendor's increase of an existing type stays at the contract unit price (제65조③2), now the same unit.
    @Test func vendorIncreaseStaysAtTheContractUnitPrice() throws {
        let path = try Self.contract(project: Repository.sample("civil-complaint-in-service.toml"), requester: "vendor", law: "national")
        let result = try ContractChangePlan.run(try ContractFile.read(path), library: Repository.library)
        #expect(result.items.map(\.basis) == [.increaseAtContractPrice])
        #expect(result.adjustment == Won(40 * 118_057))
    }

    @Test func maintenanceContractWithoutMaintenanceBasisIsRefused() throws {
        let project = Repository.sample("civil-complaint.toml")
        let path = try Self.contract(project: project)
        do {
            _ = try ContractChangePlan.run(try ContractFile.read(path), library: Repository.library)
            Issue.record("expected a refusal")
        } catch let error as DaegaError {
            #expect(error.code == .missingInput)
            #expect(error.location == .file(path: project, line: nil, column: nil))
            #expect(error.message.contains("[maintenance]"))
            #expect(error.expected?.contains("frequency, users, importance, interfaces, recovery") == true)
        }
    }

    @Test func remainingMonthsIsRefusedOnADevelopmentContractAndBeyondThePeriod() throws {
        let project = Repository.sample("civil-complaint-in-service.toml")
        let development = try Self.contract(project: project, kind: "development", extra: "remaining_months = 9")
        #expect(throws: DaegaError.self) { try ContractFile.read(development) }
        do { _ = try ContractFile.read(development) } catch let error as DaegaError {
            #expect(error.code == .conflictingInputs)
            #expect(error.location == .file(path: development, line: 14, column: 1))
        }
        let tooLong = try Self.contract(project: project, extra: "remaining_months = 13")
        do { _ = try ContractFile.read(tooLong); Issue.record("expected a refusal") } catch let error as DaegaError {
            #expect(error.code == .valueOutOfRange)
            #expect(error.location == .file(path: tooLong, line: 14, column: 1))
        }
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
