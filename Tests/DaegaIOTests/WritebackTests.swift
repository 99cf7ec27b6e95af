import CWriteback
import DaegaEngine
@testable import DaegaIO
import Foundation
import Testing

/// The early writeback `AtomicFileWriter` asks for must reach Linux: a C shim compiled to its no-op branch would pass
/// every output test silently, only slower.
@Test func linuxTakesAnEarlyWritebackRequestForAFileButNotForAPipe() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = open(try directory.write(Array(repeating: 0x41, count: 100_000), to: "dirty.txt"), O_WRONLY)
    try #require(file >= 0)
    defer { close(file) }
    #if os(Linux)
    #expect(daega_start_writeback(file, 0, 100_000) == 1)
    var pipeEnds: [Int32] = [-1, -1]
    try #require(pipe(&pipeEnds) == 0)
    defer { pipeEnds.forEach { close($0) } }
    #expect(daega_start_writeback(pipeEnds[1], 0, 100) == 0)
    #else
    #expect(daega_start_writeback(file, 0, 100_000) == 0)
    #endif
}

/// A sink asks for writeback of each whole 8 MiB stretch once, counted from the file's start, and a plain sink
/// (standard output, for one) never asks.
@Test func aSinkAsksForWritebackEveryEightMebibytesOfWhatItWrote() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let descriptor = open(directory.file("big.csv"), O_WRONLY | O_CREAT | O_EXCL, 0o644)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let early = FileByteSink(fileDescriptor: descriptor, path: "big.csv", startsWritebackEarly: true)
    let plain = FileByteSink(fileDescriptor: descriptor, path: "big.csv")
    // Pieces of 65,537 bytes each fill the 64 KiB buffer and are written alone: 128 of them pass 8 MiB.
    let piece = [UInt8](repeating: 0x41, count: 65_537)
    for written in 1...300 {
        try early.write(piece)
        let expected = written / 128 * 128 * piece.count
        #expect(early.writebackRequested == expected, "after \(written) pieces")
    }
    for _ in 1...200 { try plain.write(piece) }
    try plain.flush()
    #expect(plain.writebackRequested == 0)
}
