import DaegaEngine
import DaegaIO

// Target `csv`: encoding detection (UTF-8, BOM, CP949) and the CSV reader, read to the end or the first error.
// The first byte picks a small chunk size, so decoding and parsing cross chunk boundaries everywhere; the
// same bytes are then read in one chunk, and both readings must give the same records and the same error.

/// The records read and the error that ended reading, if any.
private struct Reading: Equatable {
    var records: [CSVRecord] = []
    var error: DaegaError?
}

private func read(_ bytes: ArraySlice<UInt8>, chunkSize: Int) -> Reading {
    var reading = Reading()
    do {
        let reader = try CSVReader(bytes: Array(bytes), path: "fuzz.csv",
                                   limits: CSVReaderLimits(maximumFieldBytes: 256, maximumFieldCount: 64,
                                                           maximumRecordBytes: 1024),
                                   chunkSize: chunkSize)
        while let record = try reader.next() { reading.records.append(record) }
    } catch {
        reading.error = error
    }
    return reading
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        guard let selector = bytes.first else { return }
        let text = bytes.dropFirst()
        let chunked = read(text, chunkSize: Int(selector % 16) + 1)
        let whole = read(text, chunkSize: 64 * 1024)
        fuzzRequire(chunked == whole, "chunk size \(selector % 16 + 1) read \(chunked), one chunk read \(whole)")
    }
}
