import DaegaEngine

/// What a batch found across the portfolio: rows per risk level, total budget against total proper cost,
/// the most underfunded projects and the failed rows. Its size does not grow with the number of rows.
public struct BatchSummary: Sendable {
    /// The figures of one checked project that the summary keeps.
    ///
    /// `name` is spelled `Optional<String>` for the reason given on `ProjectInputs`.
    public struct CheckedProject: Sendable, Equatable {
        /// The row's id.
        public var id: String
        /// The project's name, when given.
        public var name: Optional<String>
        /// The row's line.
        public var line: Int
        /// The budget, VAT 포함.
        public var budget: Won
        /// The proper cost, VAT 포함.
        public var properCost: Won
        /// Budget ÷ proper cost, percent, one decimal.
        public var coveragePercent: ExactDecimal
        /// The risk level.
        public var risk: Severity

        /// The figures of a checked row.
        /// - Parameters:
        ///   - row: the row.
        ///   - name: the project's name, when given.
        ///   - result: the row's check.
        public init(_ row: borrowing BatchRow, name: String?, result: borrowing ProjectCheckResult) {
            id = row.id
            self.name = name
            line = row.line
            budget = result.check.budgetWithVAT
            properCost = result.check.coverage.properCost.totalWithVAT
            coveragePercent = result.check.coverage.coveragePercent
            risk = result.check.risk
        }

        /// The figures of a row checked by the cores.
        init(id: String, name: String?, line: Int, figures: borrowing BatchRowFigures) {
            self.id = id
            self.name = name
            self.line = line
            budget = figures.budget
            properCost = figures.properCostWithVAT
            coveragePercent = figures.coverage.coveragePercent
            risk = figures.findings.risk
        }
    }

    /// How many projects are listed as most underfunded.
    public static let underfundedLimit = 10
    /// How many row errors are kept for display (all are counted and written to the error report).
    public static let keptErrorLimit = 10

    /// Data rows read.
    public private(set) var rows = 0
    /// Rows checked, per risk level (the levels no row reached are left out).
    public var riskCounts: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for level in Severity.allCases where countsByRisk[level.rawValue] > 0 { counts[level] = countsByRisk[level.rawValue] }
        return counts
    }
    /// Rows checked, by the risk level's raw value: counted per row without hashing.
    private var countsByRisk = [Int](repeating: 0, count: Severity.allCases.count)
    /// Blank lines and rows of empty cells, skipped (neither checked nor failed).
    public private(set) var blankRows = 0
    /// Rows that failed.
    public private(set) var failedRows = 0
    /// Σ budgets of checked rows, VAT 포함, in 128 bits: a portfolio's total may pass what one `Won` holds.
    public private(set) var totalBudget = WonTotal.zero
    /// Σ proper costs of checked rows, VAT 포함, in 128 bits.
    public private(set) var totalProperCost = WonTotal.zero
    /// The checked projects with the lowest coverage (budget ÷ proper cost), lowest first; only those below 100%.
    public private(set) var mostUnderfunded: [CheckedProject] = []
    /// The first row errors, in file order.
    public private(set) var firstErrors: [DaegaError] = []

    /// The input's columns that were carried through without being read ("계산에 쓰지 않은 열").
    public private(set) var unusedColumns: [String]

    /// Creates an empty summary.
    /// - Parameter unusedColumns: the input's columns carried through unread.
    public init(unusedColumns: [String] = []) {
        self.unusedColumns = unusedColumns
    }

    /// Rows checked without error.
    public var checkedRows: Int { rows - failedRows }

    /// Adds a checked project.
    public mutating func add(_ entry: CheckedProject) {
        rows += 1
        countsByRisk[entry.risk.rawValue] += 1
        totalBudget.add(entry.budget)
        totalProperCost.add(entry.properCost)
        // The list is in rising coverage: an entry no lower than its last (when it is full) has no place in it.
        guard entry.budget < entry.properCost,
              mostUnderfunded.count < Self.underfundedLimit || Self.lowerCoverage(entry, than: mostUnderfunded[mostUnderfunded.count - 1])
        else { return }
        let position = mostUnderfunded.firstIndex { Self.lowerCoverage(entry, than: $0) } ?? mostUnderfunded.count
        guard position < Self.underfundedLimit else { return }
        mostUnderfunded.insert(entry, at: position)
        if mostUnderfunded.count > Self.underfundedLimit { mostUnderfunded.removeLast() }
    }

    /// Counts a skipped blank row.
    public mutating func addBlankRow() {
        blankRows += 1
    }

    /// Adds a failed row.
    public mutating func add(failure error: DaegaError) {
        rows += 1
        failedRows += 1
        if firstErrors.count < Self.keptErrorLimit { firstErrors.append(error) }
    }

    /// Exact comparison of budget ÷ proper cost, by cross-multiplication.
    private static func lowerCoverage(_ a: CheckedProject, than b: CheckedProject) -> Bool {
        Int128(a.budget.value) * Int128(b.properCost.value) < Int128(b.budget.value) * Int128(a.properCost.value)
    }
}
