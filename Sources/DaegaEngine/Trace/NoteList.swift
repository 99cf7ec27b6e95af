/// Collects the notes of a calculation; under `.silent` narration a note is never even built.
public struct NoteList: Sendable {
    /// The notes so far.
    public private(set) var items: [EstimateNote] = []
    /// Whether notes are kept.
    public let narration: Narration

    /// Creates an empty list.
    public init(_ narration: Narration = .full) { self.narration = narration }

    /// Adds a note, building it only when notes are kept.
    public mutating func append(_ note: @autoclosure () -> EstimateNote) {
        if narration == .full { items.append(note()) }
    }
}
