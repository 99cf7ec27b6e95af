import DaegaEngine
import Testing

/// The function-list lint: duplicate names (case and spacing ignored, within data or within transactions), an EIF
/// also counted as a transaction, and a type with no function; deleted functions are left out.
@Suite struct FunctionListLintTests {
    static func warnings(_ rows: [(String, FunctionType)], deleted: Set<Int> = []) -> [FunctionListLint.Warning] {
        let entries = rows.enumerated().map { offset, row in
            FunctionEntry(name: row.0, type: row.1, measure: .typical, change: deleted.contains(offset) ? .deleted : .new)
        }
        return FunctionListLint.warnings(entries, lines: rows.indices.map { $0 + 2 }, path: "f.csv")
    }

    /// Every type present, so only the rows under test can warn.
    static let base: [(String, FunctionType)] = [("회원", .ilf), ("회원 등록", .ei), ("회원 목록 출력", .eo), ("회원 조회", .eq)]

    @Test func aCleanListHasNoWarning() {
        #expect(Self.warnings(Self.base).isEmpty)
    }

    /// Same name ignoring case and every space: a warning at the later line naming the first; same name in another
    /// kind (ILF `회원` and EI `회원`) is not a duplicate; ILF and EIF of one name are.
    @Test(arguments: [
        ("회원 등록", FunctionType.ei, true), ("회원등록", .ei, true), ("  회원  등 록", .eo, true), ("회원 등록 2", .ei, false),
        ("회원", .ei, false), ("회원", .eif, true), ("회원", .ilf, true),
    ])
    func duplicateNames(name: String, type: FunctionType, duplicate: Bool) {
        let warnings = Self.warnings(Self.base + [(name, type)])
        let found = warnings.first { $0.code == "function_list_duplicate_name" }
        #expect((found != nil) == duplicate, "\(warnings)")
        if let found {
            #expect(found.line == 6)
            #expect(found.message.ko.hasPrefix("f.csv:6: ") && found.message.ko.contains("행과 같은 이름"))
        }
    }

    @Test func caseIsIgnoredInLatinNames() {
        let warnings = Self.warnings(Self.base + [("Login", .ei), ("LOGIN", .ei)])
        #expect(warnings.map(\.code) == ["function_list_duplicate_name"])
        #expect(warnings.first?.message.en.contains("line 6") == true)
    }

    /// An EIF named like an EI/EO/EQ, before or after it, is flagged at the transaction's line naming the EIF's.
    @Test(arguments: [
        ([("인사정보", FunctionType.eif), ("인사 정보", .eq)], 7, "6행"), ([("인사정보", .eo), ("인사정보", .eif)], 6, "7행"),
    ])
    func externalFileCountedAsTransaction(rows: [(String, FunctionType)], line: Int, names: String) {
        let warnings = Self.warnings(Self.base + rows)
        #expect(warnings.map(\.code) == ["function_list_eif_as_transaction"])
        #expect(warnings.first?.line == line && warnings.first?.message.ko.contains(names) == true, "\(warnings)")
    }

    @Test func missingTypesAreNamedButEIFMayBeAbsent() {
        let warnings = Self.warnings([("회원", .ilf), ("회원 등록", .ei)])
        #expect(warnings.map(\.code) == ["function_list_type_missing", "function_list_type_missing"])
        #expect(warnings.allSatisfy { $0.line == nil })
        #expect(warnings[0].message.ko.contains("EO(외부출력)") && warnings[1].message.ko.contains("EQ(외부조회)"))
    }

    @Test func deletedFunctionsAreLeftOut() {
        #expect(Self.warnings(Self.base + [("회원 등록", .ei)], deleted: [4]).isEmpty)
        #expect(Self.warnings(Self.base + [("외부", .eq)], deleted: [3]).map(\.code) == [])
        #expect(Self.warnings(Self.base, deleted: [3]).map(\.code) == ["function_list_type_missing"])
    }
}
