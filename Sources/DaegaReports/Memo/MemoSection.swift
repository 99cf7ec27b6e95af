/// A numbered part of a memo: a body section (`1. 사업 개요`) or an attachment (`붙임 1. 산출 과정`).
public struct MemoSection: Sendable, Equatable {
    /// The number, from 1, counted among the parts that are shown.
    public var number: Int
    /// The title, without the number.
    public var title: String
    /// The content; never empty (a part without content is left out of the memo).
    public var blocks: [MemoBlock]

    /// Creates a part.
    public init(number: Int, title: String, blocks: [MemoBlock]) {
        self.number = number
        self.title = title
        self.blocks = blocks
    }

    /// Numbers the parts that have content, in order, leaving out the empty ones.
    /// - Parameter contents: each part's title and blocks.
    static func numbered(_ contents: [(title: String, blocks: [MemoBlock])]) -> [MemoSection] {
        contents.filter { !$0.blocks.isEmpty }.enumerated().map { MemoSection(number: $0.offset + 1, title: $0.element.title, blocks: $0.element.blocks) }
    }
}
