import DaegaEngine
import DaegaIO

// Target `rates`: the guide, procurement and sizing rate-book readers, each on the same text.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        expectOnlyDaegaErrors { _ = try GuideBookReader.read(text, path: "fuzz.toml") }
        expectOnlyDaegaErrors { _ = try ProcurementBookReader.read(text, path: "fuzz.toml") }
        expectOnlyDaegaErrors { _ = try SizingBookReader.read(text, path: "fuzz.toml") }
    }
}
