@testable import DaegaIO
import Testing

/// The allocator settings a batch makes must reach glibc: a C shim that compiled to its no-op branch would pass
/// silently otherwise (it did once, when `__GLIBC__` was tested before any C library header defined it).
@Test func glibcTakesTheBatchHeapSettings() {
    #if canImport(Glibc)
    #expect(HeapTuning.keepFreedMemoryForReuse())
    #else
    #expect(!HeapTuning.keepFreedMemoryForReuse())
    #endif
}
