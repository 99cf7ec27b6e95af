import DaegaEngine
import DaegaIO
import DaegaReports
import DaegaTestSupport
import Foundation
import Testing

/// Function lists read from KOSA-style workbooks: the committed SCM forms give the guide's count, and workbooks
/// written here with daega's writer exercise the header search, stale saved complexities and refused cells.
@Suite struct FunctionListWorkbookTests {
    let folder = NSTemporaryDirectory() + "daega-fp-xlsx-" + UUID().uuidString
    let rates = try! Repository.edition(2020).requireFunctionPoints()

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    /// A 정통법 form: guide text, the header on row 4, then `rows` of (name, type, RET/FTR, DET, saved complexity).
    func form(_ rows: [[WorkbookCell]], sheet: String = "FP산정") throws -> String {
        let header = ["①어플리케이션명", "②세부 업무명", "③단위프로세스명", "단위프로세스 설명", "④FP유형", "RET/FTR", "DET", "복잡도", "⑤가중치"]
        let sheetRows: [[WorkbookCell]] = [[.text("①어플리케이션명과 ④FP유형을 적는 양식입니다")], [], [], header.map { .text($0) }] + rows
        let path = folder + "/form.xlsx"
        try Workbook(sheets: [WorkbookSheet(name: "안내"), WorkbookSheet(name: sheet, rows: sheetRows)]).xlsxBytes()
            .write(to: URL(fileURLWithPath: path))
        return path
    }

    func row(_ name: String, _ type: String, _ ret: WorkbookCell, _ det: WorkbookCell, saved: String = "",
             weight: Int64? = nil) -> [WorkbookCell] {
        [.text("앱"), .text("업무"), .text(name), .empty, .text(type), ret, det, saved.isEmpty ? .empty : .text(saved),
         weight.map { WorkbookCell(.formula("FPWeight(E1,H1)", cached: ExactDecimal($0))) } ?? .empty]
    }

    func number(_ value: Int64) -> WorkbookCell { .number(ExactDecimal(value)) }

    @Test func detailedScmFormGivesTheGuideCount() throws {
        let list = try FunctionListFile.read(Repository.sample("scm-fp-detailed.xlsx"), rates: rates)
        #expect(list.entries.count == 18)
        let count = try FunctionPointCount.count(.functions(list.entries), rates: rates)
        #expect(count.total == ExactDecimal(85))
        #expect(list.notes.map(\.code) == ["function_sheet"])
        #expect(list.notes[0].text.ko.contains("'FP산정' 시트 7~32행"))
    }

    @Test func simpleScmFormUsesAverageWeights() throws {
        let list = try FunctionListFile.read(Repository.sample("scm-fp-simple.xlsx"), rates: rates)
        let count = try FunctionPointCount.count(.functions(list.entries), rates: rates)
        // 2 ILF × 7.5 + 1 EIF × 5.4 + 6 EI × 4.0 + 6 EO × 5.2 + 3 EQ × 3.9
        #expect(count.total == ExactDecimal(significand: 873, scale: 1))
    }

    @Test func staleSavedComplexityIsNotedAndRecomputed() throws {
        let path = try form([row("고객데이터", "ILF", number(2), number(25), saved: "단순", weight: 7),
                             row("조회", "EQ", number(1), number(5), saved: "단순", weight: 3)])
        let list = try FunctionListFile.read(path, rates: rates)
        #expect(list.entries.map(\.measure) == [.counts(det: 25, retOrFtr: 2), .counts(det: 5, retOrFtr: 1)])
        let stale = try #require(list.notes.first { $0.code == "stale_saved_values" })
        #expect(stale.text.ko.contains("H5 복잡도 단순→보통, I5 가중치 7→10"))
        #expect(!stale.text.ko.contains("H6") && !stale.text.ko.contains("I6"))
    }

    @Test(arguments: [
        (WorkbookCell(.formula("1+1", cached: ExactDecimal(2))), "G5", ErrorCode.workbookCellType),
        (WorkbookCell.text("열"), "G5", .notANumber),
    ])
    func badCountCellIsPlaced(det: WorkbookCell, cell: String, code: ErrorCode) throws {
        let path = try form([row("고객데이터", "ILF", number(1), det)])
        #expect {
            _ = try FunctionListFile.read(path, rates: rates)
        } throws: { error in
            guard let error = error as? DaegaError else { return false }
            return error.code == code && error.location == .cell(path: path, sheet: "FP산정", reference: CellReference(cell)!)
        }
    }

    @Test func missingTypeIsPlacedOnItsCell() throws {
        let path = try form([row("고객데이터", "ILF", number(1), number(10)), row("주문", "", number(1), number(4))])
        #expect {
            _ = try FunctionListFile.read(path, rates: rates)
        } throws: { ($0 as? DaegaError)?.location == .cell(path: path, sheet: "FP산정", reference: CellReference("E6")!) }
    }

    @Test func headerMergedOverTwoRowsAndAnXlsmName() throws {
        let header = ["①어플리케이션명", "②세부 업무명", "③단위프로세스명", "단위프로세스 설명", "④FP유형", "⑤가중치"]
        var sheet = WorkbookSheet(name: "FP산정(간이법)", rows: [header.map { .text($0) }, [],
                                                            [.text("SCM"), .text("고객"), .text("고객데이터"), .empty, .text("ILF")],
                                                            [.empty, .empty, .text("고객데이터 조회"), .empty, .text("EQ")]])
        sheet.mergedRanges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "A3:A4"]
        let path = folder + "/form.xlsm"
        try Workbook(sheets: [sheet]).xlsxBytes().write(to: URL(fileURLWithPath: path))
        let list = try FunctionListFile.read(path, rates: rates)
        #expect(list.entries.map(\.name) == ["고객데이터", "고객데이터 조회"])
        #expect(list.notes[0].text.ko.contains("3~4행"))
    }

    @Test func otherSheetByName() throws {
        let path = try form([row("고객데이터", "ILF", number(1), number(10))], sheet: "내 목록")
        #expect {
            _ = try FunctionListFile.read(path, rates: rates)
        } throws: { error in
            (error as? DaegaError)?.code == .workbookSheetNotFound && (error as? DaegaError)?.message.contains("'안내', '내 목록'") == true
        }
        let list = try FunctionListFile.read(path, sheet: "내 목록", rates: rates)
        #expect(list.entries.map(\.name) == ["고객데이터"])
    }

    @Test func sheetWithoutHeaderIsRefused() throws {
        let path = try form([], sheet: "FP산정")
        let noHeader = folder + "/plain.xlsx"
        try Workbook(sheets: [WorkbookSheet(name: "FP산정", rows: [[.text("메모")]])]).xlsxBytes().write(to: URL(fileURLWithPath: noHeader))
        #expect { _ = try FunctionListFile.read(noHeader, rates: rates) } throws: { ($0 as? DaegaError)?.code == .workbookHeaderNotFound }
        #expect { _ = try FunctionListFile.read(path, rates: rates) } throws: { ($0 as? DaegaError)?.code == .emptyFunctionList }
    }
}
