/// The ids a batch has seen, for the uniqueness check, kept as raw UTF-8 bytes: no `String` per id.
///
/// Every id's bytes are appended to blocks of 1 MiB (so they are never copied as the set grows, and never held twice);
/// an open-addressing table (at most three quarters full, as the standard
/// library's `Set`) holds, per id, where its
/// bytes start, how many there are and 16 bits of its hash, so a lookup compares bytes only with ids that share them.
/// Ids are hashed with the standard library's `Hasher`, seeded per process, so a file cannot be made to collide. Two
/// ids are the same when their bytes are (ids that look alike but differ in Unicode normalisation are different ids).
/// Memory: the ids' bytes plus 8 to 16 bytes per id.
struct BatchIDSet {
    /// All ids' bytes, one after another in blocks of ``blockSize``; an id never straddles two blocks.
    private var blocks: [[UInt8]] = []
    /// The table: 0 for an empty slot, else `start << 24 | length << 16 | hash tag`, `start` counting from the first
    /// block's first byte.
    private var slots: [UInt64]
    /// How many ids the set holds.
    private(set) var count = 0
    /// The bytes of all the ids it holds.
    private(set) var byteCount = 0

    /// The longest id, in UTF-8 bytes, a batch takes (a longer one is E440): a file system's longest file name (a
    /// memo is named after its id), and what a slot's 8 bits of length hold.
    static let longestID = 255

    /// The most bytes all of a batch's ids may take together by default (more is E440): 128 MiB, so that with the
    /// table (8 to 16 bytes an id) and the chunks in flight a batch stays under 256 MiB. A million ids of 128 bytes fit.
    static let mostBytes = 128 << 20

    /// Creates a set with room for about `capacity` ids before it grows.
    init(capacity: Int = 0) {
        slots = Array(repeating: 0, count: Self.tableSize(for: capacity))
    }

    /// The bytes of one block.
    private static let blockSize = 1 << 20

    /// Makes room for `capacity` ids in all, so the table is not rebuilt while they are added.
    mutating func reserveCapacity(_ capacity: Int) {
        let size = Self.tableSize(for: capacity)
        if size > slots.count { rebuild(size: size) }
    }

    /// Adds `id` (at most ``longestID`` bytes) and says whether it was new.
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>) -> Bool { insert(id, hash: Self.hash(id)) }

    /// Adds `id` (at most ``longestID`` bytes), whose ``hash(_:)`` is `hash`, and says whether it was new.
    ///
    /// A caller with many ids hashes them all first: a look-up is then a few instructions, so the processor overlaps
    /// the cache misses of several (the table of a million ids is 16 MiB, past the caches; in a micro-benchmark of
    /// this set, 220 → 135 ns of CPU an id at 1M ids, 172 → 105 at 100k).
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, hash: Int) -> Bool {
        precondition(id.count <= Self.longestID, "an id of \(id.count) bytes")
        if (count + 1) * 4 > slots.count * 3 { rebuild(size: slots.count * 2) }
        let tag = UInt64(truncatingIfNeeded: hash) & 0xFFFF
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash >> 16) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { break }
            if slot & 0xFFFF == tag && Int((slot >> 16) & 0xFF) == id.count && equals(slot, id) { return false }
            index = (index + 1) & mask
        }
        if blocks.isEmpty || blocks[blocks.count - 1].count + id.count > Self.blockSize {
            var block: [UInt8] = []
            block.reserveCapacity(Self.blockSize)
            blocks.append(block)
        }
        let last = blocks.count - 1
        let start = last * Self.blockSize + blocks[last].count
        blocks[last].append(contentsOf: id)
        slots[index] = UInt64(start) << 24 | UInt64(id.count) << 16 | tag
        count += 1
        byteCount += id.count
        return true
    }

    /// Whether the id in `slot` has `id`'s bytes (their lengths already agree).
    private func equals(_ slot: UInt64, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        stored(slot) { stored in id.indices.allSatisfy { stored[$0] == id[$0] } }
    }

    /// Calls `body` with the bytes of the id in `slot`.
    private func stored<Value>(_ slot: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        let start = Int(slot >> 24), length = Int((slot >> 16) & 0xFF)
        let offset = start % Self.blockSize
        return blocks[start / Self.blockSize].withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offset..<offset + length])) }
    }

    /// Moves every id into a table of `size` slots.
    private mutating func rebuild(size: Int) {
        var table = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for slot in slots where slot != 0 {
            let hash = stored(slot, Self.hash)
            var index = Int(truncatingIfNeeded: hash >> 16) & mask
            while table[index] != 0 { index = (index + 1) & mask }
            table[index] = slot
        }
        slots = table
    }

    /// An id's hash: the standard library's `Hasher`, seeded per process.
    static func hash(_ id: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(id))
        return hasher.finalize()
    }

    /// The smallest power of two of at least 16 slots that holds `capacity` ids at most three quarters full.
    private static func tableSize(for capacity: Int) -> Int {
        var size = 16
        while size * 3 < capacity * 4 { size *= 2 }
        return size
    }
}
