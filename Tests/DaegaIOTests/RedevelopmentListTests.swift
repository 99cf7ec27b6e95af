import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// Function lists with a change column (재개발): the sample's split, and bad change cells refused at their cell.
@Suite struct RedevelopmentListTests {
    static let rates = try! Repository.edition(2025).requireFunctionPoints()

    @Test func theSampleSplitsNewAndChangedPoints() throws {
        let list = try FunctionListFile.read(Repository.sample("hr-portal-redevelopment.csv"), rates: Self.rates)
        #expect(list.entries.map(\.change) == [.changed, .reused, .changed, .changed, .reused, .new, .new, .deleted])
        let count = try FunctionPointCount.count(.functions(list.entries), rates: Self.rates)
        // 신규: 인사발령 등록 EI 14/3 high 6 + 인사발령 통지 EO 9/2 avg 5; 변경: 사원정보 ILF 24/3 avg 10 × 0.25 (6/24 = 25%),
        // 사원정보 등록 EI 18/2 high 6 × 0.5 ((1/2 + 9/18) ÷ 2 = 50%); 급여연계정보 EIF is not measured.
        #expect(count.newPoints == ExactDecimal(11))
        #expect(count.changedPoints == ExactDecimal(significand: 55, scale: 1))
        #expect(count.total == ExactDecimal(significand: 165, scale: 1))
    }

    /// (what, CSV, code, line, column)
    static let badLists: [(String, String, ErrorCode, Int, Int)] = [
        ("unknown change kind", "name,type,change\n가,EI,고침\n", .unknownChoice, 2, 3),
        ("rate on a new function", "name,type,change,change_rate\n가,EI,신규,30\n", .conflictingInputs, 2, 4),
        ("rate and counts together", "name,type,det,ret_ftr,change,change_rate,det_changed\n가,EI,10,2,변경,30,2\n", .conflictingInputs, 2, 7),
        ("changed FTR without changed DET", "name,type,det,ret_ftr,change,det_changed,ftr_changed\n가,EI,10,2,변경,,1\n", .missingInput, 2, 6),
        ("rate that is not a number", "name,type,change,change_rate\n가,EI,변경,많이\n", .notANumber, 2, 4),
        ("changed function without a rate", "name,type,change\n가,ILF,변경\n", .redevelopmentChangeRate, 2, 3),
        ("rate above 100%", "name,type,change,change_rate\n가,ILF,변경,120\n", .redevelopmentChangeRate, 2, 4),
        ("more changed DET than DET", "name,type,det,ret_ftr,change,det_changed\n가,ILF,10,1,변경,11\n", .redevelopmentChangeRate, 2, 6),
    ]

    @Test(arguments: badLists)
    func badChangeCellsAreRefusedAtTheirCell(what: String, csv: String, code: ErrorCode, line: Int, column: Int) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write(Array(csv.utf8), to: "functions.csv")
        do {
            _ = try FunctionListFile.read(path, rates: Self.rates)
            Issue.record("\(what): accepted")
        } catch let error as DaegaError {
            #expect(error.code == code, "\(what): \(error)")
            #expect(error.location == .file(path: path, line: line, column: column), "\(what): \(error)")
        }
    }
}
