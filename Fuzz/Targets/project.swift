import DaegaEngine
import DaegaIO

// Target `project`: the project-file loader, whose first stage is the TOML subset parser, so one call
// covers both. Bytes are decoded as UTF-8 with replacement characters: the parsers only ever see text.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProject(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        _ = try ProjectFile.parse(String(decoding: bytes, as: UTF8.self), path: "fuzz.toml")
    }
}
