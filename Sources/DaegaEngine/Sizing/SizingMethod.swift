/// How a size was counted before a function list with complexities exists, from the least to the most detailed.
public enum SizingMethod: String, Sendable, CaseIterable, Codable {
    /// NESMA indicative: data groups alone (35 × internal + 15 × external).
    case indicative = "nesma_indicative"
    /// An estimated count: counts per kind of function, each at the guide's 간이법 average weight.
    case estimated = "estimated_count"
    /// The KOSA 간이법 on a requirement list that names every function.
    case listed = "kosa_simple_listed"

    /// The method's name.
    public var name: LocalizedText {
        switch self {
        case .indicative: LocalizedText(ko: "NESMA 지표법(데이터 묶음 수만으로)", en: "NESMA indicative count (data groups only)")
        case .estimated: LocalizedText(ko: "추정 개수법(유형별 개수 × 간이법 평균 가중치)", en: "estimated count (counts per kind × 간이법 average weights)")
        case .listed: LocalizedText(ko: "KOSA 간이법(요구사항 목록의 기능마다)", en: "KOSA 간이법 on the requirement list (function by function)")
        }
    }
}
