/// How a changed function's 기능변경률 is given in a function list.
public enum ChangeRateInput: Sendable, Equatable {
    /// The rate itself, in percent (0 < rate ≤ 100).
    case percent(ExactDecimal)
    /// Counts of changed DET and, for transactions, changed FTR; the totals come from the function's DET and RET/FTR.
    case counts(detChanged: Int, ftrChanged: Int?)
}
