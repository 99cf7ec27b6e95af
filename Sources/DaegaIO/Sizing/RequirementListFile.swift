import DaegaEngine

/// A requirement list CSV (id, name, kind; Korean headers welcome) read and mapped to function types line by line.
///
/// Header names are matched case-insensitively with spaces ignored: id (`id`, `요구사항ID`, `요구사항번호`, `번호`),
/// name (`name`, `요구사항명`, `기능명`, `이름`, `명칭`) and kind (`kind`, `유형`, `구분`, `종류`, `요구사항유형`).
/// Other columns are ignored and listed. A blank row is skipped.
public struct RequirementListFile: Sendable {
    /// The requirements in file order, each with its function type.
    public var lines: [RequirementLine]
    /// Header names that were not used.
    public var ignoredColumns: [String]

    /// A column the format knows.
    enum Column: CaseIterable {
        case id, name, kind

        var aliases: [String] {
            switch self {
            case .id: ["id", "요구사항id", "요구사항번호", "요구사항고유번호", "고유번호", "번호", "no"]
            case .name: ["name", "요구사항명", "요구사항이름", "기능명", "이름", "명칭", "요구사항"]
            case .kind: ["kind", "type", "유형", "구분", "종류", "요구사항유형", "기능구분", "처리유형"]
            }
        }

        static func matching(_ header: String) -> Column? {
            let key = String(header.unicodeScalars.filter { !$0.properties.isWhitespace }).lowercased()
            return allCases.first { $0.aliases.contains(key) }
        }
    }

    /// Reads a requirement list (UTF-8 with or without BOM, or CP949) and maps every kind with `book`.
    /// - Throws: `DaegaError` naming `path:line:column`: a missing or doubled column, an empty name or kind, an unknown
    ///   kind (listing the accepted ones), a doubled id, or a list with no requirement.
    public static func read(_ path: String, book: SizingBook) throws -> RequirementListFile {
        let reader = try CSVReader(contentsOf: path)
        guard let header = try reader.next() else {
            throw DaegaError(.sizingNothingToCount, at: .file(path: path, line: nil, column: nil), "파일이 비어 있습니다",
                             expected: "요구사항 ID,요구사항명,유형 머리글과 요구사항 한 줄 이상")
        }
        var columns: [Column: Int] = [:]
        var ignored: [String] = []
        for (offset, field) in header.fields.enumerated() {
            guard let column = Column.matching(field) else {
                if !field.trimmingWhiteSpace.isEmpty { ignored.append(field) }
                continue
            }
            guard columns[column] == nil else {
                throw DaegaError(.csvDuplicateColumn, at: .file(path: path, line: header.line, column: offset + 1),
                                 "열 '\(field)'이(가) 같은 뜻의 열과 겹칩니다", expected: "id·이름·유형 열마다 한 번")
            }
            columns[column] = offset
        }
        for required in [Column.name, .kind] where columns[required] == nil {
            throw DaegaError(.csvMissingColumn, at: .file(path: path, line: header.line, column: nil),
                             "\(required == .name ? "요구사항명(name)" : "유형(kind)") 열이 없습니다",
                             expected: "머리글에 요구사항명·유형 열 (예: 요구사항 ID,요구사항명,유형)")
        }
        var lines: [RequirementLine] = []
        var seenIDs: [String: Int] = [:]
        while let record = try reader.next() {
            if record.fields.allSatisfy({ $0.trimmingWhiteSpace.isEmpty }) { continue }
            func cell(_ column: Column) -> String {
                guard let index = columns[column], index < record.fields.count else { return "" }
                return String(record.fields[index].trimmingWhiteSpace)
            }
            func location(_ column: Column) -> InputLocation {
                .file(path: path, line: record.line, column: (columns[column] ?? 0) + 1)
            }
            let id = cell(.id), name = cell(.name), kind = cell(.kind)
            guard !name.isEmpty else {
                throw DaegaError(.missingInput, at: location(.name), "요구사항명이 비어 있습니다", expected: "요구사항 이름")
            }
            guard !kind.isEmpty else {
                throw DaegaError(.missingInput, at: location(.kind), "'\(name)'의 유형이 비어 있습니다", expected: book.acceptedRequirementKinds)
            }
            guard let type = book.functionType(forRequirementKind: kind) else {
                throw DaegaError(.unknownRequirementKind, at: location(.kind), "알 수 없는 요구사항 유형 '\(kind)' ('\(name)')",
                                 expected: "다음 중 하나: \(book.acceptedRequirementKinds)")
            }
            if !id.isEmpty {
                if let first = seenIDs[id] {
                    throw DaegaError(.csvDuplicateRowID, at: location(.id), "요구사항 ID '\(id)'가 \(first)행에도 있습니다",
                                     expected: "요구사항마다 다른 ID (같은 기능을 두 번 세지 않도록)")
                }
                seenIDs[id] = record.line
            }
            lines.append(RequirementLine(id: id, name: name, kind: kind, type: type, line: record.line))
        }
        guard !lines.isEmpty else {
            throw DaegaError(.sizingNothingToCount, at: .file(path: path, line: header.line, column: nil),
                             "요구사항 목록에 요구사항이 없습니다", expected: "머리글 아래 요구사항 한 줄 이상")
        }
        return RequirementListFile(lines: lines, ignoredColumns: ignored)
    }
}
