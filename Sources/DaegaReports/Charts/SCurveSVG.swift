import DaegaEngine

/// An S-curve (cumulative probability of the simulated proper cost) as inline SVG, for the HTML memo: no script, no
/// external file, no network. The curve is drawn through the samples' percentiles 0–100, so it never goes down;
/// dashed lines mark P10, P50 and P90, and a vertical line marks the budget with its coverage probability.
public enum SCurveSVG {
    /// The drawing's size in CSS pixels.
    public static let width = 640, height = 320
    static let left = 80, right = 24, top = 24, bottom = 56

    /// Renders the S-curve of `range`.
    /// - Parameters:
    ///   - range: the simulated range (its sorted samples draw the curve; its budget and coverage mark the budget).
    ///   - language: language of the labels.
    /// - Returns: an `<svg>` element as text.
    public static func render(_ range: RangeResult, language: Language) -> String {
        let ko = language == .ko
        let samples = range.properCost.sorted
        let points = (0...100).map { percent in samples[min(samples.count - 1, percent * (samples.count - 1) / 100)] }
        var low = points.first!.value, high = points.last!.value
        if let budget = range.budget { low = min(low, budget.value); high = max(high, budget.value) }
        if high == low { high = low + 1 }
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        /// x in tenths of a pixel for an amount.
        func x(_ amount: Int64) -> Int {
            left * 10 + Int((Int128(amount - low) * Int128(plotWidth * 10)) / Int128(high - low))
        }
        /// y in tenths of a pixel for a percentage.
        func y(_ percent: Int) -> Int { (top + plotHeight) * 10 - percent * plotHeight * 10 / 100 }
        func px(_ tenths: Int) -> String { "\(tenths / 10).\(tenths % 10)" }

        let title = ko ? "적정 대가(VAT 포함)의 누적확률 (S-곡선, 표본 \(samples.count)개)"
                       : "Cumulative probability of the proper cost incl. VAT (S-curve, \(samples.count) samples)"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"s-curve\" width=\"\(width)\" height=\"\(height)\" "
        svg += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(XMLEscaping.escape(title))\">"
        svg += "<title>\(XMLEscaping.escape(title))</title>"
        svg += "<g font-family=\"sans-serif\" font-size=\"11\" fill=\"#333\">"
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - right)\" y2=\"\(top + plotHeight)\" stroke=\"#333\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"#333\"/>"
        for percent in [0, 50, 100] {
            svg += "<text x=\"\(left - 6)\" y=\"\(px(y(percent) + 40))\" text-anchor=\"end\">\(percent)%</text>"
        }
        for (percent, amount) in [(10, range.properCost.p10), (50, range.properCost.p50), (90, range.properCost.p90)] {
            svg += "<line class=\"quantile\" x1=\"\(left)\" y1=\"\(px(y(percent)))\" x2=\"\(px(x(amount.value)))\" y2=\"\(px(y(percent)))\" "
            svg += "stroke=\"#999\" stroke-dasharray=\"3 3\"/>"
            svg += "<line class=\"quantile\" x1=\"\(px(x(amount.value)))\" y1=\"\(px(y(percent)))\" x2=\"\(px(x(amount.value)))\" "
            svg += "y2=\"\(top + plotHeight)\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>"
            svg += "<text x=\"\(px(x(amount.value)))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">P\(percent) "
            svg += "\(XMLEscaping.escape(short(amount, ko: ko)))</text>"
        }
        let polyline = points.enumerated().map { "\(px(x($0.element.value))),\(px(y($0.offset)))" }.joined(separator: " ")
        svg += "<polyline class=\"curve\" fill=\"none\" stroke=\"#0b5ed7\" stroke-width=\"2\" points=\"\(polyline)\"/>"
        if let budget = range.budget, let coverage = range.coveragePermille {
            let share = "\(coverage / 10).\(coverage % 10)%"
            let label = ko ? "예산 \(short(budget, ko: true)): 충족 확률 \(share)" : "Budget \(short(budget, ko: false)): \(share) chance of covering"
            svg += "<line class=\"budget\" x1=\"\(px(x(budget.value)))\" y1=\"\(top)\" x2=\"\(px(x(budget.value)))\" "
            svg += "y2=\"\(top + plotHeight)\" stroke=\"#c0392b\" stroke-width=\"2\"/>"
            let anchor = x(budget.value) > (left + plotWidth / 2) * 10 ? "end" : "start"
            let offset = anchor == "end" ? -40 : 40
            svg += "<text class=\"budget-label\" x=\"\(px(x(budget.value) + offset))\" y=\"\(top + 12)\" text-anchor=\"\(anchor)\" "
            svg += "fill=\"#c0392b\">\(XMLEscaping.escape(label))</text>"
        }
        svg += "<text x=\"\(left + plotWidth / 2)\" y=\"\(height - 12)\" text-anchor=\"middle\">"
        svg += "\(ko ? "적정 대가 (VAT 포함)" : "Proper cost (incl. VAT)")</text>"
        svg += "</g></svg>"
        return svg
    }

    /// An amount in 억원 (Korean) or millions of won (English), one decimal, for axis labels.
    static func short(_ amount: Won, ko: Bool) -> String {
        let unit: Int128 = ko ? 10_000_000 : 100_000
        let tenths = RoundingRule.toNearestOrAway.divide(Int128(amount.value), by: unit)
        let text = ExactDecimal(significand: Int64(tenths), scale: 1).grouped
        return ko ? "\(text)억원" : "₩\(text)M"
    }
}
