import DaegaEngine

/// One row of a batch's output CSV: the input cells as written, then the check's figures — the same numbers
/// `daega check` gives for the project — or, for a row that failed, blank figures and the error.
public struct BatchOutputRow: Sendable {
    /// The names of the columns added after the input columns, in order.
    public static let resultColumns = [
        "function_points", "fp_total", "fp_total_with_vat", "mm_total", "mm_total_with_vat", "proper_cost_with_vat",
        "coverage_pct", "break_even_pct", "shortfall", "budget_needed_break_even", "budget_needed_typical_award",
        "risk", "findings", "error",
    ]

    /// The Korean names of the result columns (`--headers ko`, workbooks), in ``resultColumns`` order.
    public static let koreanResultColumns = [
        "산정 기능점수", "FP 개발비", "FP 개발비(VAT 포함)", "투입공수 개발비", "투입공수 개발비(VAT 포함)", "적정 대가(VAT 포함)",
        "충족률(%)", "손익분기율(%)", "부족액(VAT 포함)", "손익분기 필요 예산", "통상 낙찰 시 필요 예산",
        "유찰 위험", "발견 사항", "오류",
    ]

    /// The input cells as written, first in the output.
    public var inputCells: CSVRecord
    /// The result cells after them, in ``resultColumns`` order.
    public var resultCells: [CSVCell]
    /// The result columns with `batch --ranges`: the range's columns come before `error`.
    public static let rangedResultColumns = resultColumns.dropLast() + RangeColumns.names + ["error"]

    /// The Korean result columns with `batch --ranges`, in ``rangedResultColumns`` order.
    public static let koreanRangedResultColumns = koreanResultColumns.dropLast() + RangeColumns.koreanNames + ["오류"]

    /// The result columns of a batch with or without ranges.
    public static func resultColumns(ranged: Bool) -> [String] { ranged ? rangedResultColumns : resultColumns }

    /// The output row of a checked project.
    /// - Parameters:
    ///   - row: the input row.
    ///   - result: its check.
    ///   - labels: whether the risk is written as its machine name (`high`) or Korean word (`높음`).
    public init(_ row: borrowing BatchRow, result: borrowing ProjectCheckResult, labels: BatchOutputLabels = .machine) {
        // Stored properties read in place: binding an estimate to a local would copy (and retain) all of it.
        let coverage = result.check.coverage
        inputCells = row.cells
        resultCells = [
            Self.number(result.estimates.functionPoints?.count.total), Self.number(result.estimates.functionPoints?.total),
            Self.number(result.estimates.functionPoints?.totalWithVAT), Self.number(result.estimates.manMonths?.total),
            Self.number(result.estimates.manMonths?.totalWithVAT), Self.number(coverage.properCost.totalWithVAT),
            .number(coverage.coveragePercent), .number(coverage.breakEvenPercent), Self.number(coverage.shortfall),
            Self.number(coverage.budgetNeededBreakEven), Self.number(coverage.budgetNeededTypicalAward), .text(labels == .korean ? result.check.risk.koreanName : result.check.risk.name),
            .text(Self.codes(result.check.findings)), .text(""),
        ]
    }

    /// The output row of a row checked by the cores (``BatchRowCheck``): the same cells the full check gives.
    /// - Parameters:
    ///   - cells: the input cells as written (as many as the header has).
    ///   - figures: the row's figures.
    ///   - labels: whether the risk is written as its machine name or Korean word.
    init(cells: CSVRecord, figures: borrowing BatchRowFigures, labels: BatchOutputLabels) {
        let coverage = figures.coverage, risk = figures.findings.risk
        inputCells = cells
        resultCells = [
            figures.functionPoints.map { .number($0.size) } ?? .text(""), Self.number(figures.functionPoints?.total),
            Self.number(figures.functionPoints?.withVAT), Self.number(figures.manMonths?.total),
            Self.number(figures.manMonths?.withVAT), Self.number(figures.properCostWithVAT),
            .number(coverage.coveragePercent), .number(coverage.breakEvenPercent), Self.number(coverage.shortfall),
            Self.number(coverage.budgetNeededBreakEven), Self.number(coverage.budgetNeededTypicalAward),
            .text(labels == .korean ? risk.koreanName : risk.name), .text(figures.findings.joined), .text(""),
        ]
    }

    /// A checked row with its simulated range, or blank range cells when the project has none (a maintenance tender).
    public init(_ row: borrowing BatchRow, result: borrowing ProjectCheckResult, range: RangeResult?,
                labels: BatchOutputLabels = .machine) {
        self.init(row, result: result, labels: labels)
        insertRange(range)
    }

    /// Adds the range columns before `error`: the range's cells, or blank ones when the project has none.
    mutating func insertRange(_ range: RangeResult?) {
        let cells = range.map(RangeColumns.cells) ?? Array(repeating: .text(""), count: RangeColumns.names.count)
        resultCells.insert(contentsOf: cells, at: resultCells.count - 1)
    }

    /// The output row of a row that failed: its cells, blank figures and the error.
    /// - Parameters:
    ///   - row: the input row.
    ///   - error: why it failed.
    ///   - ranged: whether the batch adds the range columns.
    public init(_ row: borrowing BatchRow, error: DaegaError, ranged: Bool = false) {
        inputCells = row.cells
        resultCells = Array(repeating: .text(""), count: Self.resultColumns(ranged: ranged).count - 1)
        resultCells.append(.text("\(error.code.rawValue) \(error.message)"))
    }

    /// The findings' codes joined by `;`.
    static func codes(_ findings: [Finding]) -> String { joined(count: findings.count) { findings[$0].code } }

    /// `count` codes joined by `;`, written straight into the text's storage: appending the codes one by one cost
    /// about 450 instructions each.
    static func joined(count: Int, _ code: (Int) -> String) -> String {
        var length = max(0, count - 1)
        for index in 0..<count { length += code(index).utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for index in 0..<count {
                if index > 0 {
                    buffer[end] = UInt8(ascii: ";")
                    end += 1
                }
                end += UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: code(index).utf8)
            }
            return end
        }
    }

    private static func number(_ amount: Won?) -> CSVCell { number(amount.map { ExactDecimal($0.value) }) }

    private static func number(_ value: ExactDecimal?) -> CSVCell { value.map(CSVCell.number) ?? .text("") }
}
