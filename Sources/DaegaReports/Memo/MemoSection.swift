/// A numbered section of a memo.
public struct MemoSection: Sendable {
    /// The section's number, from 1.
    public var number: Int
    /// The title, without the number.
    public var title: String
    /// The content.
    public var blocks: [MemoBlock]

    /// Creates a section.
    public init(number: Int, title: String, blocks: [MemoBlock]) {
        self.number = number
        self.title = title
        self.blocks = blocks
    }

    /// True when the section only says why it is left out (it then needs no page of its own).
    public var isOmitted: Bool {
        blocks.allSatisfy { if case .omitted = $0 { true } else { false } }
    }
}
