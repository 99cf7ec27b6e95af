import DaegaEngine

/// A batch row's finding codes and severities in a fixed-size list, put in report order by the same
/// `orderBySeverity()` as a check's findings. Ten places: a development row has at most nine findings (coverage, three
/// of man-month pricing, two of duration, participation pool and just-below, task review).
struct BatchRowFindings: SeverityOrdered {
    private var codes = InlineArray<10, FindingCode>(repeating: .participationPool)
    private var severities = InlineArray<10, Severity>(repeating: .low)
    /// The number of findings.
    private(set) var findingCount = 0

    /// Adds a finding.
    mutating func append(_ code: FindingCode, _ severity: Severity) {
        codes[findingCount] = code
        severities[findingCount] = severity
        findingCount += 1
    }

    /// The highest severity, or `.low` with no finding (`BudgetCheckResult.risk`).
    var risk: Severity {
        var risk = Severity.low
        for index in 0..<findingCount where severities[index] > risk { risk = severities[index] }
        return risk
    }

    func severity(at index: Int) -> Severity { severities[index] }

    mutating func swapFindings(_ first: Int, _ second: Int) {
        codes.swapAt(first, second)
        severities.swapAt(first, second)
    }

    /// The codes joined by `;`, as the result's `findings` cell.
    var joined: String { BatchOutputRow.joined(count: findingCount) { codes[$0].rawValue } }
}
