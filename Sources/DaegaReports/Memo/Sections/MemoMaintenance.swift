import DaegaEngine

/// 유지관리비: the difficulty ratings (TMP) and rate of application SW, commercial products by grade, the years,
/// the calculation and any compliance finding.
enum MemoMaintenance {
    static func blocks(_ estimate: MaintenanceEstimate?, findings: [Finding], _ w: MemoWording) -> [MemoBlock] {
        guard let estimate else {
            return w.omitted("유지관리 입력([maintenance])이 없어 유지관리비를 산정하지 않았습니다.",
                             "No maintenance inputs ([maintenance]) were given, so no maintenance fee was estimated.")
        }
        var blocks: [MemoBlock] = [.paragraph(w.pick("\(estimate.editionTitle), 기간 \(estimate.period.months)개월",
                                                     "\(estimate.editionTitle), \(estimate.period.months) months"))]
        if let application = estimate.application {
            blocks.append(.heading(w.pick("응용SW 유지관리 (요율제)", "Application SW (rate method)")))
            blocks.append(.table(MemoTable(
                [MemoColumn(w.pick("난이도 요소", "Factor")), MemoColumn(w.pick("평가", "Rating")),
                 MemoColumn(w.pick("점수", "Points"), numeric: true), MemoColumn(w.pick("기준", "Rule"))],
                rows: application.difficulties.map { [w.text($0.name), w.pick($0.rating.koreanName, $0.rating.rawValue), "\($0.points)", w.text($0.rule)] }
                    + [[w.pick("난이도 총점 (TMP)", "Difficulty score (TMP)"), "", "\(application.difficultyScore)", ""]])))
            var rows: [[String]] = [[w.pick("유지관리 요율", "Maintenance rate"), w.percent(application.ratePercent)]]
            for (offset, basis) in application.bases.enumerated() {
                rows.append([w.pick("개발비 기준 \(offset + 1)차년도 (VAT 별도)", "Basis, year \(offset + 1) (excl. VAT)"), w.won(basis)])
            }
            rows.append([w.pick("직접경비 (연간)", "Direct expenses (annual)"), w.won(application.directExpenses)])
            for (offset, fee) in application.annualFees.enumerated() {
                rows.append([w.pick("연간 유지관리비 \(offset + 1)차년도", "Annual fee, year \(offset + 1)"), w.won(fee)])
            }
            blocks.append(.table(MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("값", "Value"), numeric: true)], rows: rows)))
        }
        if !estimate.commercial.isEmpty {
            blocks.append(.heading(w.pick("상용SW 유지관리", "Commercial SW")))
            blocks.append(.table(MemoTable(
                [MemoColumn(w.pick("제품", "Product")), MemoColumn(w.pick("라이선스 가격", "Licence"), numeric: true),
                 MemoColumn(w.pick("등급", "Grade"), numeric: true), MemoColumn(w.pick("요율", "Rate"), numeric: true),
                 MemoColumn(w.pick("등급의 의미", "Meaning")), MemoColumn(w.pick("연간 유지관리비", "Annual fee"), numeric: true)],
                rows: estimate.commercial.map { fee in
                    [fee.product.name, w.won(fee.product.licensePrice), "\(fee.product.grade)",
                     w.percent(fee.ratePercent) + (fee.gradeReference == nil ? w.pick(" (입력)", " (given)") : ""),
                     w.text(fee.meaning), w.won(fee.annualFee)]
                } + [[w.pick("합계", "Total"), "", "", "", "", w.won(estimate.commercialAnnualTotal)]])))
        }
        blocks.append(.heading(w.pick("연도별 유지관리비", "Year by year")))
        blocks.append(.table(MemoTable(
            [MemoColumn(w.pick("연차", "Year")), MemoColumn(w.pick("개월", "Months"), numeric: true),
             MemoColumn(w.pick("응용SW", "Application"), numeric: true), MemoColumn(w.pick("상용SW", "Commercial"), numeric: true),
             MemoColumn(w.pick("VAT 별도", "Excl. VAT"), numeric: true), MemoColumn(w.pick("부가가치세", "VAT"), numeric: true),
             MemoColumn(w.pick("VAT 포함", "Incl. VAT"), numeric: true)],
            rows: estimate.years.map { year in
                [w.pick("\(year.index)차년도", "Year \(year.index)"), "\(year.months)", year.application.map(w.won) ?? "-",
                 year.commercial.map(w.won) ?? "-", w.won(year.total), w.won(year.vat), w.won(year.totalWithVAT)]
            } + [[w.pick("합계", "Total"), "\(estimate.period.months)", "", "", w.won(estimate.total), w.won(estimate.vat), w.won(estimate.totalWithVAT)]])))
        blocks += MemoTrace.blocks(w.pick("산출 과정", "Calculation steps"), estimate.trace, w)
        if !findings.isEmpty {
            blocks.append(.heading(w.pick("유지관리 예산 점검", "Maintenance budget check")))
            blocks.append(.table(MemoFindings.table(findings, w)))
        }
        return blocks
    }
}
