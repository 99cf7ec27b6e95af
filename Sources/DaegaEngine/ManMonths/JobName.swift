/// How job names are compared: spacing, case and the separators `/`, `·`, `-`, `_` do not matter,
/// so "IT PM", "ITPM" and "it pm" name the same job.
public enum JobName {
    /// The comparison key of a name.
    public static func key(_ name: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where !scalar.isWhiteSpace && !"/·-_".unicodeScalars.contains(scalar) {
            key.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
        }
        return String(key)
    }
}
