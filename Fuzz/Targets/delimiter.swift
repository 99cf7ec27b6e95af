import DaegaEngine
import DaegaIO

// Target `delimiter`: delimiter detection (`sep=` lines, `;`, tab, comma) and the reader that follows it. The first
// byte picks a prefix (`sep=;`, `sep=\t`, `sep=,`, nothing) and a chunk size of 1–16 bytes, so the first line is cut
// at every place; the reading must equal the one-chunk reading, and no record may be wider than the limit.

/// Requires that no record passed the field limit of 64.
private func requireWithinLimit(_ record: CSVRecord) {
    fuzzRequire(record.fieldCount <= 64, "a record of \(record.fieldCount) fields passed the limit of 64")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDelimiter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        guard let selector = bytes.first else { return }
        let prefixes = ["sep=;\r\n", "sep=\t\n", "sep=,\n", ""]
        let text = Array(prefixes[Int(selector >> 6)].utf8) + bytes.dropFirst()
        let chunked = CSVReading(text, chunkSize: Int(selector % 16) + 1, encoding: .utf8, check: requireWithinLimit)
        let whole = CSVReading(text, chunkSize: 64 * 1024, encoding: .utf8, check: requireWithinLimit)
        fuzzRequire(chunked == whole, "chunk size \(selector % 16 + 1) read \(chunked), one chunk read \(whole)")
    }
}
