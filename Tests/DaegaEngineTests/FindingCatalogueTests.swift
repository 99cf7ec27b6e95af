import DaegaEngine
import DaegaTestSupport
import Foundation
import Testing

/// docs/findings.md lists every finding code, and every code written in the engine's sources is in `FindingCode`.
@Suite struct FindingCatalogueTests {
    /// The codes of the catalogue's table rows, in order.
    static let documented: [String] = {
        let text = try! String(contentsOfFile: Repository.root + "/docs/findings.md", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
    }()

    /// Every `code: "…"` literal given to a `Finding` in the engine's sources.
    static let literalCodes: Set<String> = {
        let folder = Repository.root + "/Sources/DaegaEngine"
        let files = FileManager.default.enumerator(atPath: folder)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let pattern = try! NSRegularExpression(pattern: #"Finding\(\s*code: "([a-z_]+)""#)
        var codes: Set<String> = []
        for file in files {
            let text = try! String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return codes
    }()

    @Test func catalogueListsEveryCodeOnce() {
        #expect(Self.documented == FindingCode.allCases.map(\.rawValue))
    }

    @Test func everyCodeInTheSourcesIsCatalogued() {
        #expect(!Self.literalCodes.isEmpty)
        let catalogued = Set(FindingCode.allCases.map(\.rawValue))
        #expect(Self.literalCodes.subtracting(catalogued).isEmpty, "\(Self.literalCodes.subtracting(catalogued))")
    }

    @Test(arguments: [CoverageTier.belowGuide, .typicalBidBelowBreakEven, .fullBudgetBelowBreakEven])
    func everyCoverageTierHasACode(tier: CoverageTier) {
        #expect(FindingCode(rawValue: "coverage_" + tier.rawValue) != nil)
    }
}
