extension EffectiveDatedCatalog where Book == WageTable {
    /// The wage table in force on `date`: the newest that took effect on or before it, provided `date` is not past
    /// the table's last day. An older table is never stretched over a period daega has no table for.
    /// - Throws: `DaegaError.unknownWageYear` naming the periods the books cover when no table applies on `date`.
    public func tableInForce(on date: CalendarDate) throws -> WageTable {
        guard let table = books.last(where: { $0.effectiveFrom <= date }), date <= table.effectiveTo else {
            throw DaegaError(WageTable.missingCode, at: .field(WageTable.yearField),
                             "\(date)에 시행 중인 SW기술자 평균임금 표가 daega 요율표에 없습니다 (요율표가 다루는 기간: \(coverage))",
                             expected: "그 기간 안의 --as-of, 또는 --wage-year로 적용연도를 지정; 표가 없는 기간은 공표된 표를 rates/wages/에 더하십시오")
        }
        return table
    }

    /// The newest table older than `table` that publishes its working days: the usual divisor to suggest when
    /// `table` has daily figures only (the 2026 적용 table), or `nil` when `table` publishes monthly figures itself.
    public func usualDivisorTable(for table: WageTable) -> WageTable? {
        guard table.workingDays == nil else { return nil }
        return books.last { $0.effectiveFrom < table.effectiveFrom && $0.workingDays != nil }
    }

    /// The periods the tables cover, merged where one table ends the day before the next starts.
    public var coverage: String {
        var spans: [(CalendarDate, CalendarDate)] = []
        for table in books {
            if let last = spans.last, last.1.nextDay == table.effectiveFrom {
                spans[spans.count - 1].1 = max(last.1, table.effectiveTo)
            } else {
                spans.append((table.effectiveFrom, table.effectiveTo))
            }
        }
        return spans.map { "\($0.0)~\($0.1)" }.joined(separator: ", ")
    }
}
