/// One year's KOSA SW기술자 평균임금 table (소프트웨어 진흥법 제46조④ 인건비 기준), as loaded from a rate book.
public final class WageTable: EffectiveDated {
    public static let kindLabel = "SW기술자 평균임금"
    public static let folder = "wages"
    public static var missingCode: ErrorCode { .unknownWageYear }
    public static var yearField: String { "wage_year" }

    /// 적용연도, e.g. 2025.
    public let year: Int
    /// The table's title.
    public let title: String
    /// The rate book's identifier, e.g. `wages-2025`.
    public let book: String
    /// The day the table took effect.
    public let effectiveFrom: CalendarDate
    /// Source and status of that day.
    public let effectiveFromReference: RateReference
    /// The last day the table applies: the book's `effective_to`, else 31 December of its 적용연도.
    public let effectiveTo: CalendarDate
    /// Whether daega's book holds only part of the published table (the rest could not be sourced).
    public let isPartial: Bool
    /// 월 평균근무일수 used to derive daily from monthly; `nil` when not published.
    public let workingDays: Sourced<ExactDecimal>?
    /// Working hours per day used to derive hourly from daily.
    public let hoursPerDay: Sourced<ExactDecimal>
    /// The jobs in table order.
    public let jobs: [JobWage]
    /// Every name a job is found by (its own, then the older names it absorbed), by comparison key (`JobName.key`)
    /// and that key's bytes. A name is matched on the bytes first, without hashing a `String` (which normalises
    /// non-ASCII text first) or making an array; a key that is only canonically the same (decomposed Hangul) is
    /// matched by `String` equality. A table holds a few dozen names, so a scan is quicker than hashing.
    private let jobKeys: [(key: String, bytes: [UInt8], position: Int, folded: Bool)]

    /// Creates a table.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, effectiveFromReference: RateReference,
                effectiveTo: CalendarDate? = nil, isPartial: Bool = false, workingDays: Sourced<ExactDecimal>?,
                hoursPerDay: Sourced<ExactDecimal>, jobs: [JobWage]) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.effectiveFromReference = effectiveFromReference
        self.effectiveTo = effectiveTo ?? CalendarDate(year: year, month: 12, day: 31)!
        self.isPartial = isPartial
        self.workingDays = workingDays
        self.hoursPerDay = hoursPerDay
        self.jobs = jobs
        var index: [String: (position: Int, folded: Bool)] = [:]
        for (position, job) in jobs.enumerated() { index[JobName.key(job.name)] = index[JobName.key(job.name)] ?? (position, false) }
        for (position, job) in jobs.enumerated() {
            for old in job.includes { index[JobName.key(old)] = index[JobName.key(old)] ?? (position, true) }
        }
        jobKeys = index.map { ($0.key, Array($0.key.utf8), $0.value.position, $0.value.folded) }
    }

    /// The entry for `name`: by its key's bytes, else by canonical equality of the key.
    private func jobEntry(named name: String) -> (position: Int, folded: Bool)? {
        let byBytes = JobName.withKeyBytes(of: name) { entry(key: $0) }
        guard let entry = byBytes ?? jobKeys.indices.first(where: { [key = JobName.key(name)] in jobKeys[$0].key == key }) else {
            return nil
        }
        return (jobKeys[entry].position, jobKeys[entry].folded)
    }

    /// The index in `jobKeys` of the name whose key has these bytes.
    private func entry(key: UnsafeBufferPointer<UInt8>) -> Int? {
        jobKeys.indices.first { jobKeys[$0].bytes.count == key.count && jobKeys[$0].bytes.elementsEqual(key) }
    }

    /// The position in `jobs` of the job a name given as UTF-8 bytes names (by its own or an absorbed older name),
    /// matched on its key's bytes only: `nil` when that finds none, even if ``job(named:field:)`` would find one by
    /// canonical equality (a decomposed name) or throw. For callers that can fall back to ``job(named:field:)``.
    public func jobPosition(utf8 name: UnsafeBufferPointer<UInt8>) -> Int? {
        JobName.withKeyBytes(utf8: name) { entry(key: $0) }.map { jobKeys[$0].position }
    }

    /// Whether the table publishes monthly (M/M) figures for every job.
    public var hasMonthlyWages: Bool { jobs.allSatisfy { $0.monthly != nil } }

    /// Finds a job by name (spacing, case and `/ · - _` ignored), or by an older name it absorbed, with a notice.
    /// - Parameters:
    ///   - name: the name the user wrote.
    ///   - field: the input field, for the error location.
    /// - Returns: the job and, when an older name was used, a note saying which job it was read as.
    /// - Throws: `DaegaError.unknownJob` listing every job of the table.
    public func job(named name: String, field: String) throws -> (JobWage, EstimateNote?) {
        if let (position, folded) = jobEntry(named: name) {
            let job = jobs[position]
            guard folded else { return (job, nil) }
            return (job, EstimateNote(code: "job_folded", text: LocalizedText(
                ko: "직무 '\(name)'은(는) \(year)년 적용 임금표에서 '\(job.name)'에 포함되어 그 임금을 적용했습니다.",
                en: "Job '\(name)' is part of '\(job.name)' in the \(year) wage table; that job's wage was used.")))
        }
        guard isPartial else {
            throw DaegaError(.unknownJob, at: .field(field), "직무 '\(name)'은(는) \(year)년 적용 임금표에 없습니다",
                             expected: "다음 직무 중 하나: \(jobs.map(\.name).joined(separator: ", "))")
        }
        throw DaegaError(.unknownJob, at: .field(field),
                         "직무 '\(name)'의 \(year)년 적용 임금은 daega 요율표에 없습니다: 공개 출처에서 이 표의 일부 직무(\(jobs.map(\.name).joined(separator: ", "))만 확인했습니다",
                         expected: "KOSA가 공표한 값을 rates/wages/\(year).toml 사본에 [[jobs]] 행(name, daily, status, source)으로 더하고 --rates로 그 폴더를 지정하거나, 확인된 직무를 쓰십시오")
    }

    /// Every figure of this table for listing.
    public var summary: RateBookSummary {
        var figures = [RateFigureListing(key: "effective_from", value: "\(effectiveFrom) ~ \(effectiveTo)", reference: effectiveFromReference)]
        if let workingDays {
            figures.append(RateFigureListing(key: workingDays.reference.key, value: "월 \(workingDays.value)일", reference: workingDays.reference))
        }
        figures.append(RateFigureListing(key: hoursPerDay.reference.key, value: "일 \(hoursPerDay.value)시간", reference: hoursPerDay.reference))
        for job in jobs {
            var parts = job.monthly.map { ["월 \($0.grouped)원"] } ?? []
            parts.append("일 \(job.daily.grouped)원")
            if let hourly = job.hourly { parts.append("시간 \(hourly.grouped)원") }
            if !job.includes.isEmpty { parts.append("포함: \(job.includes.joined(separator: ", "))") }
            figures.append(RateFigureListing(key: job.reference.key, value: parts.joined(separator: ", "), reference: job.reference))
        }
        return RateBookSummary(book: book, title: title, kind: "wages", effectiveFrom: effectiveFrom, effectiveTo: effectiveTo,
                               figures: figures)
    }
}
