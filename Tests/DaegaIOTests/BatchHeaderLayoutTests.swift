import DaegaEngine
@testable import DaegaIO
import Testing

/// How batch headers are matched: normalised names, near misses, unknown columns, `--strict-columns` and result
/// columns of an earlier run.
@Suite struct BatchHeaderLayoutTests {
    func layout(_ header: String, strict: Bool = false) throws(DaegaError) -> BatchHeaderLayout {
        let fields = header.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return try BatchHeaderLayout(CSVHeader(CSVRecord(fields: fields, line: 1), path: "p.csv"), strict: strict)
    }

    /// Headers as people and daega itself write them: spaces, case, full-width forms, `_`/`-`, and the column's own unit.
    @Test(arguments: [
        ("운영환경 호환성", BatchColumn.compatibility), ("운영환경_호환성", .compatibility), ("ＢＵＤＧＥＴ", .budget),
        ("예산 (원)", .budget), ("예산(VAT 포함)", .budget), ("Budget (incl. VAT)", .budget), ("예산 [원]", .budget),
        ("직접경비(원)", .directExpenses), ("제경비율 (%)", .overheadPercent), ("Tech-Fee-Pct", .technicalFeePercent),
        ("사업기간(개월)", .months), ("사업 번호", .id), ("Wage Year", .wageYear), ("기능점수 (FP)", .fp), ("ＩＬＦ", .ilf),
        ("다중사이트 운영성", .compatibility),
    ])
    func normalisedHeadersMatch(header: String, column: BatchColumn) throws {
        let found = try layout(column == .id ? header : "id|\(header)")
        #expect(found.positions[column.ordinal] == (column == .id ? 0 : 1))
        #expect(found.unusedColumns.isEmpty)
        #expect(BatchColumn(header: header) == column)
    }

    /// A header that resembles a column the file lacks is an error on its cell naming the column meant.
    @Test(arguments: [
        ("id|budgt", 2, "budget"), ("id|예산 (천원)", 2, "budget"), ("id|name|예산(VAT 별도)", 3, "budget"),
        ("id|overhead_pc", 2, "overhead_percent"), ("id|budget_2026", 2, "budget"), ("id|총 예산", 2, "budget"),
        ("id|integraton", 2, "integration"), ("id|운영환경 호환", 2, "compatibility"),
    ])
    func nearMissesAreErrors(header: String, column: Int, meant: String) {
        #expect {
            _ = try layout(header)
        } throws: { error in
            guard let error = error as? DaegaError else { return false }
            return error.code == .csvColumnNearMiss && error.location == .file(path: "p.csv", line: 1, column: column)
                && (error.expected ?? "").contains("'\(meant)'")
        }
    }

    @Test func aNearMissOfAColumnAlreadyPresentIsCarriedThrough() throws {
        let found = try layout("id|budget|budget_2025|agency|비고")
        #expect(found.unusedColumns == ["budget_2025", "agency", "비고"])
        #expect(found.positions[BatchColumn.budget.ordinal] == 1)
    }

    @Test func shortNamesAreNotGuessedAt() throws {
        #expect(try layout("id|no|ep|비고").unusedColumns == ["no", "ep", "비고"])
    }

    @Test func strictColumnsRefuseEveryUnknownColumnAtOnce() throws {
        #expect(try layout("id|budget", strict: true).unusedColumns.isEmpty)
        let error = try #require(throws: DaegaError.self) { try layout("id|agency|budget|비고", strict: true) }
        #expect(error.code == .csvUnknownColumn)
        #expect(error.location == .file(path: "p.csv", line: 1, column: 2))
        #expect(error.message.contains("agency, 비고"))
    }

    @Test func resultColumnsOfAnEarlierRunAreRenamedNotDuplicated() throws {
        let earlier = "id|budget|" + BatchOutputRow.resultColumns.joined(separator: "|")
        let first = try layout(earlier, strict: true)
        #expect(first.unusedColumns.isEmpty)
        #expect(first.outputNames == ["id", "budget"] + BatchOutputRow.resultColumns.map { "이전_\($0)" })
        // The output of that run read again: the renamed columns and the new results, every name distinct.
        let second = try layout((first.outputNames + BatchOutputRow.resultColumns).joined(separator: "|"), strict: true)
        let names = second.outputNames + BatchOutputRow.resultColumns
        #expect(Set(names).count == names.count)
        #expect(second.outputNames.contains("이전2_risk"))
    }

    @Test(arguments: [("budget", "budget", 0), ("budgt", "budget", 1), ("예산액", "예산", 1), ("abc", "xyz", 3), ("", "ab", 2),
                      ("integraton", "integration", 1), ("kitten", "sitting", 3)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b, atMost: 5) == distance)
        #expect(EditDistance.between(a, b, atMost: 0) == min(distance, 1))
    }
}
