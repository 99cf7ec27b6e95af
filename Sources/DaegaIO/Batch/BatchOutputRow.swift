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

    /// The input cells as written, first in the output.
    public var inputCells: CSVRecord
    /// The result cells after them, in ``resultColumns`` order.
    public var resultCells: [CSVCell]
    /// The output row of a checked project.
    /// - Parameters:
    ///   - row: the input row.
    ///   - result: its check.
    public init(_ row: borrowing BatchRow, result: borrowing ProjectCheckResult) {
        // Stored properties read in place: binding an estimate to a local would copy (and retain) all of it.
        let coverage = result.check.coverage
        inputCells = row.cells
        resultCells = [
            Self.number(result.estimates.functionPoints?.count.total), Self.number(result.estimates.functionPoints?.total),
            Self.number(result.estimates.functionPoints?.totalWithVAT), Self.number(result.estimates.manMonths?.total),
            Self.number(result.estimates.manMonths?.totalWithVAT), Self.number(coverage.properCost.totalWithVAT),
            .number(coverage.coveragePercent), .number(coverage.breakEvenPercent), Self.number(coverage.shortfall),
            Self.number(coverage.budgetNeededBreakEven), Self.number(coverage.budgetNeededTypicalAward), .text(result.check.risk.name),
            .text(Self.codes(result.check.findings)), .text(""),
        ]
    }

    /// The output row of a row that failed: its cells, blank figures and the error.
    /// - Parameters:
    ///   - row: the input row.
    ///   - error: why it failed.
    public init(_ row: borrowing BatchRow, error: DaegaError) {
        inputCells = row.cells
        resultCells = Array(repeating: .text(""), count: Self.resultColumns.count - 1)
        resultCells.append(.text("\(error.code.rawValue) \(error.message)"))
    }

    /// The findings' codes joined by `;`, written straight into the text's storage: appending the codes one by one
    /// cost about 450 instructions each.
    static func codes(_ findings: [Finding]) -> String {
        let length = findings.reduce(max(0, findings.count - 1)) { $0 + $1.code.utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for (index, finding) in findings.enumerated() {
                if index > 0 {
                    buffer[end] = UInt8(ascii: ";")
                    end += 1
                }
                end += UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: finding.code.utf8)
            }
            return end
        }
    }

    private static func number(_ amount: Won?) -> CSVCell { number(amount.map { ExactDecimal($0.value) }) }

    private static func number(_ value: ExactDecimal?) -> CSVCell { value.map(CSVCell.number) ?? .text("") }
}
