import CWriteback
import Foundation
import Testing

/// The early writeback `AtomicFileWriter` asks for must reach Linux: a C shim compiled to its no-op branch would pass
/// every output test silently, only slower.
@Test func linuxTakesAnEarlyWritebackRequestForAFileButNotForAPipe() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = open(try directory.write(Array(repeating: 0x41, count: 100_000), to: "dirty.txt"), O_WRONLY)
    defer { close(file) }
    var pipeEnds: [Int32] = [0, 0]
    #expect(pipe(&pipeEnds) == 0)
    defer { pipeEnds.forEach { close($0) } }
    #if os(Linux)
    #expect(daega_start_writeback(file, 0, 100_000) == 1)
    #expect(daega_start_writeback(pipeEnds[1], 0, 100) == 0)
    #else
    #expect(daega_start_writeback(file, 0, 100_000) == 0)
    #endif
}
