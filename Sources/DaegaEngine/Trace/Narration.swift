/// Whether a calculation writes its story (trace steps, notes, finding sentences) or only its numbers and codes.
///
/// `.silent` is for bulk work such as a portfolio batch: the same code computes every amount, percentage, risk and
/// finding code, but skips building the sentences nobody reads. Numbers never depend on the narration.
public enum Narration: Sendable, Equatable {
    /// Record every step, note and sentence (the default).
    case full
    /// Record numbers and codes only.
    case silent
}
