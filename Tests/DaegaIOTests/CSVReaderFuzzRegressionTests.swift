import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

// Inputs the fuzzer (Fuzz/Targets/csv.swift) found, kept as tests. The exact inputs live in the seed
// corpus under Fuzz/corpus/csv/regression-*, whose first byte is the driver's chunk-size selector.

/// Reads `bytes` to the end with `limits`, `chunkSize` bytes at a time, returning the error that stopped it.
private func stoppingError(_ bytes: [UInt8], limits: CSVReaderLimits, chunkSize: Int) -> DaegaError? {
    #expect(throws: DaegaError.self) {
        let reader = try CSVReader(bytes: bytes, path: "in.csv", limits: limits, chunkSize: chunkSize)
        while try reader.next() != nil {}
    }
}

/// A field run that crosses the record limit before the field limit: a reader that appended the run at once
/// reported the field limit, one fed a byte at a time the record limit. The record limit is the one crossed.
@Test("a field crossing the record limit first reports the record limit at every chunk size", arguments: chunkSizes)
func recordLimitCrossedBeforeFieldLimit(chunkSize: Int) {
    let limits = CSVReaderLimits(maximumFieldBytes: 8, maximumFieldCount: 10, maximumRecordBytes: 10)
    let error = stoppingError("ok\nabcdef,ghijklmnopq\n".bytes, limits: limits, chunkSize: chunkSize)
    #expect(error?.location == .file(path: "in.csv", line: 2, column: 1))
    #expect(error?.message == "레코드가 한도 10바이트를 넘습니다")
}

@Test func fuzzFoundCP949RecordGivesTheSameLimitErrorWhateverTheChunks() throws {
    let path = Repository.root + "/Fuzz/corpus/csv/regression-record-limit-before-field-limit"
    let input = try #require(FileManager.default.contents(atPath: path))
    let limits = CSVReaderLimits(maximumFieldBytes: 256, maximumFieldCount: 64, maximumRecordBytes: 1024)
    let text = Array(input.dropFirst())
    let whole = stoppingError(text, limits: limits, chunkSize: 64 * 1024)
    #expect(whole?.location == .file(path: "in.csv", line: 1, column: 1))
    #expect(whole?.message == "레코드가 한도 1024바이트를 넘습니다")
    for chunkSize in [1, 2, 3] {
        #expect(stoppingError(text, limits: limits, chunkSize: chunkSize) == whole)
    }
}
