extension EffectiveDatedCatalog where Book == WageTable {
    /// The wage table in force on `date`: the one whose 적용연도 is the date's year, once it has taken effect.
    /// A table applies for its calendar year only, so an older table is never used for a later year.
    /// - Throws: `DaegaError.unknownWageYear` when that year has no table or its table is not yet in force.
    public func tableInForce(on date: CalendarDate) throws -> WageTable {
        let table = try book(date.year)
        guard table.effectiveFrom <= date else {
            throw DaegaError(Book.missingCode, at: .field(Book.yearField), "\(date.year)년 적용 임금표는 \(table.effectiveFrom)부터 적용됩니다",
                             expected: "--wage-year로 적용연도를 지정")
        }
        return table
    }
}
