extension [Finding] {
    /// Puts the most severe findings first, keeping the order they were found in among equals (an insertion sort:
    /// stable, in place, and quick for the handful of findings a check has).
    public mutating func orderBySeverity() {
        for index in indices.dropFirst() {
            var position = index
            while position > 0 && self[position - 1].severity < self[position].severity {
                swapAt(position - 1, position)
                position -= 1
            }
        }
    }
}
