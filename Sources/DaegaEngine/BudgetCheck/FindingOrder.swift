/// A list of findings that can be put in report order: the most severe first, keeping the order they were found in
/// among equals. `[Finding]` and a batch row's fixed-size list of codes share the one ordering.
public protocol SeverityOrdered {
    /// The number of findings.
    var findingCount: Int { get }
    /// The severity of the finding at `index`.
    func severity(at index: Int) -> Severity
    /// Swaps two findings.
    mutating func swapFindings(_ first: Int, _ second: Int)
}

extension SeverityOrdered {
    /// Puts the most severe findings first, keeping the order they were found in among equals (an insertion sort:
    /// stable, in place, and quick for the handful of findings a check has).
    @inlinable
    public mutating func orderBySeverity() {
        guard findingCount > 1 else { return }
        for index in 1..<findingCount {
            var position = index
            while position > 0 && severity(at: position - 1) < severity(at: position) {
                swapFindings(position - 1, position)
                position -= 1
            }
        }
    }
}

extension [Finding]: SeverityOrdered {
    public var findingCount: Int { count }
    public func severity(at index: Int) -> Severity { self[index].severity }
    public mutating func swapFindings(_ first: Int, _ second: Int) { swapAt(first, second) }
}
