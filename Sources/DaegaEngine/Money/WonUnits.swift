/// Amounts written the way a budget officer reads them in a sentence: 억 and 만 in Korean, bn and m in English.
extension Won {
    /// The amount in 억 and 만 units: `20억원`, `5,000만원`, `2억 5,000만원`; an amount with a remainder below 만 is written
    /// out in full (`1,234,567원`), so the text is always exact.
    public var koreanUnits: String {
        let magnitude = value.magnitude, sign = value < 0 ? "-" : ""
        guard magnitude % 10_000 == 0, magnitude > 0 else { return "\(grouped)원" }
        let eok = magnitude / 100_000_000, man = magnitude % 100_000_000 / 10_000
        let parts = [eok > 0 ? "\(Won(Int64(eok)).grouped)억" : nil, man > 0 ? "\(Won(Int64(man)).grouped)만" : nil]
        return sign + parts.compactMap { $0 }.joined(separator: " ") + "원"
    }

    /// The amount in billions or millions when it is a whole number of them: `₩2bn`, `₩300m`; else `₩1,234,567`.
    public var englishUnits: String {
        let magnitude = value.magnitude, sign = value < 0 ? "-" : ""
        if magnitude > 0 && magnitude % 1_000_000_000 == 0 { return "\(sign)₩\(Won(Int64(magnitude / 1_000_000_000)).grouped)bn" }
        if magnitude > 0 && magnitude % 1_000_000 == 0 { return "\(sign)₩\(Won(Int64(magnitude / 1_000_000)).grouped)m" }
        return "\(sign)₩\(grouped.drop { $0 == "-" })"
    }
}
