import DaegaEngine
import DaegaReports
import DaegaTestSupport
import Foundation
import Testing

/// Golden files of the samples' memos, Korean and English, HTML and Markdown, under `Golden/`.
///
/// After a deliberate change to the memo, regenerate them and review the diff:
///
///     DAEGA_UPDATE_GOLDEN=1 swift test --filter MemoGoldenTests
@Suite struct MemoGoldenTests {
    static let folder = Repository.root + "/Tests/DaegaReportsTests/Golden"
    static let updating = ProcessInfo.processInfo.environment["DAEGA_UPDATE_GOLDEN"] == "1"

    @Test(arguments: MemoFixture.samples, Language.allCases)
    func memoMatchesItsGoldenFiles(sample: String, language: Language) throws {
        let memo = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: language)
        for (ext, text) in [("html", MemoHTML.render(memo)), ("md", MemoMarkdown.render(memo))] {
            let path = "\(Self.folder)/\(sample).\(language.rawValue).\(ext)"
            if Self.updating {
                try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                Issue.record("\(path) rewritten: review the diff, then run again without DAEGA_UPDATE_GOLDEN")
                continue
            }
            let golden = try #require(FileManager.default.contents(atPath: path), "missing \(path): run with DAEGA_UPDATE_GOLDEN=1")
            #expect(text == String(decoding: golden, as: UTF8.self), "\(path) differs: review, then DAEGA_UPDATE_GOLDEN=1")
        }
    }
}
