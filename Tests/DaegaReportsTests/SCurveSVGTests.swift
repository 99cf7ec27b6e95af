import DaegaEngine
import DaegaReports
import DaegaTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The memo's S-curve: well-formed SVG, a curve that never goes down, and the budget marker where the budget is.
@Suite struct SCurveSVGTests {
    static let ratio = try! Repository.library.procurement.newest()!.rules(on: CalendarDate(year: 2026, month: 3, day: 1)!).awardRatioPercent

    static func range(budget: Int64) throws -> RangeResult {
        let input = ProjectEstimateInput(edition: Repository.edition(2025),
                                         functionPoints: FunctionPointRequest(scope: .counts([.ilf: 12, .ei: 40, .eq: 30])),
                                         manMonths: nil, plannedMonths: nil, bands: try! Repository.library.durations.newest()!)
        return try RangeSimulator.simulate(input, settings: RangeSettings(stage: .budget, samples: 400, seed: 4),
                                           sizing: try! Repository.library.sizing.newest()!,
                                           budget: .init(budgetWithVAT: Won(budget), awardRatio: ratio))
    }

    /// The element attributes of every tag named `name`, read by Foundation's XML parser (which also proves the SVG is well-formed).
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(String, [String: String])] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            elements.append((name, attributes))
        }
    }

    static func parse(_ svg: String) throws -> [(String, [String: String])] {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return collector.elements
    }

    @Test(arguments: [Language.ko, .en])
    func curveIsWellFormedAndNeverGoesDown(language: Language) throws {
        let svg = SCurveSVG.render(try Self.range(budget: 400_000_000), language: language)
        let elements = try Self.parse(svg)
        #expect(elements.first?.0 == "svg" && elements.first?.1["xmlns"] == "http://www.w3.org/2000/svg")
        let curve = try #require(elements.first { $0.0 == "polyline" }?.1["points"])
        let points = curve.split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
        #expect(points.count == 101)
        for (previous, next) in zip(points, points.dropFirst()) {
            #expect(next[0] >= previous[0], "x never decreases")
            #expect(next[1] < previous[1], "y rises (SVG y grows downwards)")
        }
        #expect(!svg.contains("<script") && !svg.contains("href"))
    }

    /// The budget line sits at left + (budget − lowest) × plot width ÷ (highest − lowest), in tenths of a pixel.
    @Test func budgetMarkerIsAtTheBudget() throws {
        let range = try Self.range(budget: 400_000_000)
        let elements = try Self.parse(SCurveSVG.render(range, language: .ko))
        let marker = try #require(elements.first { $0.1["class"] == "budget" }?.1)
        let low = min(range.properCost.sorted.first!.value, 400_000_000), high = max(range.properCost.sorted.last!.value, 400_000_000)
        let expected = 800 + Int((Int128(400_000_000 - low) * Int128(536 * 10)) / Int128(high - low))
        #expect(marker["x1"] == "\(expected / 10).\(expected % 10)" && marker["x1"] == marker["x2"])
        let svg = SCurveSVG.render(range, language: .ko)
        #expect(svg.contains("예산 4.0억원: 충족 확률 \(range.coveragePermille! / 10).\(range.coveragePermille! % 10)%"))
    }

    @Test func noBudgetMeansNoMarker() throws {
        var range = try Self.range(budget: 400_000_000)
        range.budget = nil
        range.coveragePermille = nil
        #expect(!SCurveSVG.render(range, language: .en).contains("class=\"budget\""))
    }
}
