import DaegaEngine
import DaegaIO

/// The records a CSV reader handed out and the error that ended reading, if any: what the reader targets compare
/// between a chunked and a one-chunk reading.
struct CSVReading: Equatable {
    var records: [CSVRecord] = []
    var error: DaegaError?

    /// Reads `bytes` to the end or the first error with small limits (256-byte fields, 64 fields, 1 KiB records).
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - chunkSize: how many bytes are decoded at a time.
    ///   - encoding: the encoding, or `nil` to detect it.
    ///   - opened: called with the reader once it is open.
    ///   - check: called with each record, to require what a target promises.
    init(_ bytes: [UInt8], chunkSize: Int, encoding: TextEncoding? = nil,
         opened: (CSVReader) -> Void = { _ in }, check: (CSVRecord) -> Void = { _ in }) {
        do {
            let reader = try CSVReader(bytes: bytes, path: "fuzz.csv", encoding: encoding,
                                       limits: CSVReaderLimits(maximumFieldBytes: 256, maximumFieldCount: 64, maximumRecordBytes: 1024),
                                       chunkSize: chunkSize)
            opened(reader)
            while let record = try reader.next() {
                check(record)
                records.append(record)
            }
        } catch {
            self.error = error
        }
    }
}
