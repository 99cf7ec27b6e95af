/// Collects the notes of a calculation.
public struct NoteList: Sendable {
    /// The notes so far.
    public private(set) var items: [EstimateNote] = []

    /// Creates an empty list.
    public init() {}

    /// Adds a note.
    public mutating func append(_ note: EstimateNote) {
        items.append(note)
    }
}
