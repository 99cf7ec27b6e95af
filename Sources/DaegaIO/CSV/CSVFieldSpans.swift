/// Where each finished field of the record being read starts and ends: pairs of 32-bit offsets in one buffer that
/// grows as needed and is reused for every record (a record copies them into its own storage).
struct CSVFieldSpans: ~Copyable {
    /// Set in a field's end offset when the field holds doubled quotes (offsets stay below 2³¹: see
    /// ``CSVReaderLimits/largestRecordBytes``).
    static let doubledQuotesFlag: UInt32 = 1 << 31

    /// The pairs, (start, end) for each field.
    private(set) var base: UnsafeMutableRawPointer
    /// How many pairs there is room for.
    private var capacity = 64
    /// How many fields are finished.
    var count = 0

    init() {
        base = UnsafeMutableRawPointer.allocate(byteCount: 8 * capacity, alignment: 8)
    }

    deinit { base.deallocate() }

    /// Adds a field's offsets.
    @inline(__always)
    mutating func append(start: UInt32, end: UInt32) {
        if count == capacity { grow() }
        base.storeBytes(of: start, toByteOffset: 8 * count, as: UInt32.self)
        base.storeBytes(of: end, toByteOffset: 8 * count + 4, as: UInt32.self)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutableRawPointer.allocate(byteCount: 16 * capacity, alignment: 8)
        larger.copyMemory(from: base, byteCount: 8 * count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
