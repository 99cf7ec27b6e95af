import DaegaEngine

/// Reads a wage rate book (`rates/wages/YEAR.toml`, KOSA SW기술자 평균임금 of one 적용연도) into a `WageTable`.
///
/// Every row is checked against the table's own arithmetic (see `WageConsistency`): 월평균 must be 일평균 × 근무일수
/// rounded to the won and 시간평균 must be 일평균 ÷ 시간 rounded to the won; figures must be positive and job names
/// (and the older names they include) unique. A wrong row is an error at its `file:line:column`.
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
        try root.finish(allowed: "format_version, kind, edition, title, effective_from, effective_from_status, effective_from_source, working_days, hours, jobs")
        return WageTable(year: header.edition, title: header.title, book: book, effectiveFrom: header.effectiveFrom,
                         effectiveFromReference: header.effectiveFromReference, workingDays: workingDays,
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
        let daily = Won(try row.integer("daily", in: wageRange))
        var monthly: Won?
        if let value = try row.optionalValue("monthly") {
            let amount = Won(try row.integer(from: value, key: "monthly", in: wageRange))
            guard let workingDays else {
                throw row.valueError(value, key: "monthly", "월평균이 있는데 [working_days]가 없습니다",
                                     expected: "[working_days] per_month = 근무일수, 또는 월평균 없이 일평균만")
            }
            guard WageConsistency.monthlyMatches(monthly: amount, daily: daily, days: workingDays) else {
                throw row.valueError(value, key: "monthly",
                                     "'\(name)' 월평균 \(amount.grouped)원이 일평균 \(daily.grouped)원 × \(workingDays)일과 맞지 않습니다",
                                     expected: "일평균 × 근무일수를 원 단위로 반올림한 값 (차이 0.5원 이하)")
            }
            monthly = amount
        }
        var hourly: Won?
        if let value = try row.optionalValue("hourly") {
            let amount = Won(try row.integer(from: value, key: "hourly", in: wageRange))
            guard WageConsistency.hourlyMatches(hourly: amount, daily: daily, hours: hours) else {
                throw row.valueError(value, key: "hourly",
                                     "'\(name)' 시간평균 \(amount.grouped)원이 일평균 \(daily.grouped)원 ÷ \(hours)시간과 맞지 않습니다",
                                     expected: "일평균 ÷ 시간을 원 단위로 반올림한 값 (차이 0.5원 이하)")
            }
            hourly = amount
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
