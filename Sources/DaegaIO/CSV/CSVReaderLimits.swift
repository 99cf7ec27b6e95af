/// Limits that keep a hostile or broken file from using unbounded memory.
public struct CSVReaderLimits: Sendable, Equatable {
    /// The most UTF-8 bytes one field may hold.
    public var maximumFieldBytes: Int
    /// The most fields one record may hold.
    public var maximumFieldCount: Int
    /// The most UTF-8 bytes one record may hold, all fields together (a reader uses at most ``largestRecordBytes``).
    public var maximumRecordBytes: Int

    /// The largest record limit there can be: a record keeps its fields' offsets in 32 bits, and a run of bytes may
    /// pass the limit by one chunk before it is caught.
    public static let largestRecordBytes = Int(UInt32.max) / 2

    /// Creates limits.
    /// - Parameters:
    ///   - maximumFieldBytes: the most UTF-8 bytes in one field.
    ///   - maximumFieldCount: the most fields in one record.
    ///   - maximumRecordBytes: the most UTF-8 bytes in one record (a reader uses at most ``largestRecordBytes``).
    public init(maximumFieldBytes: Int, maximumFieldCount: Int, maximumRecordBytes: Int) {
        self.maximumFieldBytes = maximumFieldBytes
        self.maximumFieldCount = maximumFieldCount
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// 1 MiB per field, 10,000 fields and 16 MiB per record: far above any Excel sheet of project lines
    /// (an Excel cell holds at most 32,767 characters).
    public static let standard = CSVReaderLimits(maximumFieldBytes: 1 << 20, maximumFieldCount: 10_000,
                                                 maximumRecordBytes: 16 << 20)
}
