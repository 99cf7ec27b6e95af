/// One edition's maintenance figures compiled into the shapes ``MaintenanceCore`` reads: difficulty points indexed by
/// factor and rating, commercial rates indexed by grade, the rate formula, the rounding and the edition's VAT. Built
/// with the edition and shared read-only by every thread.
public final class MaintenanceCoreBook: Sendable {
    /// The points of each rating at `factor × 3 + rating` (`DifficultyFactorKind` and `MaintenanceRating` ordinals).
    let points: InlineArray<15, Int>
    /// 요율 = base + span × TMP / 100.
    let formula: MaintenanceRateFormula
    /// The low end of the application-SW rate range (percent).
    let lowPercent: ExactDecimal
    /// The rounding of every fee.
    let rounding: RoundingStep
    /// The rate of grade g (percent) at g − 1; `nil` where the book has no such grade.
    let gradePercents: InlineArray<5, ExactDecimal?>
    /// The lowest commercial rate whatever the grade (percent), when the book has one.
    let floorPercent: ExactDecimal?
    /// 부가가치세율 (percent) and its rounding.
    let vatPercent: ExactDecimal, vatRounding: RoundingStep

    /// Compiles `rates`, with the edition's VAT rate and rounding.
    init(rates: MaintenanceRates, vatPercent: ExactDecimal, vatRounding: RoundingStep) {
        var points = InlineArray<15, Int>(repeating: 0)
        for (kind, table) in rates.application.factors {
            for level in table.value.levels { points[kind.ordinal * 3 + level.rating.ordinal] = level.points }
        }
        self.points = points
        formula = rates.application.formula.value
        lowPercent = rates.application.range.value.lowPercent
        rounding = rates.rounding.value
        var grades = InlineArray<5, ExactDecimal?>(repeating: nil)
        for grade in rates.commercial.grades where CommercialMaintenanceRates.gradeRange.contains(grade.value.grade) {
            grades[grade.value.grade - 1] = grade.value.percent
        }
        gradePercents = grades
        floorPercent = rates.commercial.floorPercent?.value
        self.vatPercent = vatPercent
        self.vatRounding = vatRounding
    }

    /// The points of `rating` for the factor at `kind` (its ordinal).
    @inline(__always)
    func points(kind: Int, rating: MaintenanceRating) -> Int { points[kind * 3 + rating.ordinal] }

    /// The book's rate of `grade`, when it has that grade.
    @inline(__always)
    func gradePercent(_ grade: Int) -> ExactDecimal? {
        CommercialMaintenanceRates.gradeRange.contains(grade) ? gradePercents[grade - 1] : nil
    }
}
