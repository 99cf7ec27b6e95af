import DaegaEngine

/// Reads a procurement rule book (`rates/procurement/YEAR.toml`) into `ProcurementRules`.
public enum ProcurementBookReader {
    /// Parses and validates a procurement book.
    /// - Throws: `DaegaError` naming `path:line:column`, what was wrong and what was expected.
    public static func read(_ text: String, path: String) throws -> ProcurementRules {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .rateBookSyntax)
        var root = TOMLTableReader(document, path: path, codes: .rateBook)
        var header = try RateBookHeader.read(&root, book: "procurement", expectedKind: "procurement")
        let book = "procurement-\(header.edition)"
        header.effectiveFromReference.book = book
        let context = GuideBookReader.Context(book: book, edition: header.title)
        let percent = ExactDecimal.zero...ExactDecimal(100)
        let amount: ClosedRange<Int64> = 1...1_000_000_000_000

        let awardRatio = try context.section(&root, "award_ratio") { try $0.decimal("percent", in: percent) }
        let participation = try context.section(&root, "participation") { reader -> ParticipationThresholds in
            let midsize = Won(try reader.integer("recent_midsize_won", in: amount))
            let smaller = Won(try reader.integer("large_small_revenue_won", in: amount))
            let biggerValue = try reader.value("large_big_revenue_won")
            let bigger = Won(try reader.integer(from: biggerValue, key: "large_big_revenue_won", in: amount))
            guard midsize < smaller, smaller < bigger else {
                throw reader.valueError(biggerValue, key: "large_big_revenue_won", "참여하한이 오름차순이 아닙니다",
                                        expected: "recent_midsize_won < large_small_revenue_won < large_big_revenue_won")
            }
            return ParticipationThresholds(recentMidsize: midsize, largeSmallerRevenue: smaller, largeBiggerRevenue: bigger,
                                           recentMidsizeYears: Int(try reader.integer("recent_midsize_years", in: 1...50)),
                                           revenueBoundary: Won(try reader.integer("revenue_boundary_won", in: 1...100_000_000_000_000)))
        }
        let margin = try context.section(&root, "participation_margin") { try $0.decimal("percent", in: percent) }
        let ban = try context.section(&root, "conglomerate_ban") { try $0.bool("barred") }
        let directPurchase = try context.section(&root, "direct_purchase") { reader in
            DirectPurchaseThresholds(project: Won(try reader.integer("project_won", in: amount)),
                                     product: Won(try reader.integer("product_won", in: amount)))
        }
        let taskReview = try context.section(&root, "task_review") { Won(try $0.integer("simplified_up_to_won", in: amount)) }
        let priceScore = try context.section(&root, "price_score") { reader -> PriceScoreRule in
            let technical = Int(try reader.integer("technical_points", in: 0...100))
            let priceValue = try reader.value("price_points")
            let price = Int(try reader.integer(from: priceValue, key: "price_points", in: 1...100))
            guard technical + price == 100 else {
                throw reader.valueError(priceValue, key: "price_points", "기술 \(technical) + 가격 \(price)이 100이 아닙니다", expected: "합계 100")
            }
            let lowValue = try reader.value("low_bid_percent")
            let low = try reader.decimal(from: lowValue, key: "low_bid_percent", in: percent)
            let floor = try reader.decimal("floor_percent", in: percent)
            guard floor < low else {
                throw reader.valueError(lowValue, key: "low_bid_percent", "하한 \(floor)%가 저가 기준 \(low)% 이상입니다", expected: "floor_percent < low_bid_percent")
            }
            return PriceScoreRule(technicalPoints: technical, pricePoints: price, lowBidPercent: low, floorPercent: floor,
                                  bonusPoints: Int(try reader.integer("bonus_points", in: 0...100)),
                                  decimals: Int(try reader.integer("decimals", in: 0...8)))
        }
        let qualification = try context.section(&root, "negotiation_qualification") { try $0.decimal("percent", in: percent) }
        let failures = try context.section(&root, "tender_failure_statistics") { reader -> [Int: ExactDecimal] in
            var rates: [Int: ExactDecimal] = [:]
            for key in reader.unreadKeys where key.hasPrefix("rate_") && key.hasSuffix("_percent") {
                guard let year = Int(key.dropFirst(5).dropLast(8)) else { continue }
                rates[year] = try reader.decimal(key, in: percent)
            }
            return rates
        }
        let tolerance = try context.section(&root, "vat_exclusive_hint") { try $0.decimal("tolerance_percent", in: percent) }
        let contractChange = try ContractChangeSectionReader.read(&root, context: context)
        try root.finish(allowed: "format_version, kind, edition, title, effective_from, effective_from_status, effective_from_source, award_ratio, participation, participation_margin, conglomerate_ban, direct_purchase, task_review, price_score, negotiation_qualification, tender_failure_statistics, vat_exclusive_hint, contract_change")
        return ProcurementRules(
            year: header.edition, title: header.title, book: book, effectiveFrom: header.effectiveFrom,
            awardRatioPercent: awardRatio, participationThresholds: participation, participationMarginPercent: margin,
            conglomerateBan: ban, directPurchase: directPurchase, simplifiedTaskReviewUpTo: taskReview,
            priceScore: priceScore, negotiationQualificationPercent: qualification, tenderFailureRates: failures,
            vatExclusiveTolerancePercent: tolerance, contractChange: contractChange)
    }
}
