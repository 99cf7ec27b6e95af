import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// One name per setting: the table's canonical names work in project files, CSV headers and flags (flags in the CLI
/// tests), every old spelling still reads as the same setting, and docs/settings.md is the table.
@Suite struct SettingNameTests {
    @Test func canonicalNamesFollowTheRule() {
        for setting in SettingName.all {
            #expect(setting.name == setting.name.lowercased() && !setting.name.contains("-"), "\(setting.name)")
            if setting.sections == ["maintenance"], let column = setting.column, !["frequency", "users", "importance", "interfaces",
                                                                                   "recovery"].contains(column) {
                #expect(column == "maintenance_" + setting.name)
            } else if let column = setting.column, setting != .budget {
                #expect(column == setting.name)
            }
        }
        let otherFlags = SettingName.all.filter { $0.flag != $0.name.replacingOccurrences(of: "_", with: "-") }.map { "\($0.name) --\($0.flag)" }
        #expect(otherFlags == ["file --staffing", "amount --budget", "excludes_vat --budget-excludes-vat", "stage --range-stage",
                               "date --written-on", "number --document-number"], "the documented exceptions only")
    }

    /// Every input column but `id`, `name` and `staffing` is a setting of the table, named as the table names it.
    @Test func everyBatchSettingColumnIsInTheTable() {
        let columns = SettingName.all.compactMap(\.column)
        #expect(Set(columns).count == columns.count, "one column per setting")
        #expect(Set(columns) == Set(BatchColumn.allCases.map(\.rawValue)).subtracting(["id", "name", "staffing"]))
        for setting in SettingName.all {
            guard let column = setting.column else { continue }
            for spelling in [column] + setting.aliases {
                #expect(BatchColumn(header: spelling)?.rawValue == column, "\(spelling)")
            }
        }
    }

    /// Every name and old spelling of the table is a key of its project-file tables (a value of the wrong kind may
    /// be an error; an unknown key may not).
    @Test func everyNameOfTheTableIsAProjectFileKey() {
        for setting in SettingName.all {
            for section in setting.sections {
                for key in [setting.name] + setting.aliases {
                    let header = section.hasSuffix(".products") ? "[[\(section)]]" : "[\(section)]"
                    do {
                        _ = try ProjectFile.parse("name = \"t\"\n\(header)\n\(key) = 1\n", path: "p.toml")
                    } catch let error as DaegaError {
                        #expect(error.code != .projectUnknownKey, "\(header) \(key): \(error)")
                    } catch {
                        Issue.record("\(header) \(key): \(error)")
                    }
                }
            }
        }
    }

    @Test(arguments: [("overhead_percent", "overhead_rate"), ("overhead_percent", "overhead_pct"),
                      ("technical_fee_percent", "technical_fee_rate"), ("technical_fee_percent", "tech_fee_rate"),
                      ("technical_fee_percent", "tech_fee_pct")])
    func oldStaffingSpellingsReadAsTheSetting(canonical: String, old: String) throws {
        let text = "name = \"t\"\n[staffing]\n\(old) = 150\n"
        let aliased = try ProjectFile.parse(text, path: "p.toml")
        let plain = try ProjectFile.parse(text.replacingOccurrences(of: old, with: canonical), path: "p.toml")
        #expect(aliased.staffing == plain.staffing)
        #expect(aliased.staffing?.overheadPercent ?? aliased.staffing?.technicalFeePercent == ExactDecimal(150))
        #expect(plain.aliasesUsed.isEmpty)
        #expect(aliased.aliasesUsed.map(\.note) == ["p.toml:3:1: note: \(old)은(는) \(canonical)의 옛 이름입니다: \(canonical)(으)로 읽었습니다 (expected: \(canonical) = …)"])
    }

    @Test func oldProfitAndMaintenanceSpellingsReadAsTheSetting() throws {
        let old = """
            name = "t"
            [function_points]
            fp = 85
            profit_rate = 20
            [maintenance]
            basis = 100
            maintenance_rate = 11
            [[maintenance.products]]
            license_amount = 1000
            grade = 1
            rate = 15
            """
        let new = old.replacingOccurrences(of: "profit_rate", with: "profit_percent").replacingOccurrences(of: "maintenance_rate", with: "budget_rate")
            .replacingOccurrences(of: "license_amount", with: "license").replacingOccurrences(of: "rate = 15", with: "rate_percent = 15")
        let aliased = try ProjectFile.parse(old, path: "p.toml"), plain = try ProjectFile.parse(new, path: "p.toml")
        #expect(aliased.functionPoints?.profitPercent == ExactDecimal(20))
        #expect(aliased.functionPoints?.profitPercent == plain.functionPoints?.profitPercent)
        #expect(aliased.maintenance?.budget == .ratePercent(ExactDecimal(11)))
        #expect(aliased.maintenance?.products == [CommercialProduct(name: "상용SW 1", licensePrice: Won(1000), grade: 1, ratePercent: ExactDecimal(15))])
        #expect(aliased.maintenance?.products == plain.maintenance?.products && aliased.maintenance?.budget == plain.maintenance?.budget)
        #expect(aliased.aliasesUsed.map(\.spelling) == ["profit_rate", "license_amount", "rate", "maintenance_rate"])
        #expect(plain.aliasesUsed.isEmpty)
    }

    @Test func twoSpellingsOfOneSettingAreAnError() throws {
        #expect(throws: DaegaError(.conflictingInputs, at: .file(path: "p.toml", line: 4, column: 1),
                                   "overhead_percent과(와) overhead_rate은(는) 같은 설정(overhead_percent)입니다", expected: "overhead_percent 하나만")) {
            try ProjectFile.parse("name = \"t\"\n[staffing]\noverhead_percent = 144\noverhead_rate = 150\n", path: "p.toml")
        }
    }

    func parse(_ header: String, _ row: String) throws -> ProjectInputs {
        let records = try CSVReader(bytes: Array("\(header)\n\(row)\n".utf8), path: "p.csv").readAll()
        return try BatchRowParser(header: records[0], path: "p.csv").row(records[1]).inputs.get()
    }

    @Test(arguments: [["overhead_percent", "technical_fee_percent"], ["overhead_pct", "tech_fee_pct"], ["overhead_rate", "technical_fee_rate"],
                      ["제경비율", "기술료율"]])
    func everyStaffingColumnSpellingGivesTheSameInputs(names: [String]) throws {
        let inputs = try parse("id,staffing,\(names[0]),\(names[1])", "A,IT PM:3,150,30")
        #expect(inputs.staffing.overheadPercent == ExactDecimal(150))
        #expect(inputs.staffing.technicalFeePercent == ExactDecimal(30))
        #expect(inputs.staffing == (try parse("id,staffing,overhead_percent,technical_fee_percent", "A,IT PM:3,150,30")).staffing)
    }

    @Test(arguments: [["maintenance_budget_rate", "license"], ["maintenance_rate", "license_amount"]])
    func everyMaintenanceColumnSpellingGivesTheSameInputs(names: [String]) throws {
        let inputs = try parse("id,budget,maintenance_basis,\(names[0]),\(names[1]),grade", "M,100,1000,11,500,1")
        #expect(inputs.maintenance?.budget == .ratePercent(ExactDecimal(11)))
        #expect(inputs.maintenance?.products == [CommercialProduct(name: "상용SW", licensePrice: Won(500), grade: 1)])
    }

    /// docs/settings.md is rendered from the table (`DAEGA_UPDATE_GOLDEN=1` rewrites it).
    @Test func settingsDocumentIsTheTable() throws {
        var lines = ["| 설정 | 프로젝트 파일 | 옵션 | 일괄 CSV 열 | 옛 이름 (계속 읽음) |", "|---|---|---|---|---|"]
        for setting in SettingName.all {
            let sections = setting.sections.map { $0.hasSuffix(".products") ? "`[[\($0)]]`" : "`[\($0)]`" }.joined(separator: ", ")
            let old = setting.aliases.map { "`\($0)`" }
            lines.append("| \(setting.meaning) | \(sections) `\(setting.name)` | `--\(setting.flag)` | \(setting.column.map { "`\($0)`" } ?? "—") | "
                         + (old.isEmpty ? "—" : old.joined(separator: ", ")) + " |")
        }
        let rendered = """
            # 설정 이름 (Setting names)

            <!-- Generated from SettingName.all (Sources/DaegaIO/Settings/SettingName.swift) by SettingNameTests; \
            DAEGA_UPDATE_GOLDEN=1 swift test --filter SettingNameTests rewrites it. -->

            설정마다 이름은 하나입니다. 프로젝트 파일(TOML)의 키가 기준 이름이고, 명령줄 옵션은 그 이름의 `_`를 `-`로 바꾼 것,
            일괄 점검 CSV의 열 이름은 그 이름 그대로입니다(`[maintenance]`의 키는 `maintenance_`를 붙임: 한 행에 사업 자신의
            `budget`, `months`도 있기 때문). 명령줄에서 뜻이 흐려지는 몇 가지만 옵션 이름이 다릅니다: `[budget] amount` ↔ `--budget`,
            `[budget] excludes_vat` ↔ `--budget-excludes-vat`, `[staffing] file` ↔ `--staffing`, `[range] stage` ↔ `--range-stage`,
            `[document] date` ↔ `--written-on`, `[document] number` ↔ `--document-number`. 투입 인력 줄은 `[[staffing.lines]]`
            (`job`과 `months` 또는 `days`) ↔ `--staff "직무=개월"`·`--staff-days "직무=일수"` ↔ CSV 열 `staffing`(`직무:개월;직무:개월`)입니다.
            옛 이름은 모든 곳에서 계속 읽습니다: 프로젝트 파일에서는 기준 이름을 알려 주는 한 줄 note를 표준 오류에 쓰고,
            옵션(`--overhead-rate`처럼 `_`를 `-`로)과 CSV 열에서는 그대로 받습니다. 같은 설정을 두 이름으로 함께 쓰면 오류입니다.
            CSV 열은 한글 이름(예산, 제경비율 …)도 받습니다. 결과 파일의 열 이름은 입력의 이름을 그대로 옮깁니다.

            One name per setting: the project file's key; the flag is that key with `-` for `_`; the batch CSV column is the
            key (with `maintenance_` for `[maintenance]` keys). Old spellings keep working everywhere.

            \(lines.joined(separator: "\n"))

            """
        let path = Repository.root + "/docs/settings.md"
        if ProcessInfo.processInfo.environment["DAEGA_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == rendered)
    }
}
