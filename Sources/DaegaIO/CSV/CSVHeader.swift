import DaegaEngine

/// The header record of a CSV file: its column names, checked for duplicates and required names.
///
/// Names are compared exactly (a BOM is already gone). Error columns are 1-based field numbers.
public struct CSVHeader: Sendable, Equatable {
    /// The file the header came from, used in error locations.
    public let path: String
    /// The 1-based line of the header record.
    public let line: Int
    /// The column names in order.
    public let names: [String]

    /// Checks a header record.
    /// - Parameters:
    ///   - record: the first record of the file.
    ///   - path: the file name used in error locations.
    ///   - required: names that must be present.
    /// - Throws: `csvDuplicateColumn` at the second use of a name, `csvMissingColumn` naming every absent column.
    public init(_ record: CSVRecord, path: String, required: [String] = []) throws(DaegaError) {
        let names = record.fields
        var seen: Set<String> = []
        for (index, name) in names.enumerated() where !seen.insert(name).inserted {
            throw DaegaError(.csvDuplicateColumn, at: .file(path: path, line: record.line, column: index + 1),
                             "열 이름이 두 번 나옵니다: \(name)", expected: "서로 다른 열 이름")
        }
        let missing = required.filter { !seen.contains($0) }
        guard missing.isEmpty else {
            throw DaegaError(.csvMissingColumn, at: .file(path: path, line: record.line, column: nil),
                             "필수 열이 없습니다: \(missing.joined(separator: ", "))",
                             expected: "필수 열 \(required.joined(separator: ", "))")
        }
        self.path = path
        self.line = record.line
        self.names = names
    }

    /// The 0-based position of the column called `name`.
    /// - Parameter name: a column name.
    /// - Returns: its index in each record, or `nil` when the header has no such column.
    public func index(of name: String) -> Int? {
        names.firstIndex(of: name)
    }

    /// Checks that `record` has one field per column.
    /// - Parameter record: a data record of the same file.
    /// - Throws: `csvFieldCount` at the record's line, with the first missing or extra field as the column.
    public func checkFieldCount(of record: CSVRecord) throws(DaegaError) {
        guard record.fieldCount != names.count else { return }
        throw DaegaError(.csvFieldCount,
                         at: .file(path: path, line: record.line, column: min(record.fieldCount, names.count) + 1),
                         "필드가 \(record.fieldCount)개입니다", expected: "머리글과 같은 \(names.count)개")
    }
}
