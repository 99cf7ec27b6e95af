import DaegaEngine
import DaegaIO

// Target `amount`: amounts, decimals and percentages as spreadsheet users type them (`ValueText.won`,
// `ValueText.decimal` with `%`), on any UTF-8 text. A refused cell must be a `DaegaError`; an accepted amount, written
// back with thousands separators (and again with `원`), must read as the same number of won.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAmount(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        if let value = try? ValueText.won(text, at: .flag("--amount")) {
            let again = try ValueText.won(value.grouped, at: .flag("--amount"))
            let withSign = try ValueText.won(value.grouped + "원", at: .flag("--amount"))
            fuzzRequire(again == value && withSign == value, "'\(text)' read as \(value), its grouped form as \(again), \(withSign)")
        }
        expectOnlyDaegaErrors { _ = try ValueText.decimal(text, at: .flag("--rate"), suffixes: ["%"]) }
        expectOnlyDaegaErrors { _ = try ValueText.integer(text, at: .flag("--count"), in: 0...1_000_000, what: "count") }
    }
}
