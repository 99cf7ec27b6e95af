import DaegaEngine
import DaegaIO
import Testing

@Test func headerFindsColumns() throws {
    let header = try CSVHeader(CSVRecord(fields: ["사업명", "금액", "비고"], line: 1), path: "in.csv",
                               required: ["금액", "사업명"])
    #expect(header.index(of: "금액") == 1)
    #expect(header.index(of: "없음") == nil)
    #expect(header.names == ["사업명", "금액", "비고"])
}

@Test func duplicateColumnIsReportedAtItsSecondUse() throws {
    let error = #expect(throws: DaegaError.self) {
        _ = try CSVHeader(CSVRecord(fields: ["a", "금액", "b", "금액"], line: 2), path: "in.csv")
    }
    #expect(error?.code == .csvDuplicateColumn)
    #expect(error?.location == .file(path: "in.csv", line: 2, column: 4))
    #expect(error?.message == "열 이름이 두 번 나옵니다: 금액")
}

@Test func missingColumnsAreAllNamed() throws {
    let error = #expect(throws: DaegaError.self) {
        _ = try CSVHeader(CSVRecord(fields: ["사업명"], line: 1), path: "in.csv", required: ["사업명", "금액", "기간"])
    }
    #expect(error?.code == .csvMissingColumn)
    #expect(error?.location == .file(path: "in.csv", line: 1, column: nil))
    #expect(error?.message == "필수 열이 없습니다: 금액, 기간")
}

@Test("a record with too few or too many fields is reported at the first missing or extra one", arguments: [
    (["1", "2"], 3, "필드가 2개입니다"), (["1", "2", "3", "4"], 4, "필드가 4개입니다"),
])
func checksFieldCount(_ fields: [String], _ column: Int, _ message: String) throws {
    let header = try CSVHeader(CSVRecord(fields: ["a", "b", "c"], line: 1), path: "in.csv")
    try header.checkFieldCount(of: CSVRecord(fields: ["1", "2", "3"], line: 2))
    let error = #expect(throws: DaegaError.self) { try header.checkFieldCount(of: CSVRecord(fields: fields, line: 7)) }
    #expect(error?.code == .csvFieldCount)
    #expect(error?.location == .file(path: "in.csv", line: 7, column: column))
    #expect(error?.message == message)
    #expect(error?.expected == "머리글과 같은 3개")
}
