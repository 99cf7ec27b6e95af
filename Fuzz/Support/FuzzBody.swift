import DaegaEngine

/// Runs one fuzz input through `body`, where a thrown `DaegaError` is the expected way to refuse bad input.
///
/// Crashes and hangs are caught by libFuzzer and the address sanitizer; other thrown errors by
/// ``expectOnlyDaegaErrors(_:)``.
/// - Parameters:
///   - data: the bytes libFuzzer hands to `LLVMFuzzerTestOneInput`.
///   - size: how many bytes there are.
///   - body: the code under test, given the bytes as an array.
/// - Returns: 0, as libFuzzer expects.
func fuzzBody(_ data: UnsafePointer<UInt8>?, _ size: Int, _ body: ([UInt8]) throws -> Void) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    expectOnlyDaegaErrors { try body(bytes) }
    return 0
}

/// Runs `body`, accepting a thrown `DaegaError` and stopping the fuzzer on any other error, since every
/// failure must reach the user as a `DaegaError`.
/// - Parameter body: one parser call.
func expectOnlyDaegaErrors(_ body: () throws -> Void) {
    do {
        try body()
    } catch is DaegaError {
        return
    } catch {
        fatalError("not a DaegaError: \(type(of: error)): \(error)")
    }
}

/// Stops the fuzzer when an invariant the parsers promise does not hold.
/// - Parameters:
///   - condition: what must be true.
///   - message: what went wrong, for the crash report.
func fuzzRequire(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}
