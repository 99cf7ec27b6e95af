/// The contract law a public SW contract is made under, which names the article that prices its changes.
public enum ContractLaw: String, Sendable, CaseIterable, Codable {
    /// 국가를 당사자로 하는 계약에 관한 법률 (central government agencies).
    case national
    /// 지방자치단체를 당사자로 하는 계약에 관한 법률 (local governments).
    case local

    /// The accepted spellings, listed in error messages.
    public static let acceptedSpellings = "\"national\"(국가계약법), \"local\"(지방계약법)"

    /// Reads a law from its English or Korean spelling.
    public init?(spelling: some StringProtocol) {
        switch spelling.trimmingWhiteSpace.lowercased() {
        case "national", "국가", "국가계약법": self = .national
        case "local", "지방", "지방계약법": self = .local
        default: return nil
        }
    }
}
