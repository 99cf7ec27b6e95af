import DaegaEngine
import Foundation

/// The rate figures a batch row's core check reads, taken from one worker's `RateSelection` the first time a row
/// names an edition or wage year, then looked up: a row asks no book and copies no referenced value.
///
/// Not shared: each batch worker has its own, used by one thread at a time.
final class BatchRowRates: @unchecked Sendable {
    /// What a row priced under one guide edition reads (a class: a row takes it without copying its fields).
    final class Edition {
        /// The edition's compiled function-point figures, when it has function-point rates.
        let functionPoints: FunctionPointCoreBook?
        /// 제경비·기술료 (default and floor) and the labor rounding, when the edition has them.
        let labor: Labor?
        /// VAT percent and rounding.
        let vatPercent: ExactDecimal, vatRounding: RoundingStep

        init(_ edition: GuideEdition) {
            functionPoints = edition.functionPointCore
            labor = edition.labor.map { labor in
                Labor(overheadDefault: labor.overhead.value.defaultPercent, overheadFloor: labor.overhead.value.minimum,
                      technicalFeeDefault: labor.technicalFee.value.defaultPercent,
                      technicalFeeFloor: labor.technicalFee.value.minimum, rounding: labor.rounding.value)
            }
            vatPercent = edition.vatPercent.value
            vatRounding = edition.vatRounding.value
        }
    }

    /// The edition's 제경비·기술료 figures.
    struct Labor {
        let overheadDefault: ExactDecimal, overheadFloor: ExactDecimal
        let technicalFeeDefault: ExactDecimal, technicalFeeFloor: ExactDecimal
        let rounding: RoundingStep
    }

    /// One wage table's figures, jobs in table order (a class, as `Edition` is).
    final class Wages {
        let table: WageTable
        let year: Int
        let monthly: [Won?], daily: [Won]
        let dayCount: ExactDecimal?
        /// The jobs' names as written in the table, one after another (`nameEnds[i]` ends job `i`'s); a job whose
        /// name the table would resolve to another job (two names with one key) has an empty range.
        let names: [UInt8], nameEnds: [Int]

        init(_ table: WageTable) {
            self.table = table
            year = table.year
            monthly = table.jobs.map(\.monthly)
            daily = table.jobs.map(\.daily)
            dayCount = table.workingDays?.value
            var names: [UInt8] = [], ends: [Int] = []
            for (position, job) in table.jobs.enumerated() {
                let utf8 = Array(job.name.utf8)
                if utf8.withUnsafeBufferPointer({ table.jobPosition(utf8: $0) }) == position { names += utf8 }
                ends.append(names.count)
            }
            self.names = names
            nameEnds = ends
        }

        /// The position of the job a staffing entry names: the job whose name it is exactly, else the table's own
        /// look-up (spacing, case and separators ignored, older names); `nil` when that finds none either.
        func job(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
            let exact = names.withUnsafeBufferPointer { (names) -> Int? in
                var start = 0
                for (position, end) in nameEnds.enumerated() {
                    defer { start = end }
                    if end - start == name.count, memcmp(names.baseAddress! + start, name.baseAddress!, name.count) == 0 { return position }
                }
                return nil
            }
            return exact ?? table.jobPosition(utf8: name)
        }
    }

    let selection: RateSelection
    /// The procurement rules in force, or `nil` when they cannot be had (the full path then reports why).
    let rules: ProcurementRules?
    /// Whether the rules' award ratios (typical and comparison) are ones `CoverageAssessment` takes: in (0, 100].
    let awardRatiosInRange: Bool
    /// The productivity bands in force, when there are any.
    let bands: ProductivityBands?
    /// The year of the wage table in force on the reference day.
    let wageYearInForce: Int?
    // One thread at a time uses these (see the type's note), so their accesses go unchecked.
    @exclusivity(unchecked) private var editions: [(year: Int?, edition: Edition?)] = []
    @exclusivity(unchecked) private var wageTables: [(year: Int?, wages: Wages?)] = []

    /// Takes the rules, bands and wage year in force from a selection.
    init(_ selection: RateSelection) {
        self.selection = selection
        rules = try? selection.procurementRules()
        awardRatiosInRange = rules.map {
            Self.isAwardRatio($0.awardRatioPercent.value) && Self.isAwardRatio($0.awardRatioComparisonPercent.value)
        } ?? false
        bands = try? selection.productivityBands()
        wageYearInForce = selection.wageYearInForce
    }

    /// Whether an award ratio is one `CoverageAssessment` takes: in (0, 100].
    private static func isAwardRatio(_ percent: ExactDecimal) -> Bool { percent > .zero && percent <= ExactDecimal(100) }

    /// The edition `year` names (`nil`: the one in force), or `nil` when the selection has none.
    func edition(_ year: Int?) -> Edition? {
        if let known = editions.first(where: { $0.year == year }) { return known.edition }
        let edition = (try? selection.edition(year, location: nil).0).map(Edition.init)
        editions.append((year, edition))
        return edition
    }

    /// The wage table `year` names (`nil`: the one in force), or `nil` when the selection has none.
    func wages(_ year: Int?) -> Wages? {
        if let known = wageTables.first(where: { $0.year == year }) { return known.wages }
        let wages = (try? selection.wageTable(year).0).map(Wages.init)
        wageTables.append((year, wages))
        return wages
    }
}
