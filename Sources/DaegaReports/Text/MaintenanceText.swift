import DaegaEngine

/// The terminal report of a maintenance estimate and its budget findings.
public enum MaintenanceText {
    /// Renders an estimate in `language`; `findings` is `nil` when no budget was checked.
    public static func render(_ estimate: MaintenanceEstimate, findings: [Finding]?, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        var report = TextReport(title: ko ? "SW 유지관리비 — \(estimate.editionTitle)" : "Software maintenance — \(estimate.editionTitle)")
        if let application = estimate.application {
            var rows: [(String, String, String?)] = application.difficulties.map { item in
                (item.name.text(language), ko ? "\(item.rating.koreanName) \(item.points)점" : "\(item.rating.rawValue) \(item.points)",
                 item.rule.text(language))
            }
            rows.append((ko ? "난이도 총점 (TMP)" : "Difficulty score (TMP)", "\(application.difficultyScore)", nil))
            rows.append((ko ? "유지관리 요율" : "Maintenance rate", "\(application.ratePercent)%", nil))
            let distinct = Set(application.bases).count > 1
            for (offset, basis) in application.bases.enumerated() where distinct || offset == 0 {
                let label = ko ? "개발비 기준" : "Basis"
                rows.append((distinct ? "\(label) (\(offset + 1))" : label, won(basis), ko ? "VAT 별도" : "excl. VAT"))
            }
            rows.append((ko ? "직접경비 (연간)" : "Direct expenses (annual)", won(application.directExpenses), nil))
            rows.append((ko ? "연간 유지관리비" : "Annual fee", won(application.annualFees[0]), ko ? "이윤 별도 없음" : "no separate profit"))
            report.rows(ko ? "응용SW 유지관리 (요율제)" : "Application SW (rate method)", rows)
        }
        if !estimate.commercial.isEmpty {
            var rows: [(String, String, String?)] = estimate.commercial.map { fee in
                let given = fee.gradeReference == nil ? (ko ? ", 입력 요율" : ", given rate") : ""
                return ("\(fee.product.name) (\(won(fee.product.licensePrice)))", won(fee.annualFee),
                        (ko ? "\(fee.product.grade)등급 \(fee.ratePercent)%" : "grade \(fee.product.grade) \(fee.ratePercent)%")
                            + given + " — " + fee.meaning.text(language))
            }
            rows.append((ko ? "상용SW 연간 합계" : "Commercial annual total", won(estimate.commercialAnnualTotal), nil))
            report.rows(ko ? "상용SW 유지관리" : "Commercial SW", rows)
        }
        var yearRows: [(String, String, String?)] = estimate.years.map { year in
            (ko ? "\(year.index)차년도 (\(year.months)개월)" : "Year \(year.index) (\(year.months) months)", won(year.total),
             (ko ? "VAT 포함 " : "incl. VAT ") + won(year.totalWithVAT))
        }
        yearRows.append((ko ? "합계 (VAT 별도)" : "Total (excl. VAT)", won(estimate.total), nil))
        yearRows.append((ko ? "부가가치세" : "VAT", won(estimate.vat), nil))
        yearRows.append((ko ? "합계 (VAT 포함)" : "Total (incl. VAT)", won(estimate.totalWithVAT), nil))
        report.rows(ko ? "연도별 유지관리비" : "Year by year", yearRows)
        if let findings {
            report.bullets(ko ? "예산 점검" : "Budget check", findings.isEmpty
                ? [ko ? "기준 요율 이상입니다." : "The budget meets the guide's rates."]
                : findings.map { "[\(ko ? $0.severity.koreanName : $0.severity.name)] \($0.message.text(language)) — \($0.rule.text(language))" })
        }
        report.trace(estimate.trace, language: language)
        report.provenance(notes: estimate.notes, rates: estimate.rates, language: language)
        return report.rendered
    }
}
