/// The version both programs (`daega` and `daega-web`) print and write into memos.
public enum DaegaVersion {
    /// The version number, e.g. in `daega --version`.
    public static let number = "0.1.0"
}
