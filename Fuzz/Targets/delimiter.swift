import DaegaEngine
import DaegaIO

// Target `delimiter`: delimiter detection (`sep=` lines, `;`, tab, comma) and the reader that follows it. The first
// byte picks a prefix (`sep=;`, `sep=\t`, `sep=,`, nothing) and a chunk size of 1–16 bytes, so the first line is cut
// at every place; the reading must equal the one-chunk reading, and no record may be wider than the limit.

/// The records read and the error that ended reading, if any.
private struct Reading: Equatable {
    var records: [CSVRecord] = []
    var error: DaegaError?
}

private func read(_ bytes: [UInt8], chunkSize: Int) -> Reading {
    var reading = Reading()
    do {
        let reader = try CSVReader(bytes: bytes, path: "fuzz.csv", encoding: .utf8,
                                   limits: CSVReaderLimits(maximumFieldBytes: 256, maximumFieldCount: 64, maximumRecordBytes: 1024),
                                   chunkSize: chunkSize)
        while let record = try reader.next() {
            fuzzRequire(record.fieldCount <= 64, "a record of \(record.fieldCount) fields passed the limit of 64")
            reading.records.append(record)
        }
    } catch {
        reading.error = error
    }
    return reading
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDelimiter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        guard let selector = bytes.first else { return }
        let prefixes = ["sep=;\r\n", "sep=\t\n", "sep=,\n", ""]
        let text = Array(prefixes[Int(selector >> 6)].utf8) + bytes.dropFirst()
        let chunked = read(text, chunkSize: Int(selector % 16) + 1)
        let whole = read(text, chunkSize: 64 * 1024)
        fuzzRequire(chunked == whole, "chunk size \(selector % 16 + 1) read \(chunked), one chunk read \(whole)")
    }
}
