import DaegaEngine
import Foundation

/// Reads a project file's `[staffing]` section: the man-month plan.
///
/// ```toml
/// [staffing]
/// wage_year = 2025                # optional: the table in force otherwise
/// edition = 2025                  # optional: the guide edition for the 제경비·기술료 ranges
/// overhead_percent = 144          # optional: the edition's default otherwise
/// technical_fee_percent = 20
/// direct_expenses = 10_000_000
/// working_days = 20.6             # only for a wage table without monthly figures
/// duration_months = 8             # planned duration, for `daega compare`
/// work = "development"            # development, planning, operation or exempt
/// file = "staffing-example.csv"   # or inline lines:
///
/// [[staffing.lines]]
/// job = "IT PM"
/// months = 8                      # or days = 60
/// ```
enum StaffingSectionReader {
    static let keys = "wage_year, edition, overhead_percent, technical_fee_percent, direct_expenses, working_days, duration_months, work, file, lines"

    /// Reads the section.
    /// - Throws: `DaegaError` at the offending key for bad values, unknown keys or conflicting inputs.
    static func read(_ section: inout TOMLTableReader, folder: String) throws -> StaffingInput {
        var input = StaffingInput()
        let anyNumber = ExactDecimal(-1_000_000)...ExactDecimal(1_000_000)
        func note(_ key: String, as field: String) { input.locations[field] = section.location(of: key) }
        if let year = try section.optionalInteger("wage_year", in: 1990...2100) {
            input.wageYear = Int(year)
            note("wage_year", as: "wage_year")
        }
        if let edition = try section.optionalInteger("edition", in: 1990...2100) {
            input.edition = Int(edition)
            note("edition", as: "edition")
        }
        let overheadKey = try section.key(for: .overheadPercent), technicalFeeKey = try section.key(for: .technicalFeePercent)
        if let rate = try section.optionalDecimal(overheadKey, in: anyNumber) {
            input.overheadPercent = rate
            note(overheadKey, as: "overhead_rate")
        }
        if let rate = try section.optionalDecimal(technicalFeeKey, in: anyNumber) {
            input.technicalFeePercent = rate
            note(technicalFeeKey, as: "technical_fee_rate")
        }
        if let expenses = try section.optionalInteger("direct_expenses", in: 0...Int64.max) {
            input.directExpenses = Won(expenses)
            note("direct_expenses", as: "direct_expenses")
        }
        if let days = try section.optionalDecimal("working_days", in: anyNumber) {
            input.workingDays = days
            note("working_days", as: "working_days")
        }
        if let months = try section.optionalDecimal("duration_months", in: anyNumber) {
            input.durationMonths = months
            note("duration_months", as: "duration_months")
        }
        if let workValue = try section.optionalValue("work") {
            let text = try section.string(from: workValue, key: "work")
            guard let work = WorkKind(spelling: text) else {
                throw section.valueError(workValue, key: "work", "사업 유형 '\(text)'은(는) 알 수 없습니다", expected: WorkKind.acceptedSpellings)
            }
            input.work = work
        }
        if let value = try section.optionalValue("file") {
            input.file = try ReferencedFile.path(value, key: "file", in: section, folder: folder, expected: "투입 인력 CSV 파일")
            note("file", as: "file")
        }
        var lines: [StaffingLine] = []
        var places: [(job: InputLocation, effort: InputLocation)] = []
        for var row in try section.tableArray("lines") {
            let job = try row.string("job")
            let months = try row.optionalDecimal("months", in: anyNumber)
            let days = try row.optionalDecimal("days", in: anyNumber)
            switch (months, days) {
            case let (months?, nil): lines.append(StaffingLine(job: job, effort: .months(months)))
            case let (nil, days?): lines.append(StaffingLine(job: job, effort: .days(days)))
            case (_?, _?):
                throw DaegaError(.conflictingInputs, at: row.location(of: "days"), "'\(job)'에 months와 days가 함께 있습니다",
                                 expected: "months 또는 days 중 하나")
            case (nil, nil):
                throw DaegaError(.missingInput, at: row.location(of: "job"), "'\(job)'의 투입량이 없습니다",
                                 expected: "months = 투입 M/M 또는 days = 투입 M/D")
            }
            places.append((row.location(of: "job"), row.location(of: months == nil ? "days" : "months")))
            try row.finish(allowed: "job, months, days")
        }
        if !lines.isEmpty, input.file != nil {
            throw DaegaError(.conflictingInputs, at: section.location(of: "file"), "투입 인력이 file과 [[staffing.lines]]로 함께 주어졌습니다",
                             expected: "file 또는 [[staffing.lines]] 중 하나")
        }
        input.setLines(lines, locations: places)
        return input
    }
}
