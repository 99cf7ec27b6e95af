import DaegaEngine

/// Reads a wage rate book (`rates/wages/YEAR.toml`, KOSA SW기술자 평균임금 of one 적용연도) into a `WageTable`.
///
/// Every row is checked in the direction KOSA derives it (see `WageConsistency`): 일평균 must be 월평균 ÷ 근무일수
/// and 시간평균 일평균 ÷ 시간, each rounded to the won, so every table loads exactly as published; figures must be
/// positive and job names (and the older names they include) unique. A wrong row is an error at its `file:line:column`.
public enum WageBookReader {

    /// Parses and validates a wage book.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - path: the file's path, for errors.
    /// - Returns: the table.
    /// - Throws: `DaegaError` naming `path:line:column`, what was wrong and what was expected.
    public static func read(_ text: String, path: String) throws -> WageTable {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .rateBookSyntax)
        var root = TOMLTableReader(document, path: path, codes: .rateBook)
        var header = try RateBookHeader.read(&root, book: WageTable.folder, expectedKind: "wages")
        let book = "wages-\(header.edition)"
        header.effectiveFromReference.book = book
        let context = GuideBookReader.Context(book: book, edition: header.title)
        let workingDays = try root.has("working_days") ? context.section(&root, "working_days") { reader in
            try reader.decimal("per_month", in: ExactDecimal(1)...ExactDecimal(31))
        } : nil
        let hours = try context.section(&root, "hours") { reader in
            try reader.decimal("per_day", in: ExactDecimal(1)...ExactDecimal(24))
        }
        let isPartial = try root.optionalValue("partial").map { value -> Bool in
            guard case let .bool(flag) = value.kind else { throw root.kindError(value, key: "partial", expected: "true 또는 false") }
            return flag
        } ?? false
        var jobs: [JobWage] = []
        var seen: [String: String] = [:]
        for var row in try root.tableArray("jobs") {
            let job = try readJob(&row, context: context, workingDays: workingDays?.value, hours: hours.value)
            for name in [job.name] + job.includes {
                if let first = seen[JobName.key(name)] {
                    throw DaegaError(.rateBookDuplicate, at: row.location(of: name == job.name ? "name" : "includes"),
                                     "직무 이름 '\(name)'이(가) 이미 '\(first)'에 있습니다", expected: "표 안에서 한 번만 쓰는 직무 이름")
                }
                seen[JobName.key(name)] = job.name
            }
            jobs.append(job)
            try row.finish(allowed: "name, monthly, daily, hourly, includes, status, source")
        }
        guard !jobs.isEmpty else {
            throw DaegaError(.rateBookMissingKey, at: root.location(of: "jobs"), "임금표에 직무가 없습니다",
                             expected: "[[jobs]] name, daily, status, source 한 줄 이상")
        }
        try root.finish(allowed: "format_version, kind, edition, title, effective_from, effective_from_status, effective_from_source, effective_to, partial, working_days, hours, jobs")
        return WageTable(year: header.edition, title: header.title, book: book, effectiveFrom: header.effectiveFrom,
                         effectiveFromReference: header.effectiveFromReference, effectiveTo: header.effectiveTo,
                         isPartial: isPartial, workingDays: workingDays,
                         hoursPerDay: hours, jobs: jobs)
    }

    static let wageRange: ClosedRange<Int64> = 1...1_000_000_000

    static func readJob(_ row: inout TOMLTableReader, context: GuideBookReader.Context, workingDays: ExactDecimal?,
                        hours: ExactDecimal) throws -> JobWage {
        let nameValue = try row.value("name")
        let name = try row.string(from: nameValue, key: "name")
        guard !JobName.key(name).isEmpty else {
            throw row.valueError(nameValue, key: "name", "직무 이름이 비어 있습니다", expected: "직무 이름")
        }
        let reference = try RateBookHeader.readReference(&row, book: context.book, edition: context.edition, key: "jobs.\(name)")
        let dailyValue = try row.value("daily")
        let daily = Won(try row.integer(from: dailyValue, key: "daily", in: wageRange))
        let monthlyValue = try row.optionalValue("monthly")
        let monthly = try monthlyValue.map { Won(try row.integer(from: $0, key: "monthly", in: wageRange)) }
        let hourlyValue = try row.optionalValue("hourly")
        let hourly = try hourlyValue.map { Won(try row.integer(from: $0, key: "hourly", in: wageRange)) }
        let figures = [monthly.map { "월평균 \($0.grouped)원" }, "일평균 \(daily.grouped)원", hourly.map { "시간평균 \($0.grouped)원" }]
            .compactMap { $0 }.joined(separator: ", ")
        if let monthly, let monthlyValue {
            guard let workingDays else {
                throw row.valueError(monthlyValue, key: "monthly", "월평균이 있는데 [working_days]가 없습니다",
                                     expected: "[working_days] per_month = 근무일수, 또는 월평균 없이 일평균만")
            }
            guard WageConsistency.dailyMatches(daily: daily, monthly: monthly, days: workingDays) else {
                let expected = WageConsistency.quotient(monthly, dividedBy: workingDays)
                throw row.valueError(dailyValue, key: "daily",
                                     "'\(name)' 행(\(figures))의 일평균이 월평균 ÷ \(workingDays)일과 맞지 않습니다",
                                     expected: "월평균 \(monthly.grouped)원 ÷ \(workingDays)일을 원 단위로 반올림한 \(expected.grouped)원 (차이 0.5원 이하)")
            }
        }
        if let hourly, let hourlyValue, !WageConsistency.hourlyMatches(hourly: hourly, daily: daily, hours: hours) {
            let expected = WageConsistency.quotient(daily, dividedBy: hours)
            throw row.valueError(hourlyValue, key: "hourly",
                                 "'\(name)' 행(\(figures))의 시간평균이 일평균 ÷ \(hours)시간과 맞지 않습니다",
                                 expected: "일평균 \(daily.grouped)원 ÷ \(hours)시간을 원 단위로 반올림한 \(expected.grouped)원 (차이 0.5원 이하)")
        }
        var includes: [String] = []
        if let value = try row.optionalValue("includes") {
            guard case let .array(elements) = value.kind else {
                throw row.kindError(value, key: "includes", expected: "[\"예전 직무 이름\", …] 배열")
            }
            includes = try elements.map { try row.string(from: $0, key: "includes") }
        }
        return JobWage(name: name, monthly: monthly, daily: daily, hourly: hourly, includes: includes, reference: reference)
    }
}
