import CHeapTuning

/// How the C allocator keeps freed memory: a setting for the whole process, so the program that runs a batch (the
/// `batch` command, the benchmark) makes it, not `BatchRunner`.
///
/// A batch allocates and frees about a megabyte per chunk of rows. By default glibc hands freed memory at the top of
/// the heap back to the system and maps blocks over 128 KiB afresh, so each chunk pays for new pages: about 150,000
/// page faults per million rows. Keeping up to 64 MiB freed and mapping only blocks of 32 MiB or more separately lets
/// the next chunk reuse the same pages (12,000 faults; measured 4–8% less wall time at 1M rows). Peak memory stays
/// what the batch itself uses. With a C library other than glibc this does nothing.
public enum HeapTuning {
    /// Freed memory glibc keeps for reuse before returning any to the system.
    static let keptBytes: Int32 = 64 << 20
    /// The smallest block glibc maps on its own rather than taking from the heap (glibc's upper limit on 64-bit).
    static let separateMappingBytes: Int32 = 32 << 20

    /// Applies the settings to the whole process (again each call: they are two assignments).
    /// - Returns: whether the C library took them (false with any C library but glibc).
    @discardableResult
    public static func keepFreedMemoryForReuse() -> Bool {
        daega_keep_freed_memory(keptBytes, separateMappingBytes) == 1
    }
}
