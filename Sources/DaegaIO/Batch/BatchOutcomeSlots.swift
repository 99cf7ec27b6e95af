/// Slots the worker threads fill with a chunk's outcomes, each worker writing only its own indices, and the bytes of
/// each block of ``rowsPerBlock`` rows (their CSV records one after another, as one worker encoded them): the writing
/// thread writes a block at once instead of one record at a time.
final class BatchOutcomeSlots: @unchecked Sendable {
    /// Rows a worker claims, checks and encodes together: enough that threads rarely meet on the claim counter or on
    /// one cache line of slots, and that a block's bytes are written in one call.
    static let rowsPerBlock = 16

    private let slots: UnsafeMutableBufferPointer<BatchRowOutcome?>
    private let blocks: UnsafeMutableBufferPointer<[UInt8]>

    /// Allocates `count` empty slots and the blocks they make.
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
        blocks = .allocate(capacity: (count + Self.rowsPerBlock - 1) / Self.rowsPerBlock)
        blocks.initialize(repeating: [])
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
        blocks.deinitialize()
        blocks.deallocate()
    }

    /// Stores the outcome of row `index`; each index is stored by one thread only.
    func store(_ outcome: BatchRowOutcome, at index: Int) { slots[index] = outcome }

    /// Stores the bytes of block `block` (rows `block × rowsPerBlock` on); each block is stored by one thread only.
    func store(block bytes: [UInt8], at block: Int) { blocks[block] = bytes }

    /// Number of slots.
    var count: Int { slots.count }

    /// Moves the outcome of row `index` out of its slot, once every slot is filled; each index is taken once.
    func take(_ index: Int) -> BatchRowOutcome { slots[index].take()! }

    /// Moves the bytes of block `block` out, once every slot is filled; each block is taken once.
    func takeBlock(_ block: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        swap(&bytes, &blocks[block])
        return bytes
    }
}
