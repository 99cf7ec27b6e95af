/// A level of a 개조식 outline, with the marker Korean official documents use for it.
///
/// | level | marker | use |
/// |---|---|---|
/// | `topic` | □ | a heading-like statement |
/// | `point` | ○ | a point under it |
/// | `detail` | - | a detail under a point |
public enum MemoLevel: Int, Sendable, CaseIterable {
    /// □: the first level.
    case topic = 1
    /// ○: the second level.
    case point
    /// -: the third level.
    case detail

    /// The marker printed before the item.
    public var marker: String {
        switch self {
        case .topic: "□"
        case .point: "○"
        case .detail: "-"
        }
    }
}
