/// Slots the worker threads fill with a chunk's outcomes, each worker writing only its own indices.
final class BatchOutcomeSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<BatchRowOutcome?>

    /// Allocates `count` empty slots.
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Stores the outcome of row `index`; each index is stored by one thread only.
    func store(_ outcome: BatchRowOutcome, at index: Int) { slots[index] = outcome }

    /// Number of slots.
    var count: Int { slots.count }

    /// Moves the outcome of row `index` out of its slot, once every slot is filled; each index is taken once.
    func take(_ index: Int) -> BatchRowOutcome { slots[index].take()! }
}
