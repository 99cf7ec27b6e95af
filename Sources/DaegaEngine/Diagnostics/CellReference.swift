/// A spreadsheet cell's A1-style reference (column letters, then the 1-based row), as Excel and SpreadsheetML spell it.
///
/// | column | row | reference |
/// |---|---|---|
/// | 1 | 1 | `A1` |
/// | 26 | 7 | `Z7` |
/// | 27 | 10 | `AA10` |
/// | 16384 | 1048576 | `XFD1048576` |
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based column (A = 1).
    public var column: Int
    /// The 1-based row.
    public var row: Int

    /// The largest column a sheet can have (XFD).
    public static let maximumColumn = 16_384
    /// The largest row a sheet can have.
    public static let maximumRow = 1_048_576

    /// Creates a reference from 1-based numbers.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `B7` or `$B$7`; `nil` for anything else or a cell outside a sheet's limits.
    public init?(_ text: some StringProtocol) {
        var column = 0, row = 0, sawDigit = false
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 0x41...0x5A where !sawDigit: column = column * 26 + Int(scalar.value - 0x40)
            case 0x61...0x7A where !sawDigit: column = column * 26 + Int(scalar.value - 0x60)
            case 0x30...0x39:
                sawDigit = true
                row = row * 10 + Int(scalar.value - 0x30)
            default: return nil
            }
            if column > Self.maximumColumn || row > Self.maximumRow { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(column: column, row: row)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    public static func letters(ofColumn column: Int) -> String {
        var letters: [Character] = [], remaining = column
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The reference as Excel writes it, e.g. `B7`.
    public var description: String { Self.letters(ofColumn: column) + String(row) }
}
