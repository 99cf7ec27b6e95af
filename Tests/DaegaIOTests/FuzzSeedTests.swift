import DaegaTestSupport
import Foundation
import Testing

/// The rate-book fuzzer starts from copies of the shipped books (`Fuzz/corpus/rates/<folder>-<year>.toml`); a copy
/// left behind when a book changes would fuzz a book nobody ships.
@Test func theRateFuzzSeedsAreTheShippedBooks() throws {
    let seeds = Repository.root + "/Fuzz/corpus/rates"
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".toml") }.sorted()
    #expect(names.count >= 7, "\(names)")
    for name in names {
        let stem = name.dropLast(".toml".count)
        let dash = try #require(stem.lastIndex(of: "-"), "\(name) is not <folder>-<year>.toml")
        let book = "\(Repository.root)/rates/\(stem[..<dash])/\(stem[stem.index(after: dash)...]).toml"
        let seed = try #require(FileManager.default.contents(atPath: "\(seeds)/\(name)"))
        #expect(FileManager.default.contents(atPath: book) == seed, "\(name) differs from \(book): copy the book again")
    }
}
