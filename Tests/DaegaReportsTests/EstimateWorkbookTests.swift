import DaegaEngine
import DaegaIO
import DaegaReports
import DaegaTestSupport
import Foundation
import Testing

/// Estimate workbooks: the saved values are the engine's figures (the SCM example's 68,467,488원), the figures are
/// formulas over marked input cells, and the rounding formulas follow daega's named steps.
@Suite struct EstimateWorkbookTests {
    let folder = NSTemporaryDirectory() + "daega-estimate-xlsx-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    func scmEstimate() throws -> (FunctionPointEstimate, SizeFactorCurve) {
        let project = try ProjectFile.read(Repository.sample("scm.toml"))
        let selection = RateSelection(library: Repository.library, date: CalendarDate(year: 2026, month: 3, day: 1)!)
        let preparation = try FunctionPointPreparation(try #require(project.functionPoints), selection: selection)
        return (try preparation.estimate(), try preparation.edition.requireFunctionPoints().sizeFactor.value)
    }

    /// Column B of a sheet by the label in column A.
    func values(_ path: String, sheet: String) throws -> [String: WorksheetCell] {
        let sheet = try WorkbookFile(contentsOf: path).sheet(named: sheet)
        var values: [String: WorksheetCell] = [:]
        for row in 1...sheet.lastRow {
            guard let label = sheet.cell(CellReference(column: 1, row: row))?.text,
                  let value = sheet.cell(CellReference(column: 2, row: row)) else { continue }
            values[label] = value
        }
        return values
    }

    @Test func scmWorkbookHoldsTheGuideFigures() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (estimate, curve) = try scmEstimate()
        let path = folder + "/scm.xlsx"
        try EstimateWorkbook.functionPoints(estimate, sizeFactorCurve: curve).xlsxBytes().write(to: URL(fileURLWithPath: path))
        #expect(try WorkbookFile(contentsOf: path).sheetNames == ["기능점수 산정", "SW개발비 산정"])
        let cost = try values(path, sheet: "SW개발비 산정")
        let expected: [(String, String, Bool)] = [
            ("기능점수", "85", true), ("기능점수당 단가", "553114", false), ("보정전 개발원가", "47014690", true),
            ("규모 보정계수", "1.28", true), ("규모 보정 후", "60178803", true), ("연계복잡성 계수", "0.94", false),
            ("개발원가 (보정후)", "53173990", true), ("이윤율", "0.25", false), ("이윤", "13293498", true),
            ("직접경비", "2000000", false), ("SW개발비 (VAT 별도)", "68467488", true), ("부가가치세", "6846749", true),
            ("SW개발비 (VAT 포함)", "75314237", true),
        ]
        for (label, value, isFormula) in expected {
            let cell = try #require(cost[label], "\(label)")
            #expect(ExactDecimal(parsing: cell.text) == ExactDecimal(parsing: value), "\(label)")
            #expect(cell.isFormula == isFormula, "\(label)")
        }
        let count = try WorkbookFile(contentsOf: path).sheet(named: "기능점수 산정")
        #expect(count.cell(CellReference("I23")!) == WorksheetCell(kind: .number, text: "85", isFormula: true))
        #expect(count.cell(CellReference("B5")!)?.text == "고객데이터")
    }

    @Test func manMonthAndCheckWorkbooks() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["check", "samples/civil-complaint.toml", "--as-of", "2026-03-01", "-o", folder + "/check.xlsx"])
        #expect(run.status == 0 || run.status == 1, "\(run.standardError)")
        let book = try WorkbookFile(contentsOf: folder + "/check.xlsx")
        #expect(book.sheetNames.first == "예산 검토")
        let review = try values(folder + "/check.xlsx", sheet: "예산 검토")
        let json = try CommandLineRun.daega(["check", "samples/civil-complaint.toml", "--as-of", "2026-03-01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(review["적정 대가 (VAT 포함)"]?.text == (object["proper_cost_with_vat"] as? Int).map(String.init))
        #expect(review["적정 대가 (VAT 포함)"]?.isFormula == true)
        #expect(review["유찰 위험"]?.text == Severity(name: object["risk"] as? String ?? "")?.koreanName)
        let mm = try CommandLineRun.daega(["mm", "--staff", "IT PM=3", "--staff", "응용SW개발자=6", "--wage-year", "2025",
                                           "-o", folder + "/mm.xlsx", "--format", "json"])
        #expect(mm.status == 0, "\(mm.standardError)")
        let mmJSON = try #require(try JSONSerialization.jsonObject(with: Data(mm.standardOutput.utf8)) as? [String: Any])
        let labor = try values(folder + "/mm.xlsx", sheet: "투입공수 산정")
        #expect(labor["사업대가 (VAT 별도)"]?.text == (mmJSON["total"] as? Int).map(String.init))
        #expect(labor["사업대가 (VAT 포함)"]?.text == (mmJSON["total_with_vat"] as? Int).map(String.init))
    }

    @Test func workbookOutputNeedsXlsx() throws {
        let run = try CommandLineRun.daega(["fp", "samples/scm.toml", "-o", folder + "/scm.csv"])
        #expect(run.status == 65)
        #expect(run.standardError.contains("-o: error:"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test(arguments: [
        (RoundingStep(rule: .toNearestOrAway, unit: 1), "ROUND(A1*B1,0)"),
        (RoundingStep(rule: .towardZero, unit: 10), "ROUNDDOWN(A1*B1,-1)"),
        (RoundingStep(rule: .awayFromZero, unit: 1000), "ROUNDUP(A1*B1,-3)"),
        (RoundingStep(rule: .toNearestOrEven, unit: 1),
         "IF(MOD(ROUND((A1*B1),6),1)=0.5,2*ROUND(ROUND((A1*B1),6)/2,0),ROUND(ROUND((A1*B1),6),0))"),
        (RoundingStep(rule: .toNearestOrEven, unit: 10),
         "IF(MOD(ROUND((A1*B1)/10,6),1)=0.5,2*ROUND(ROUND((A1*B1)/10,6)/2,0),ROUND(ROUND((A1*B1)/10,6),0))*10"),
    ])
    func roundingFormulas(step: RoundingStep, formula: String) {
        #expect(ExcelRounding.formula("A1*B1", step: step) == formula)
    }
}
