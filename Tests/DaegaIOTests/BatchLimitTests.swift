import DaegaEngine
@testable import DaegaIO
import Foundation
import Testing

/// A batch's memory is bounded by bytes: wide rows make short chunks, an id past its limit stops the batch at its
/// cell, and the set of ids seen compares raw bytes.
@Suite struct BatchLimitTests {
    static let header = "id,memo,fp,budget"

    /// Rows with a carried-through cell of `width` bytes each.
    static func wide(rows: Int, width: Int) -> String {
        header + "\n" + (0..<rows).map { "W-\($0),\(String(repeating: "x", count: width)),300,250000000\n" }.joined()
    }

    @Test func wideRowsEndAChunkByBytesNotByRowCount() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = try directory.write(Array(Self.wide(rows: 40, width: 64 << 10).utf8), to: "in.csv")
        let request = BatchRequest(input: input, output: directory.file("out.csv"), selection: BatchHarness.selection, workers: 2)
        var done: [Int] = []
        let summary = try BatchRunner.run(request, progress: { done.append($0) })
        // 256 KiB of cells hold four rows of 64 KiB: a chunk of 1,024 rows would have held all forty at once.
        #expect(done == Array(stride(from: 4, through: 40, by: 4)))
        #expect(summary.rows == 40 && summary.failedRows == 0)
        let reference = try BatchHarness().run(Self.wide(rows: 40, width: 64 << 10), workers: 1, chunkRows: 1)
        #expect(try BatchHarness.records(directory.file("out.csv")) == reference.output)
    }

    @Test func anIDPastTheLimitStopsTheBatchAtItsCell() throws {
        let longest = String(repeating: "가", count: 85)  // 255 bytes
        #expect(longest.utf8.count == BatchIDSet.longestID)
        let accepted = try BatchHarness()
        defer { accepted.directory.remove() }
        #expect(try accepted.run("id,fp,budget\n\(longest),300,250000000\n").summary.failedRows == 0)
        let harness = try BatchHarness()
        defer { harness.directory.remove() }
        let error = try #require(throws: DaegaError.self) {
            try harness.run("id,fp,budget\nA,300,250000000\nB,300,250000000\n\(longest)z,300,250000000\n")
        }
        #expect(error.code == .batchIDLimit)
        #expect(error.location == .file(path: harness.directory.file("in.csv"), line: 4, column: 1))
        #expect(error.message.contains("255바이트"))
        #expect(try harness.directory.contents() == ["in.csv"])
    }

    @Test func idsPastTheirTotalLimitStopTheBatchAtTheCellThatCrossesIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // Three ids of 8 bytes against a limit of 20: the third would make 24.
        let input = try directory.write(Array("id,fp,budget\nPRJ-0001,300,250000000\nPRJ-0002,300,250000000\nPRJ-0003,300,250000000\n".utf8),
                                        to: "in.csv")
        var request = BatchRequest(input: input, output: directory.file("out.csv"), selection: BatchHarness.selection, workers: 1)
        request.idBytesLimit = 20
        let error = try #require(throws: DaegaError.self) { try BatchRunner.run(request) }
        #expect(error.code == .batchIDLimit)
        #expect(error.location == .file(path: input, line: 4, column: 1))
        #expect(error.message == "모든 id를 합친 크기가 한도 20바이트를 넘습니다 (id 2개를 읽은 뒤)")
        #expect(try directory.contents() == ["in.csv"])
        request.idBytesLimit = 24
        #expect(try BatchRunner.run(request).rows == 3)
        #expect(BatchRequest(input: input, output: "o.csv", selection: BatchHarness.selection).idBytesLimit == 128 << 20)
    }

    @Test func theIDSetComparesBytesAndKeepsEveryIDAsItGrows() {
        var set = BatchIDSet()
        let ids = (0..<5_000).map { Array("PRJ-\($0)".utf8) }
        for id in ids { #expect(id.withUnsafeBufferPointer { set.insert($0) }) }
        for id in ids { #expect(!id.withUnsafeBufferPointer { set.insert($0) }) }
        #expect(set.count == 5_000)
        // 12,000 ids of 200 bytes fill more than two blocks of 1 MiB; none straddles two.
        let wide = (0..<12_000).map { Array(("W-\($0)-" + String(repeating: "x", count: 200)).utf8.prefix(200)) }
        for id in wide { #expect(id.withUnsafeBufferPointer { set.insert($0) }) }
        for id in wide { #expect(!id.withUnsafeBufferPointer { set.insert($0) }) }
        #expect(set.count == 17_000)
        // Precomposed 가 and its jamo are different bytes, so different ids.
        #expect(Array("\u{AC00}".utf8).withUnsafeBufferPointer { set.insert($0) })
        #expect(Array("\u{1100}\u{1161}".utf8).withUnsafeBufferPointer { set.insert($0) })
    }
}
