/// Lengths in HWPUNIT, OWPML's unit: 1/7200 inch, so 1 pt = 100 and 1 mm ≈ 283.46.
enum OWPMLUnits {
    /// A length in millimetres as HWPUNIT, rounded to the nearest unit.
    static func millimetres(_ mm: Double) -> Int { Int((mm * 7200 / 25.4).rounded()) }

    /// A4 portrait: 210 × 297 mm.
    static let pageWidth = 59528, pageHeight = 84186
    /// The page margins: 20 mm left and right, 15 mm top and bottom, with 10 mm header and footer areas.
    static let marginLeft = millimetres(20), marginRight = millimetres(20), marginTop = millimetres(15),
               marginBottom = millimetres(15), header = millimetres(10), footer = millimetres(10)
    /// The width text and tables can use.
    static let textWidth = pageWidth - marginLeft - marginRight
}
