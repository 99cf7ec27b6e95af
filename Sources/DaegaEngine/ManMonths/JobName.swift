/// How job names are compared: spacing, case and the separators `/`, `·`, `-`, `_` do not matter,
/// so "IT PM", "ITPM" and "it pm" name the same job.
public enum JobName {
    /// The comparison key of a name.
    public static func key(_ name: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars where !scalar.isWhiteSpace && !isSeparator(scalar) {
            if (0x41...0x5A).contains(scalar.value) {
                key.append(UInt8(scalar.value) + 0x20)
            } else {
                key.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "·", "-", "_": true
        default: false
        }
    }
}
