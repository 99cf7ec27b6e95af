import DaegaEngine
import Foundation

/// Reads batch rows into project inputs: finds the known columns in the header (snake_case or Korean names, any
/// order) and turns each record's cells into `ProjectInputs`, so every error — from the parser or from the engine —
/// lands on the cell that carried the value.
///
/// Every value of a row shares the row's line, so where each input field lives is worked out once per file: a
/// row's inputs share one field → column map whose locations have no line yet, and ``place(_:line:)`` adds the
/// row's line to an error placed by it.
public final class BatchRowParser: Sendable {
    /// The header record.
    public let header: CSVHeader
    /// What each header cell is: the known columns' places, the columns carried through, the output's names.
    public let layout: BatchHeaderLayout
    /// Where each known column is (0-based), by `BatchColumn` order.
    private let positions: [Int?]
    /// Each input field's cell (without a line), shared by every row's inputs.
    private let fieldLocations: [String: InputLocation]
    /// Whether the header has any maintenance column (else rows skip looking for maintenance inputs).
    private let hasMaintenanceColumns: Bool
    /// The counts a 간이법 count cell may hold (kept here: a row reads it for each count cell).
    private let countRange = 0...Int(FunctionPointCount.maximum.significand)

    /// Reads the header record.
    /// - Parameters:
    ///   - record: the first record of the file.
    ///   - path: the file name used in error locations.
    ///   - strictColumns: whether a column daega does not read is an error (`--strict-columns`).
    /// - Throws: what ``BatchHeaderLayout/init(_:strict:)`` throws: `csvDuplicateColumn` when a column is named
    ///   twice (also as an alias), `csvColumnNearMiss`, `csvUnknownColumn`, `csvMissingColumn` without `id`.
    public init(header record: CSVRecord, path: String, strictColumns: Bool = false) throws(DaegaError) {
        header = try CSVHeader(record, path: path)
        layout = try BatchHeaderLayout(header, strict: strictColumns)
        let positions = layout.positions
        self.positions = positions
        hasMaintenanceColumns = Self.maintenanceColumns.contains { positions[$0.ordinal] != nil }
        let path = header.path
        fieldLocations = Self.columnsByField.mapValues { candidates in
            let column = candidates.first { positions[$0.ordinal] != nil } ?? .id
            return .file(path: path, line: nil, column: positions[column.ordinal].map { $0 + 1 })
        }
    }

    /// The same parser built again from copies of the header's text, for a worker thread of its own.
    /// - Throws: what `init(header:path:strictColumns:)` throws (never in practice: the header was read once already).
    public func replica() throws(DaegaError) -> BatchRowParser {
        // The record's bytes are copied into new storage, its names decoded afresh and the path copied: nothing is shared.
        try BatchRowParser(header: CSVRecord(fields: header.names, line: header.line), path: header.path.unshared)
    }

    /// The `id` cell of a record (empty when it is blank or the record is too short).
    public func id(of record: CSVRecord) -> String {
        record.withFields { fields in text(.id, in: fields).map { String(decoding: $0.utf8, as: UTF8.self) } ?? "" }
    }

    /// Reads one data record.
    /// - Parameters:
    ///   - record: a record after the header.
    ///   - duplicate: whether an earlier row already used the record's id, which makes the row fail.
    /// - Returns: the row; its `inputs` hold the first error found when the row cannot be read.
    public func row(_ record: borrowing CSVRecord, duplicate: Bool = false) -> BatchRow {
        let id = id(of: record)
        let inputs: Result<ProjectInputs, DaegaError>
        do {
            try header.checkFieldCount(of: record)
            let read = try record.withFields { (fields) throws -> ProjectInputs in
                try self.inputs(try self.values(fields, line: record.line), fields: fields, line: record.line)
            }
            guard !duplicate else {
                throw DaegaError(.csvDuplicateRowID, at: .field("id"), "id '\(id)'가 앞 행에서 이미 쓰였습니다",
                                 expected: "사업마다 고유한 id")
            }
            inputs = .success(read)
        } catch {
            inputs = .failure(place(DaegaError.unexpected(error), line: record.line))
        }
        return BatchRow(line: record.line, id: id, cells: record.resized(to: header.names.count), inputs: inputs)
    }

    /// Places an error on the row's cell for its field: an error still known only by field name (or nowhere) goes to
    /// that field's cell, else the `id` cell; an error placed by the shared field map gets the row's line.
    /// - Parameters:
    ///   - error: an error from reading or checking the row.
    ///   - line: the row's line.
    public func place(_ error: DaegaError, line: Int) -> DaegaError {
        var placed = error.relocated { field in
            field.flatMap { fieldLocations[$0] ?? ($0.hasPrefix("staffing") ? fieldLocations["staffing"] : nil) } ?? cell(.id, line: line)
        }
        if case let .file(path, nil, column)? = placed.location, path == header.path {
            placed.location = .file(path: path, line: line, column: column)
        }
        return placed
    }

    /// The input columns that can carry each engine field, the first one present in the file is the field's cell.
    private static let columnsByField: [String: [BatchColumn]] = [
        "scope": [.fp, .ilf, .eif, .ei, .eo, .eq, .staffing], "counts": [.ilf, .eif, .ei, .eo, .eq],
        "ilf": [.ilf], "eif": [.eif], "ei": [.ei], "eo": [.eo], "eq": [.eq], "fp": [.fp],
        "budget": [.budget], "months": [.months], "edition": [.edition], "wage_year": [.wageYear, .staffing],
        "staffing": [.staffing], "direct_expenses": [.directExpenses], "overhead_rate": [.overheadPercent],
        "technical_fee_rate": [.technicalFeePercent], "integration": [.integration], "performance": [.performance],
        "compatibility": [.compatibility], "security": [.security],
        "basis": [.maintenanceBasis], "frequency": [.frequency], "users": [.users], "importance": [.importance],
        "interfaces": [.interfaces], "recovery": [.recovery], "budget_rate": [.maintenanceRate],
        "product.1.license": [.licenseAmount], "product.1.grade": [.grade], "maintenance_budget": [.maintenanceBudget],
    ]

    /// The column of each function type's count, and of each adjustment factor's level.
    private static let countColumns = FunctionType.allCases.map { ($0, BatchColumn(rawValue: $0.rawValue)!) }
    private static let factorColumns = AdjustmentFactorKind.allCases.map { ($0, BatchColumn(rawValue: $0.rawValue)!) }
    /// The column of each maintenance difficulty rating.
    private static let ratingColumns = DifficultyFactorKind.allCases.map { ($0, BatchColumn(rawValue: $0.rawValue)!) }
    /// The maintenance columns: a row with any of them filled in has a maintenance section.
    private static let maintenanceColumns: [BatchColumn] = [.maintenanceBasis, .maintenanceRate, .licenseAmount, .grade,
                                                            .maintenanceBudget] + ratingColumns.map(\.1)


    private func cell(_ column: BatchColumn, line: Int) -> InputLocation {
        .file(path: header.path, line: line, column: positions[column.ordinal].map { $0 + 1 })
    }

    /// The non-blank bytes of `column` in a record's fields with its 1-based column number.
    @inline(__always)
    private func text(_ column: BatchColumn, in fields: CSVRecord.Fields) -> (utf8: UnsafeBufferPointer<UInt8>, column: Int)? {
        guard let index = positions[column.ordinal], index < fields.count else { return nil }
        let utf8 = fields[index]
        guard !utf8.isEmpty, utf8.hasVisibleEdges || !utf8.withoutWhiteSpaceEdges.isEmpty else { return nil }
        return (utf8, index + 1)
    }

    /// The cell at a 1-based column of `line`.
    private func cell(_ column: Int, line: Int) -> InputLocation {
        .file(path: header.path, line: line, column: column)
    }

    /// Reads a record's development and budget cells into values, with every cell error the row can have (in the
    /// order of its columns' meaning: id, edition, counts, total, levels, expenses, staffing, rates, budget, months).
    /// The maintenance cells are only noted as present: ``inputs(_:fields:line:)`` reads them.
    ///
    /// A cell in a plain spelling is read in place by ``PlainCellText``; any other goes to ``ValueText``, which reads
    /// it or reports its error.
    /// - Throws: `DaegaError` at the cell (with its line) for a missing id or a value that cannot be read.
    @inline(__always)
    func values(_ fields: CSVRecord.Fields, line: Int) throws -> BatchRowValues {
        var values = BatchRowValues()
        try read(fields, line: line, into: &values)
        return values
    }

    /// Reads a record's cells into new `values` as ``values(_:line:)`` returns them, filling them in place (the
    /// values of a row are large, and this way they are not copied on their way to the caller).
    private func read(_ fields: CSVRecord.Fields, line: Int, into values: inout BatchRowValues) throws {
        guard text(.id, in: fields) != nil else {
            throw DaegaError(.missingInput, at: cell(.id, line: line), "id가 비어 있습니다", expected: "사업마다 고유한 id")
        }
        if let (value, columnNumber) = text(.edition, in: fields) {
            values.edition = try integer(value, at: columnNumber, line: line, in: 1990...2100, what: "가이드 판")
        }
        for (order, (type, column)) in Self.countColumns.enumerated() {
            guard let (value, columnNumber) = text(column, in: fields) else { continue }
            values.counts[order] = try integer(value, at: columnNumber, line: line, in: countRange, what: "\(type.rawValue.uppercased()) 개수")
            values.hasCounts = true
        }
        if let (value, columnNumber) = text(.fp, in: fields) {
            guard !values.hasCounts else {
                throw DaegaError(.conflictingInputs, at: cell(columnNumber, line: line), "규모가 유형별 개수와 fp 총계로 함께 주어졌습니다",
                                 expected: "ilf·eif·ei·eo·eq 개수 또는 fp 총계 중 하나")
            }
            let total = try PlainCellText.decimal(value)
                ?? ValueText.decimal(utf8: value, at: cell(columnNumber, line: line), expected: "0 이상의 기능점수 (예: 85 또는 85.5; 금액이 아닌 FP 수)")
            guard total >= .zero, total <= FunctionPointCount.maximum else {
                throw DaegaError(.valueOutOfRange, at: cell(columnNumber, line: line), "기능점수 \(total)이(가) 범위를 벗어났습니다",
                                 expected: "0 이상 \(FunctionPointCount.maximum.grouped) 이하")
            }
            values.functionPointTotal = total
        }
        for (order, (_, column)) in Self.factorColumns.enumerated() {
            guard let (value, columnNumber) = text(column, in: fields) else { continue }
            values.levels[order] = try integer(value, at: columnNumber, line: line, in: 1...5, what: "등급")
        }
        if let (value, columnNumber) = text(.directExpenses, in: fields) {
            values.directExpenses = try PlainCellText.won(value) ?? ValueText.won(utf8: value, at: cell(columnNumber, line: line))
        }
        if let (value, columnNumber) = text(.staffing, in: fields) {
            var start = 0
            while start < value.count {
                // The entries between `;`s, without splitting the cell into an array of slices.
                var end = start
                while end < value.count, value[end] != UInt8(ascii: ";") { end += 1 }
                defer { start = end + 1 }
                let entry = UnsafeBufferPointer(rebasing: value[start..<end])
                guard entry.hasVisibleEdges || !entry.withoutWhiteSpaceEdges.isEmpty else { continue }
                let (job, months) = try StaffingEntryText.plainParts(utf8: entry, separator: UInt8(ascii: ":"))
                    ?? StaffingEntryText.parts(utf8: entry, at: cell(columnNumber, line: line), separator: ":")
                values.staffing.append(BatchRowValues.StaffingEntry(job: job, months: months))
            }
        }
        if let (value, columnNumber) = text(.wageYear, in: fields) {
            values.wageYear = try integer(value, at: columnNumber, line: line, in: 1990...2100, what: "임금 적용연도")
        }
        if let (value, columnNumber) = text(.overheadPercent, in: fields) {
            values.overheadPercent = try PlainCellText.decimal(value, percent: true)
                ?? ValueText.decimal(utf8: value, at: cell(columnNumber, line: line), expected: "제경비율 % (예: 144 또는 144%)",
                                     suffixes: Self.percentSuffix)
        }
        if let (value, columnNumber) = text(.technicalFeePercent, in: fields) {
            values.technicalFeePercent = try PlainCellText.decimal(value, percent: true)
                ?? ValueText.decimal(utf8: value, at: cell(columnNumber, line: line), expected: "기술료율 % (예: 20 또는 20%)",
                                     suffixes: Self.percentSuffix)
        }
        if let (value, columnNumber) = text(.budget, in: fields) {
            values.budget = try PlainCellText.won(value) ?? ValueText.won(utf8: value, at: cell(columnNumber, line: line))
        }
        if let (value, columnNumber) = text(.months, in: fields) {
            if let months = PlainCellText.decimal(value), months.significand > 0,
               months.scale == 0 ? months.significand <= Self.longestMonths.significand : months <= Self.longestMonths {
                values.months = months
            } else {
                values.months = try ValueText.months(utf8: value, at: cell(columnNumber, line: line))
            }
        }
        values.hasMaintenance = hasMaintenanceColumns && Self.maintenanceColumns.contains { text($0, in: fields) != nil }
    }

    /// The suffix a rate cell may carry.
    private static let percentSuffix = ["%"]
    /// The longest planned duration ``ValueText/months(utf8:at:)`` accepts.
    private static let longestMonths = ExactDecimal(120)

    /// A whole number within `range`: plain digits read in place, any other cell by ``ValueText``, which reads it or
    /// reports its error at the cell.
    @inline(__always)
    private func integer(_ utf8: UnsafeBufferPointer<UInt8>, at column: Int, line: Int, in range: ClosedRange<Int>,
                         what: @autoclosure () -> String) throws -> Int {
        if let value = PlainCellText.integer(utf8), range.contains(value) { return value }
        return try ValueText.integer(utf8: utf8, at: cell(column, line: line), in: range, what: what())
    }

    /// The engine's inputs for a record whose values were read: its name, and its maintenance cells read.
    /// - Throws: `DaegaError` at the cell for a maintenance value that cannot be read.
    func inputs(_ values: borrowing BatchRowValues, fields: CSVRecord.Fields, line: Int) throws -> ProjectInputs {
        values.projectInputs(name: name(in: fields), locations: fieldLocations,
                             maintenance: values.hasMaintenance ? try maintenance(fields, line: line, edition: values.edition) : nil)
    }

    /// The `name` cell as text, when given.
    func name(in fields: CSVRecord.Fields) -> String? {
        text(.name, in: fields).map { String(decoding: $0.utf8, as: UTF8.self) }
    }

    /// The row's maintenance inputs (some maintenance column is filled in).
    private func maintenance(_ fields: CSVRecord.Fields, line: Int, edition: Int?) throws -> MaintenanceInput {
        var input = MaintenanceInput()
        input.edition = edition
        input.locations = fieldLocations
        if let (value, columnNumber) = text(.maintenanceBasis, in: fields) {
            input.bases = [try ValueText.won(utf8: value, at: cell(columnNumber, line: line))]
        }
        for (kind, column) in Self.ratingColumns {
            guard let (value, columnNumber) = text(column, in: fields) else { continue }
            input.ratings[kind] = try MaintenanceRating.parse(String(decoding: value, as: UTF8.self), at: cell(columnNumber, line: line))
        }
        let license = try text(.licenseAmount, in: fields).map { try ValueText.won(utf8: $0.utf8, at: cell($0.column, line: line)) }
        let grade = try text(.grade, in: fields).map {
            try ValueText.integer(utf8: $0.utf8, at: cell($0.column, line: line), in: Int.min...Int.max, what: "상용SW 등급")
        }
        switch (license, grade) {
        case let (license?, grade?):
            input.products = [CommercialProduct(name: "상용SW", licensePrice: license, grade: grade)]
        case (nil, _?):
            throw DaegaError(.missingInput, at: cell(.licenseAmount, line: line), "상용SW 등급은 있지만 라이선스 금액이 없습니다",
                             expected: "license_amount 열에 최초 라이선스 금액 (VAT 별도, 원)")
        case (_?, nil):
            throw DaegaError(.missingInput, at: cell(.grade, line: line), "라이선스 금액은 있지만 상용SW 등급이 없습니다",
                             expected: "grade 열에 서비스 등급 1~5")
        case (nil, nil):
            break
        }
        let rate = try text(.maintenanceRate, in: fields).map {
            try ValueText.decimal(utf8: $0.utf8, at: cell($0.column, line: line), expected: "유지관리 요율 % (예: 11)")
        }
        let amount = try text(.maintenanceBudget, in: fields).map { try ValueText.won(utf8: $0.utf8, at: cell($0.column, line: line)) }
        if rate != nil, amount != nil {
            throw DaegaError(.conflictingInputs, at: cell(.maintenanceRate, line: line), "유지관리 예산이 금액과 요율로 함께 주어졌습니다",
                             expected: "maintenance_budget(1차년도 금액, VAT 별도) 또는 maintenance_rate(%) 중 하나")
        }
        input.budget = amount.map { .amount($0) } ?? rate.map { .ratePercent($0) }
        return input
    }
}
