/// How job names are compared: spacing, case and the separators `/`, `·`, `-`, `_` do not matter,
/// so "IT PM", "ITPM" and "it pm" name the same job.
public enum JobName {
    /// The comparison key of a name.
    public static func key(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace && !"/·-_".contains($0) })
    }
}
