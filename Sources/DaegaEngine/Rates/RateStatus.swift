/// How well a figure in a rate book is established.
public enum RateStatus: String, Sendable, Codable, CaseIterable {
    /// Two independent sources agree, or the source is official text, or it reproduces a published example.
    case verified = "VERIFIED"
    /// One source, a secondary summary, or disagreeing sources: an overridable default.
    case uncertain = "UNCERTAIN"
}
