import DaegaEngine
import DaegaIO

// Target `csv`: encoding detection (UTF-8, BOM, CP949) and the CSV reader, read to the end or the first error.
// The first byte picks a small chunk size, so decoding and parsing cross chunk boundaries everywhere; the
// same bytes are then read in one chunk, and both readings must give the same records and the same error.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        guard let selector = bytes.first else { return }
        let text = bytes.dropFirst()
        let chunked = CSVReading(Array(text), chunkSize: Int(selector % 16) + 1)
        let whole = CSVReading(Array(text), chunkSize: 64 * 1024)
        fuzzRequire(chunked == whole, "chunk size \(selector % 16 + 1) read \(chunked), one chunk read \(whole)")
    }
}
