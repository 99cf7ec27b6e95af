import DaegaEngine
import DaegaReports
import DaegaTestSupport
import Foundation
import Testing
import ZIPFoundation

/// No memo of any sample, in any format and language, shows a reader an internal key or a file of this repository.
@Suite struct MemoInternalKeyScanTests {
    @Test(arguments: MemoFixture.samples, Language.allCases)
    func memoShowsNoInternalKey(sample: String, language: Language) throws {
        let memo = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: language)
        var outputs = [("html", MemoHTML.render(memo)), ("md", MemoMarkdown.render(memo))]
        let archive = try Archive(data: try MemoHWPX.render(memo), accessMode: .read)
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            outputs.append(("hwpx " + entry.path, String(decoding: data, as: UTF8.self)))
        }
        for (format, text) in outputs {
            let found = InternalKeys.found(in: text)
            #expect(found.isEmpty, "\(sample) \(language) \(format): \(found.prefix(3))")
        }
    }
}
