import DaegaEngine

/// A staffing CSV: one job per row with its months or days.
///
/// Header columns (any order, case-insensitive): `job` (직무), and `months` (투입월, M/M) and/or `days` (투입일, M/D);
/// each row fills exactly one of the two. Rows whose cells are all blank are skipped.
public enum StaffingListFile {
    /// A column the format knows.
    enum Column: CaseIterable {
        case job, months, days

        var aliases: [String] {
            switch self {
            case .job: ["job", "직무", "직무명"]
            case .months: ["months", "month", "mm", "m/m", "투입월", "투입 m/m", "투입m/m"]
            case .days: ["days", "day", "md", "m/d", "투입일", "투입 m/d", "투입m/d"]
            }
        }

        static func matching(_ header: String) -> Column? {
            let key = header.trimmingCharacters(in: .whitespaces).lowercased()
            return allCases.first { $0.aliases.contains(key) }
        }
    }

    /// Reads a staffing CSV (UTF-8 with or without BOM, or CP949).
    /// - Parameter path: the CSV file.
    /// - Returns: the lines and, per line, where its job and its quantity were written.
    /// - Throws: `DaegaError` naming `path:line:column` for the first bad header, row or cell.
    public static func read(_ path: String) throws -> (lines: [StaffingLine], places: [(job: InputLocation, effort: InputLocation)]) {
        let reader = try CSVReader(contentsOf: path)
        guard let header = try reader.next() else {
            throw DaegaError(.emptyStaffing, at: .file(path: path, line: nil, column: nil), "파일이 비어 있습니다",
                             expected: "job,months 또는 job,days 머리글과 한 줄 이상")
        }
        var columns: [Column: Int] = [:]
        for (offset, field) in header.fields.enumerated() {
            guard let column = Column.matching(field) else { continue }
            guard columns[column] == nil else {
                throw DaegaError(.csvDuplicateColumn, at: .file(path: path, line: header.line, column: offset + 1),
                                 "열 '\(field)'이(가) 두 번 있습니다", expected: "열마다 한 번")
            }
            columns[column] = offset
        }
        guard columns[.job] != nil, columns[.months] != nil || columns[.days] != nil else {
            throw DaegaError(.csvMissingColumn, at: .file(path: path, line: header.line, column: nil),
                             "직무(job)와 투입월(months) 또는 투입일(days) 열이 필요합니다",
                             expected: "머리글 job,months 또는 job,days (직무, 투입월, 투입일)")
        }
        var lines: [StaffingLine] = []
        var places: [(job: InputLocation, effort: InputLocation)] = []
        while let record = try reader.next() {
            // Decoded once per record: `fields` makes its texts on every call.
            let fields = record.fields
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func location(_ column: Column) -> InputLocation {
                .file(path: path, line: record.line, column: (columns[column] ?? 0) + 1)
            }
            func cell(_ column: Column) -> String? {
                guard let index = columns[column], index < fields.count else { return nil }
                let text = fields[index].trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            guard let job = cell(.job) else {
                throw DaegaError(.missingInput, at: location(.job), "직무가 비어 있습니다", expected: "직무 이름")
            }
            let effort: StaffingEffort
            let column: Column
            switch (cell(.months), cell(.days)) {
            case let (months?, nil):
                effort = .months(try ValueText.decimal(months, at: location(.months), expected: "투입 M/M (예: 2.5)"))
                column = .months
            case let (nil, days?):
                effort = .days(try ValueText.decimal(days, at: location(.days), expected: "투입 M/D (예: 60)"))
                column = .days
            case (_?, _?):
                throw DaegaError(.conflictingInputs, at: location(.days), "'\(job)'에 투입월과 투입일이 함께 있습니다",
                                 expected: "months 또는 days 중 한 칸만")
            case (nil, nil):
                throw DaegaError(.missingInput, at: location(columns[.months] != nil ? .months : .days),
                                 "'\(job)'의 투입량이 비어 있습니다", expected: "투입 M/M 또는 M/D")
            }
            lines.append(StaffingLine(job: job, effort: effort))
            places.append((location(.job), location(column)))
        }
        guard !lines.isEmpty else {
            throw DaegaError(.emptyStaffing, at: .file(path: path, line: header.line, column: nil), "투입 인력 행이 없습니다",
                             expected: "머리글 아래 한 줄 이상")
        }
        return (lines, places)
    }
}
