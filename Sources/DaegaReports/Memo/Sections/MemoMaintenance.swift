import DaegaEngine

/// 3. 유지관리 (only when maintenance inputs were given): the rate of application SW, commercial products by grade,
/// the fee year by year and any finding on the rate.
enum MemoMaintenance {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        guard let estimate = c.estimates.maintenance else { return [] }
        let w = c.wording
        var blocks: [MemoBlock] = [.item(.topic, w.pick("적용 기준: 「\(estimate.editionTitle)」, 기간 \(estimate.period.months)개월",
                                                        "Rules: \(estimate.editionTitle), \(estimate.period.months) months"))]
        if let application = estimate.application {
            let bases = Set(application.bases).count == 1 ? w.won(application.bases[0]) + w.pick(" (매년, VAT 별도)", " (each year, excl. VAT)")
                                                           : application.bases.map(w.won).joined(separator: ", ") + w.pick(" (VAT 별도)", " (excl. VAT)")
            blocks.append(.item(.point, w.pick(
                "응용SW: 난이도 총점(TMP) \(application.difficultyScore)점 → 유지관리 요율 \(w.percent(application.ratePercent)), 개발비 기준 \(bases)",
                "Application SW: difficulty score (TMP) \(application.difficultyScore) → rate \(w.percent(application.ratePercent)), basis \(bases)")))
        }
        if !estimate.commercial.isEmpty {
            let products = estimate.commercial.map { w.pick("\($0.product.name) \($0.product.grade)등급 \(w.percent($0.ratePercent))",
                                                            "\($0.product.name) grade \($0.product.grade) \(w.percent($0.ratePercent))") }
            blocks.append(.item(.point, w.pick("상용SW: ", "Commercial SW: ") + products.joined(separator: ", ")
                + w.pick(", 연간 합계 \(w.won(estimate.commercialAnnualTotal))", ", annual total \(w.won(estimate.commercialAnnualTotal))")))
        }
        blocks.append(.table(MemoTable(
            [MemoColumn(w.pick("연차", "Year")), MemoColumn(w.pick("개월", "Months"), numeric: true),
             MemoColumn(w.pick("응용SW", "Application"), numeric: true), MemoColumn(w.pick("상용SW", "Commercial"), numeric: true),
             MemoColumn(w.pick("VAT 별도", "Excl. VAT"), numeric: true), MemoColumn(w.pick("부가가치세", "VAT"), numeric: true),
             MemoColumn(w.pick("VAT 포함", "Incl. VAT"), numeric: true)],
            rows: estimate.years.map { year in
                [w.pick("\(year.index)차년도", "Year \(year.index)"), "\(year.months)", year.application.map(w.amount) ?? "-",
                 year.commercial.map(w.amount) ?? "-", w.amount(year.total), w.amount(year.vat), w.amount(year.totalWithVAT)]
            } + [[w.pick("합계", "Total"), "\(estimate.period.months)", "", "", w.amount(estimate.total), w.amount(estimate.vat),
                  w.amount(estimate.totalWithVAT)]],
            unit: w.amountCaption)))
        if !c.estimates.maintenanceFindings.isEmpty {
            blocks.append(.item(.topic, w.pick("유지관리 요율 점검", "Maintenance rate check")))
            blocks += MemoFindings.blocks(c.estimates.maintenanceFindings, w)
        }
        return blocks
    }
}
