import DaegaEngine

/// A batch row's finding codes and severities in a fixed-size list (a development row has at most nine findings),
/// ordered as `[Finding].orderBySeverity()` orders findings: most severe first, ties in the order found.
struct BatchRowFindings {
    /// The most findings a development row can have: coverage, three man-month pricing, three duration (two at most
    /// apply at once), participation pool and just-below, task review.
    static let capacity = 10
    private var codes = InlineArray<10, FindingCode>(repeating: .participationPool)
    private var severities = InlineArray<10, Severity>(repeating: .low)
    /// The number of findings.
    private(set) var count = 0

    /// Adds a finding.
    mutating func append(_ code: FindingCode, _ severity: Severity) {
        codes[count] = code
        severities[count] = severity
        count += 1
    }

    /// The highest severity, or `.low` with no finding (`BudgetCheckResult.risk`).
    var risk: Severity {
        var risk = Severity.low
        for index in 0..<count where severities[index] > risk { risk = severities[index] }
        return risk
    }

    /// Sorts by severity, most severe first, keeping the order of equal ones.
    mutating func orderBySeverity() {
        for index in 1..<max(1, count) {
            var position = index
            while position > 0 && severities[position - 1] < severities[position] {
                codes.swapAt(position - 1, position)
                severities.swapAt(position - 1, position)
                position -= 1
            }
        }
    }

    /// The codes joined by `;`, as the result's `findings` cell.
    var joined: String { BatchOutputRow.joined(count: count) { codes[$0].rawValue } }
}
