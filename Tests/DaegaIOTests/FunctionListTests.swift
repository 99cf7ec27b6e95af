import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

@Suite struct FunctionListTests {
    static let rates = try! Repository.edition(2020).requireFunctionPoints()

    /// Writes `text` in `encoding` to a function list in `directory` and returns its path.
    func write(_ text: String, encoding: String.Encoding = .utf8, in directory: TemporaryDirectory) throws -> String {
        try directory.write(Array(text.data(using: encoding)!), to: "functions.csv")
    }

    @Test func scmSampleCountsTo85() throws {
        let list = try FunctionListFile.read(Repository.sample("scm-functions.csv"), rates: Self.rates)
        #expect(list.entries.count == 18)
        #expect(list.ignoredColumns == ["비고"])
        #expect(try FunctionPointCount.count(.functions(list.entries), rates: Self.rates).total == ExactDecimal(85))
    }

    @Test func detailedSampleUsesTheMatrices() throws {
        let list = try FunctionListFile.read(Repository.sample("hr-portal-functions.csv"), rates: Self.rates)
        let count = try FunctionPointCount.count(.functions(list.entries), rates: Self.rates)
        // ILF 34/3 avg 10, 18/1 low 7, 22/2 avg 10; EIF 12/1 low 5, 55/4 high 10;
        // EI 28/3 high 6 ×2, 6/2 avg 4, 14/2 avg 4, 9/2 avg 4, 4/1 low 3; EO 45/4 high 7, 16/3 avg 5, 12/2 avg 5;
        // EQ 10/1 low 3, 8/2 avg 4, 15/1 low 3, 5/1 low 3.
        #expect(count.total == ExactDecimal(27 + 15 + 27 + 17 + 13))
        #expect(count.lines.first { $0.name == "급여 기준표 (재무시스템)" }?.complexity == .high)
    }

    @Test func koreanHeadersMixedMethodsAndCP949() throws {
        let text = "기능명,유형,복잡도\r\n고객 등록,외부입력,복잡\r\n고객 파일,내부논리파일,\r\n똠양꿍 조회,EQ,보통\r\n"
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write(text, encoding: String.Encoding(rawValue: 0x8000_0422), in: directory)
        let list = try FunctionListFile.read(path, rates: Self.rates)
        #expect(list.entries.map(\.measure) == [.complexity(.high), .typical, .complexity(.average)])
        #expect(list.entries[2].name == "똠양꿍 조회")
        #expect(try FunctionPointCount.count(.functions(list.entries), rates: Self.rates).total == ExactDecimal(parsing: "17.5"))
    }

    /// Each bad file fails at the stated line and column with the stated code.
    @Test(arguments: [
        ("name,type\nA,XYZ\n", ErrorCode.unknownChoice, 2, 2),
        ("name,type\n,EI\n", .missingInput, 2, 1),
        ("name,kind\nA,EI\n", .csvMissingColumn, 1, nil),
        ("name,type,det\nA,EI,3\n", .csvMissingColumn, 1, nil),
        ("name,type,name\nA,EI,B\n", .csvDuplicateColumn, 1, 3),
        ("name,type,det,ret_ftr\nA,EQ,5,0\n", .inquiryWithoutFileReference, 2, 4),
        ("name,type,det,ret_ftr\nA,ILF,0,1\n", .valueOutOfRange, 2, 3),
        ("name,type,det,ret_ftr\nA,EI,-3,1\n", .valueOutOfRange, 2, 3),
        ("name,type,det,ret_ftr\nA,EI,3.5,1\n", .notANumber, 2, 3),
        ("name,type,det,ret_ftr\nA,EI,3,\n", .missingInput, 2, 4),
        ("name,type,complexity\nA,EI,huge\n", .unknownChoice, 2, 3),
        ("name,type,det,ret_ftr,complexity\nA,EI,3,1,high\n", .conflictingInputs, 2, 5),
        ("name,type\n", .emptyFunctionList, 1, nil),
        ("", .emptyFunctionList, nil, nil),
        ("name,type\n\"A,EI\n", .csvSyntax, 2, 1),
    ] as [(String, ErrorCode, Int?, Int?)])
    func badListsAreRejected(text: String, code: ErrorCode, line: Int?, column: Int?) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try write(text, in: directory)
        do {
            _ = try FunctionListFile.read(path, rates: Self.rates)
            Issue.record("expected \(code)")
        } catch let error as DaegaError {
            #expect(error.code == code, "\(error)")
            #expect(error.location == .file(path: path, line: line, column: column), "\(error)")
        }
    }
}
