import DaegaEngine
@testable import DaegaIO
import Testing

/// Reading batch rows: every input column, Korean aliases, header checks.
@Suite struct BatchRowParserTests {
    static let header = "id,name,edition,ilf,eif,ei,eo,eq,integration,performance,compatibility,security,direct_expenses,staffing,wage_year,overhead_pct,tech_fee_pct,budget,months"

    func parse(_ header: String, _ row: String) throws -> (BatchRowParser, BatchRow) {
        let records = try CSVReader(bytes: Array("\(header)\n\(row)\n".utf8), path: "p.csv").readAll()
        let parser = try BatchRowParser(header: records[0], path: "p.csv")
        return (parser, parser.row(records[1]))
    }

    @Test(arguments: ["IT PM:2;응용SW개발자:3", "IT PM:2;응용SW개발자:3;", ";IT PM:2; ;응용SW개발자:3", " IT PM : 2 ;응용SW개발자:3 "])
    func staffingEntriesAreSplitOnSemicolonsSkippingBlankOnes(cell: String) throws {
        let (_, row) = try parse("id,staffing", "A,\(cell)")
        #expect(try row.inputs.get().staffing.lines == [StaffingLine(job: "IT PM", effort: .months(ExactDecimal(2))),
                                                         StaffingLine(job: "응용SW개발자", effort: .months(ExactDecimal(3)))])
    }

    @Test func aStaffingEntryWithoutQuantityIsAnErrorOnItsCell() throws {
        let (_, row) = try parse("id,budget,staffing", "A,100,IT PM:2;응용SW개발자")
        #expect(throws: DaegaError(.missingInput, at: .file(path: "p.csv", line: 2, column: 3), "'응용SW개발자'에 ':'가 없습니다",
                                   expected: "직무:수량 (예: \"IT PM:3\")")) { try row.inputs.get() }
    }

    static let maintenanceHeader = "id,budget,maintenance_basis,frequency,users,importance,interfaces,recovery,maintenance_rate,license_amount,grade,maintenance_budget"

    @Test func maintenanceColumnsReachTheMaintenanceInputs() throws {
        let (_, row) = try parse(Self.maintenanceHeader, "M,\"90,000,000\",\"480,000,000\",보통,복잡,normal,단순,보통,11,\"120,000,000\",1,")
        let maintenance = try #require(try row.inputs.get().maintenance)
        #expect(maintenance.bases == [Won(480_000_000)])
        #expect(maintenance.ratings == [.frequency: .normal, .users: .complex, .importance: .normal, .interfaces: .simple, .recovery: .normal])
        #expect(maintenance.products == [CommercialProduct(name: "상용SW", licensePrice: Won(120_000_000), grade: 1)])
        #expect(maintenance.budget == .ratePercent(ExactDecimal(11)))
        let (_, plain) = try parse(Self.maintenanceHeader, "D,100,,,,,,,,,,")
        #expect(try plain.inputs.get().maintenance == nil, "blank maintenance cells leave a development row alone")
    }

    /// Each bad maintenance cell is named by its line and column.
    @Test(arguments: [
        ("M,100,1000,가끔,,,,,,,,", ErrorCode.maintenanceRating, 4),
        ("M,100,,,,,,,,\"120,000,000\",,", .missingInput, 11),
        ("M,100,,,,,,,,,2,", .missingInput, 10),
        ("M,100,,,,,,,9,1000,1,9", .conflictingInputs, 9),
        ("M,100,,,,,,,x,1000,1,", .notANumber, 9),
    ])
    func badMaintenanceCellsAreNamed(row text: String, code: ErrorCode, column: Int) throws {
        let (_, row) = try parse(Self.maintenanceHeader, text)
        let error = try #require(throws: DaegaError.self) { try row.inputs.get() }
        #expect(error.code == code)
        #expect(error.location == .file(path: "p.csv", line: 2, column: column))
    }

    @Test func columnOrdinalsArePlacesInAllCases() {
        #expect(BatchColumn.allCases.map(\.ordinal) == Array(BatchColumn.allCases.indices))
    }

    @Test func everyInputColumnReachesTheInputs() throws {
        let (parser, row) = try parse(Self.header,
                                      "A-1,민원 시스템,2025,18,6,60,35,40,3,4,2,5,\"35,000,000\",IT PM:8;응용SW개발자:20.5,2025,150,22,\"650,000,000\",8.5")
        let inputs = try row.inputs.get()
        #expect(row.id == "A-1" && row.line == 2)
        #expect(inputs.name == "민원 시스템")
        #expect(inputs.functionPoints.edition == 2025 && inputs.staffing.edition == 2025)
        #expect(inputs.functionPoints.scope == .counts([.ilf: 18, .eif: 6, .ei: 60, .eo: 35, .eq: 40]))
        #expect(inputs.functionPoints.factorLevels == [.integration: 3, .performance: 4, .compatibility: 2, .security: 5])
        #expect(inputs.functionPoints.directExpenses == Won(35_000_000) && inputs.staffing.directExpenses == Won(35_000_000))
        #expect(inputs.staffing.lines == [StaffingLine(job: "IT PM", effort: .months(ExactDecimal(8))),
                                          StaffingLine(job: "응용SW개발자", effort: .months(ExactDecimal(parsing: "20.5")!))])
        #expect(inputs.staffing.wageYear == 2025)
        #expect(inputs.staffing.overheadPercent == ExactDecimal(150))
        #expect(inputs.staffing.technicalFeePercent == ExactDecimal(22))
        #expect(inputs.budget.amount == Won(650_000_000))
        #expect(inputs.budget.months == ExactDecimal(parsing: "8.5"))
        // An engine error about a field lands on the field's cell of the row, through the inputs or by name alone.
        let security = inputs.functionPoints.locate(DaegaError(.valueOutOfRange, at: .field("security"), "등급"))
        #expect(parser.place(security, line: row.line).location == .file(path: "p.csv", line: 2, column: 12))
        let job = inputs.staffing.locate(DaegaError(.unknownJob, at: .field("staffing[1].job"), "직무"))
        #expect(parser.place(job, line: row.line).location == .file(path: "p.csv", line: 2, column: 14))
        let wageYear = inputs.staffing.locate(DaegaError(.unknownWageYear, at: .field("wage_year"), "임금표"))
        #expect(parser.place(wageYear, line: row.line).location == .file(path: "p.csv", line: 2, column: 15))
    }

    @Test func aWageYearErrorWithoutAWageYearColumnLandsOnTheStaffingCell() throws {
        let (parser, row) = try parse("id,staffing,budget", "C,IT PM:3,\"90,000,000\"")
        let error = try row.inputs.get().staffing.locate(DaegaError(.unknownWageYear, at: .field("wage_year"), "임금표"))
        #expect(parser.place(error, line: row.line).location == .file(path: "p.csv", line: 2, column: 2))
    }

    @Test func fpTotalAndBlankCellsLeaveDefaults() throws {
        let (_, row) = try parse("id,fp,budget,overhead_pct,tech_fee_pct,integration", "B,\"1,250.5\",\"100,000,000\", , ,")
        let inputs = try row.inputs.get()
        #expect(inputs.functionPoints.scope == .total(ExactDecimal(parsing: "1250.5")!))
        #expect(inputs.functionPoints.factorLevels.isEmpty)
        #expect(inputs.staffing.overheadPercent == nil && inputs.staffing.technicalFeePercent == nil)
        #expect(inputs.functionPoints.edition == nil)
    }

    @Test func koreanAliasesReadTheSameInputs() throws {
        let korean = "사업번호,사업명,판,내부논리파일,외부연계파일,외부입력,외부출력,외부조회,연계복잡성,성능요구수준,운영환경호환성,보안성,직접경비,투입인력,임금적용연도,제경비율,기술료율,예산,사업기간"
        let cells = "A-1,민원,2025,1,2,3,4,5,1,2,3,4,100,IT PM:1,2025,144,20,1000,3"
        let (_, english) = try parse(Self.header, cells)
        let (_, aliased) = try parse(korean, cells)
        let a = try english.inputs.get(), b = try aliased.inputs.get()
        #expect(a.functionPoints == b.functionPoints && a.staffing == b.staffing && a.budget == b.budget && a.name == b.name)
    }

    @Test func headerNamesIgnoreCaseAndSpaces() {
        #expect(BatchColumn(header: " Budget ") == .budget)
        #expect(BatchColumn(header: "TECH_FEE_PCT") == .technicalFeePercent)
        #expect(BatchColumn(header: "agency") == nil)
    }

    @Test func headerWithoutIDIsRefused() throws {
        let records = try CSVReader(bytes: Array("name,fp\nx,1\n".utf8), path: "p.csv").readAll()
        let error = try #require(throws: DaegaError.self) { try BatchRowParser(header: records[0], path: "p.csv") }
        #expect(error.code == .csvMissingColumn)
        #expect(error.location == .file(path: "p.csv", line: 1, column: nil))
        #expect(error.expected?.contains("id") == true)
    }

    @Test func aColumnNamedTwiceThroughAnAliasIsRefused() throws {
        let records = try CSVReader(bytes: Array("id,budget,예산\n".utf8), path: "p.csv").readAll()
        do {
            _ = try BatchRowParser(header: records[0], path: "p.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .csvDuplicateColumn)
            #expect(error.location == .file(path: "p.csv", line: 1, column: 3))
        }
    }
}
