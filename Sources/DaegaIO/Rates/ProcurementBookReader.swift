import DaegaEngine

/// Reads a procurement rule book (`rates/procurement/YEAR.toml`) into a `ProcurementRuleBook`.
///
/// Every rule is a table, or an array of tables for successive versions, each with its own `effective_from` and,
/// where it ended, `effective_to`; versions run oldest first without overlapping.
public enum ProcurementBookReader {
    /// Parses and validates a procurement book.
    /// - Throws: `DaegaError` naming `path:line:column`, what was wrong and what was expected.
    public static func read(_ text: String, path: String) throws -> ProcurementRuleBook {
        let document = try TOMLParser.parse(text, path: path, syntaxCode: .rateBookSyntax)
        var root = TOMLTableReader(document, path: path, codes: .rateBook)
        var header = try RateBookHeader.read(&root, book: "procurement", expectedKind: "procurement")
        let book = "procurement-\(header.edition)"
        header.effectiveFromReference.book = book
        let context = GuideBookReader.Context(book: book, edition: header.title)
        let percent = ExactDecimal.zero...ExactDecimal(100)
        let amount: ClosedRange<Int64> = 1...1_000_000_000_000

        let awardRatio = try dated(&root, "award_ratio", context) { try $0.decimal("percent", in: percent) }
        let comparison = try dated(&root, "award_ratio_comparison", context) { try $0.decimal("percent", in: percent) }
        let participation = try dated(&root, "participation", context) { reader -> ParticipationThresholds in
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
        let margin = try dated(&root, "participation_margin", context) { try $0.decimal("percent", in: percent) }
        let ban = try dated(&root, "conglomerate_ban", context) { try $0.bool("barred") }
        let directPurchase = try dated(&root, "direct_purchase", context) { reader in
            DirectPurchaseThresholds(project: Won(try reader.integer("project_won", in: amount)),
                                     product: Won(try reader.integer("product_won", in: amount)))
        }
        let taskReview = try dated(&root, "task_review", context) { Won(try $0.integer("simplified_up_to_won", in: amount)) }
        let priceScore = try dated(&root, "price_score", context) { reader -> PriceScoreRule in
            let (technical, price) = try points(&reader)
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
        let alternativeWeights = try dated(&root, "price_weights_alternative", context) { reader -> AlternativePriceWeights in
            let (technical, price) = try points(&reader)
            return AlternativePriceWeights(technicalPoints: technical, pricePoints: price,
                                           hardwareSharePercent: try reader.decimal("hardware_share_percent", in: percent),
                                           developmentUnder: Won(try reader.integer("development_under_won", in: amount)))
        }
        let qualification = try dated(&root, "negotiation_qualification", context) { try $0.decimal("percent", in: percent) }
        let failures = try dated(&root, "tender_failure_statistics", context) { reader -> [Int: ExactDecimal] in
            var rates: [Int: ExactDecimal] = [:]
            for key in reader.unreadKeys where key.hasPrefix("rate_") && key.hasSuffix("_percent") {
                guard let year = Int(key.dropFirst(5).dropLast(8)) else { continue }
                rates[year] = try reader.decimal(key, in: percent)
            }
            return rates
        }
        let tolerance = try dated(&root, "vat_exclusive_hint", context) { try $0.decimal("tolerance_percent", in: percent) }
        let subcontracting = try dated(&root, "subcontracting", context) { reader in
            SubcontractingLimits(limitPercent: try reader.decimal("limit_percent", in: percent),
                                 resubcontractingBarred: try reader.bool("resubcontracting_barred"))
        }
        let duration = try dated(&root, "project_duration", context) { reader in
            ProjectDurationRules(agencyHeadUpTo: Won(try reader.integer("agency_head_up_to_won", in: amount)),
                                 longTermOverMonths: Int(try reader.integer("long_term_over_months", in: 1...120)))
        }
        let contractChange = try ContractChangeSectionReader.read(&root, context: context)
        let changeDays = Set(awardRatio.changeDays + comparison.changeDays + participation.changeDays + margin.changeDays
                             + ban.changeDays + directPurchase.changeDays + taskReview.changeDays + priceScore.changeDays + alternativeWeights.changeDays
                             + qualification.changeDays + failures.changeDays + tolerance.changeDays
                             + subcontracting.changeDays + duration.changeDays)
        if let first = changeDays.min(), first < header.effectiveFrom {
            throw DaegaError(.rateBookBadValue, at: root.location(of: "effective_from"),
                             "규칙의 시행일 \(first)이 책의 effective_from \(header.effectiveFrom)보다 앞섭니다",
                             expected: "모든 규칙의 가장 이른 effective_from 이하의 날짜")
        }
        try root.finish(allowed: "format_version, kind, edition, title, effective_from, effective_from_status, effective_from_source, award_ratio, award_ratio_comparison, participation, participation_margin, conglomerate_ban, direct_purchase, task_review, price_score, price_weights_alternative, negotiation_qualification, tender_failure_statistics, vat_exclusive_hint, subcontracting, project_duration, contract_change")
        let figures = awardRatio.listings { "예산의 \($0)%" } + comparison.listings { "비교용 낙찰률 \($0)%" }
            + participation.listings { thresholds in
                ParticipationTier.allCases.map { "\($0.name(thresholds).ko) \($0.floor(thresholds).grouped)원" }.joined(separator: ", ") + " 이상 (VAT 포함)"
            }
            + margin.listings { "참여하한의 \($0)% 이내" } + ban.listings { $0 ? "참여 제한" : "제한 없음" }
            + directPurchase.listings { "사업 \($0.project.grouped)원 이상, 제품 \($0.product.grouped)원 이상" }
            + taskReview.listings { "\($0.grouped)원 이하 간소화 심의" }
            + priceScore.listings { score in
                "기술 \(score.technicalPoints) : 가격 \(score.pricePoints), 추정가격 \(score.lowBidPercent)% 미만 저가 산식, \(score.floorPercent)% 미만은 \(score.floorPercent)%로, 소수 \(score.decimals)자리"
            }
            + alternativeWeights.listings { "예외 배점 기술 \($0.technicalPoints) : 가격 \($0.pricePoints) (HW \($0.hardwareSharePercent)% 이상, \($0.developmentUnder.grouped)원 미만 개발, 발주기관의 장 결정)" }
            + qualification.listings { "기술점수 배점의 \($0)% 이상" }
            + failures.listings { $0.sorted { $0.key < $1.key }.map { "\($0.key)년 \($0.value)%" }.joined(separator: ", ") }
            + tolerance.listings { "±\($0)%" }
            + subcontracting.listings { "하도급 사업금액의 \($0.limitPercent)% 이내" + ($0.resubcontractingBarred ? ", 재하도급 금지" : "") }
            + duration.listings { "\($0.agencyHeadUpTo.grouped)원 이하 발주기관의 장이 기간 결정, \($0.longTermOverMonths)개월 초과 장기계속계약" }
            + (contractChange?.listings ?? [])
        let summary = RateBookSummary(book: book, title: header.title, kind: "procurement", effectiveFrom: header.effectiveFrom,
                                      figures: figures)
        return ProcurementRuleBook(year: header.edition, title: header.title, book: book, effectiveFrom: header.effectiveFrom,
                                   priceScore: priceScore, summary: summary, changeDays: changeDays) { date throws(DaegaError) in
            ProcurementRules(
                year: header.edition, title: header.title, book: book, effectiveFrom: date,
                awardRatioPercent: try awardRatio.value(on: date), awardRatioComparisonPercent: try comparison.value(on: date),
                participationThresholds: try participation.value(on: date), participationMarginPercent: try margin.value(on: date),
                conglomerateBan: try ban.value(on: date), directPurchase: try directPurchase.value(on: date),
                simplifiedTaskReviewUpTo: try taskReview.valueIfAny(on: date), priceScore: try priceScore.valueIfAny(on: date),
                alternativePriceWeights: try alternativeWeights.valueIfAny(on: date),
                negotiationQualificationPercent: try qualification.valueIfAny(on: date), tenderFailureRates: try failures.value(on: date),
                vatExclusiveTolerancePercent: try tolerance.value(on: date), subcontracting: try subcontracting.valueIfAny(on: date),
                projectDuration: try duration.valueIfAny(on: date), contractChange: contractChange)
        }
    }

    /// Reads `technical_points` and `price_points`, which must add up to 100.
    /// - Throws: `DaegaError` at `price_points` when they do not.
    static func points(_ reader: inout TOMLTableReader) throws -> (technical: Int, price: Int) {
        let technical = Int(try reader.integer("technical_points", in: 0...100))
        let priceValue = try reader.value("price_points")
        let price = Int(try reader.integer(from: priceValue, key: "price_points", in: 1...100))
        guard technical + price == 100 else {
            throw reader.valueError(priceValue, key: "price_points", "기술 \(technical) + 가격 \(price)이 100이 아닙니다", expected: "합계 100")
        }
        return (technical, price)
    }

    /// Reads rule `name`: one table or an array of tables, each a version with `effective_from`, an optional
    /// `effective_to`, `status`, `source` and the figures `body` reads.
    /// - Throws: `DaegaError` at the version whose dates are missing, reversed or overlap the previous one.
    static func dated<Value>(_ root: inout TOMLTableReader, _ name: String, _ context: GuideBookReader.Context,
                             _ body: (inout TOMLTableReader) throws -> Value) throws -> DatedRule<Value> {
        let tables = try root.tableOrTableArray(name)
        var versions: [DatedRule<Value>.Version] = []
        for var reader in tables {
            let fromValue = try reader.value("effective_from")
            let from = try reader.date(from: fromValue, key: "effective_from")
            let to = try reader.optionalValue("effective_to").map { try reader.date(from: $0, key: "effective_to") }
            if let previous = versions.last {
                guard let end = previous.to, end < from else {
                    throw reader.valueError(fromValue, key: "effective_from", "'\(name)'의 판들이 겹치거나 순서가 맞지 않습니다",
                                            expected: "앞 판의 effective_to 다음 날 이후 (판은 오래된 것부터)")
                }
            }
            if let to, to < from {
                throw reader.valueError(fromValue, key: "effective_from", "'\(name)'의 시행 종료일 \(to)이 시작일 \(from)보다 앞섭니다",
                                        expected: "effective_from ≤ effective_to")
            }
            versions.append(.init(from: from, to: to, value: try context.sourced(&reader, body)))
        }
        return DatedRule(name: name, versions: versions)
    }
}
