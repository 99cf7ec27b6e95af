import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// Requirement lists: Korean headers in any order and encoding, the mapping line by line, and bad rows with their cell
/// (line and 1-based field number, as every CSV error in daega).
@Suite struct RequirementListTests {
    static let book = try! Repository.library.sizing.newest()!

    func read(_ text: String, encoding: String.Encoding = .utf8) throws -> RequirementListFile {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(Array(text.data(using: encoding)!), to: "req.csv")
        return try RequirementListFile.read(path, book: Self.book)
    }

    @Test(arguments: ["요구사항 ID,요구사항명,유형", "번호,기능명,구분", "id,name,kind", "구분,요구사항 명,요구사항 고유번호"])
    func headerSpellingsAreAccepted(header: String) throws {
        let columns = header.split(separator: ",").map(String.init)
        let values = ["id": "R-1", "name": "민원 조회", "kind": "조회"]
        let order = columns.map { column -> String in
            RequirementListFile.Column.matching(column) == .id ? "id" : RequirementListFile.Column.matching(column) == .name ? "name" : "kind"
        }
        let list = try read(header + "\n" + order.map { values[$0]! }.joined(separator: ",") + "\n")
        #expect(list.lines == [RequirementLine(id: "R-1", name: "민원 조회", kind: "조회", type: .eq, line: 2)])
    }

    @Test func cp949FilesAndBlankRowsAndExtraColumns() throws {
        let list = try read("요구사항ID,요구사항명,유형,비고\nR-1,신청 등록,등록,똠\n,,,\nR-2,결과 출력,출력,\n", encoding: String.Encoding(rawValue: 0x8000_0422))
        #expect(list.lines.map(\.type) == [.ei, .eo])
        #expect(list.lines.map(\.line) == [2, 4])
        #expect(list.ignoredColumns == ["비고"])
    }

    @Test(arguments: [
        ("요구사항명,유형\n민원 등록,대시보드\n", "req.csv:2:2", ErrorCode.unknownRequirementKind),
        ("요구사항명,비고\n민원 등록,x\n", "req.csv:1", .csvMissingColumn),
        ("id,요구사항명,유형\nR-1,가,등록\nR-1,나,조회\n", "req.csv:3:1", .csvDuplicateRowID),
        ("요구사항명,유형\n민원 등록,\n", "req.csv:2:2", .missingInput),
        ("요구사항명,유형,구분\n민원 등록,등록,등록\n", "req.csv:1:3", .csvDuplicateColumn),
        ("요구사항명,유형\n", "req.csv:1", .sizingNothingToCount),
    ])
    func badRowsNameTheirCell(text: String, place: String, code: ErrorCode) throws {
        #expect(throws: DaegaError.self) {
            do {
                _ = try read(text)
            } catch let error as DaegaError {
                #expect(error.code == code, "\(error)")
                #expect(error.description.contains(place + ":") || error.description.contains(place + " ") || error.description.hasSuffix(place),
                        "\(error)")
                throw error
            }
        }
    }

    @Test func unknownKindListsEveryAcceptedKind() throws {
        do {
            _ = try read("요구사항명,유형\n민원 등록,대시보드\n")
            Issue.record("an unknown kind was accepted")
        } catch let error as DaegaError {
            for (kind, _) in Self.book.requirementKinds.value { #expect(error.expected?.contains(kind) == true) }
        }
    }
}
