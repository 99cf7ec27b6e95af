import DaegaEngine

/// The rating rules of the maintenance-difficulty score and the commercial grades, so an officer can choose.
public enum MaintenanceRulesText {
    /// Renders the rules of one edition in `language`.
    public static func render(_ rates: MaintenanceRates, editionTitle: String, language: Language) -> String {
        let ko = language == .ko
        var report = TextReport(title: ko ? "유지관리 평가 기준 — \(editionTitle)" : "Maintenance rating rules — \(editionTitle)")
        let flags: [DifficultyFactorKind: String] = [.frequency: "--frequency", .users: "--users", .importance: "--importance",
                                                     .interfaces: "--interfaces", .recovery: "--recovery"]
        for kind in DifficultyFactorKind.allCases {
            let table = rates.application.factors[kind]!
            report.rows("\(table.value.name.text(language)) (\(flags[kind]!)) [\(table.reference.status.rawValue)]", table.value.levels.map { level in
                (ko ? level.rating.koreanName : level.rating.rawValue, ko ? "\(level.points)점" : "\(level.points)", level.rule.text(language))
            })
        }
        let formula = rates.application.formula
        report.bullets(ko ? "요율" : "Rate", [
            (ko ? "요율 = \(formula.value.text)" : "rate = \(formula.value.text)")
                + " [\(formula.reference.status.rawValue)] — \(formula.reference.source)",
        ])
        let commercial = rates.commercial
        report.rows(ko ? "상용SW 등급 (--grade)" : "Commercial SW grades (--grade)", commercial.grades.map { grade in
            (ko ? "\(grade.value.grade)등급" : "grade \(grade.value.grade)", "\(grade.value.percent)%",
             "\(grade.value.meaning.text(language)) [\(grade.reference.status.rawValue)]")
        })
        var notes = [commercial.gradingRule.text(language)]
        if let floor = commercial.floorPercent {
            notes.append(ko ? "등급과 무관한 최저 요율 \(floor.value)% [\(floor.reference.status.rawValue)]"
                            : "floor whatever the grade \(floor.value)% [\(floor.reference.status.rawValue)]")
        }
        let missing = CommercialMaintenanceRates.gradeRange.filter { grade in !commercial.grades.contains { $0.value.grade == grade } }
        if !missing.isEmpty {
            notes.append(ko ? "요율표에 없는 등급 \(missing.map(String.init).joined(separator: ", ")): --rate-percent로 요율을 직접 지정"
                            : "grades \(missing.map(String.init).joined(separator: ", ")) are not in this book: give the rate with --rate-percent")
        }
        report.bullets(ko ? "등급 판정" : "Grading", notes)
        return report.rendered
    }
}
