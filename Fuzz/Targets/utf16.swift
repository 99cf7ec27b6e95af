import DaegaEngine
import DaegaIO

// Target `utf16`: UTF-16 text (Excel's "유니코드 텍스트") through detection and `CSVReader`. The first byte picks the
// byte order mark put in front (little- or big-endian) and a chunk size of 1–16 bytes, so surrogate pairs and code
// units are cut at every place; the reading must equal the one-chunk reading, records and error alike.

/// Requires that the reader detected UTF-16 from the byte order mark.
private func requireUTF16(_ reader: CSVReader) {
    fuzzRequire([.utf16LittleEndian, .utf16BigEndian].contains(reader.encoding), "a UTF-16 BOM read as \(reader.encoding)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUTF16(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        guard let selector = bytes.first else { return }
        let text = (selector & 0x80 == 0 ? [0xFF, 0xFE] : [0xFE, 0xFF]) + bytes.dropFirst()
        let chunked = CSVReading(text, chunkSize: Int(selector % 16) + 1, opened: requireUTF16)
        let whole = CSVReading(text, chunkSize: 64 * 1024, opened: requireUTF16)
        fuzzRequire(chunked == whole, "chunk size \(selector % 16 + 1) read \(chunked), one chunk read \(whole)")
    }
}
