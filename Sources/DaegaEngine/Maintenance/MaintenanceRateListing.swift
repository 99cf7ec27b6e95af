extension MaintenanceRates {
    /// Every maintenance figure for listing, in the book's order.
    var listings: [RateFigureListing] {
        func row(_ reference: RateReference, _ value: String) -> RateFigureListing {
            RateFigureListing(key: reference.key, value: value, reference: reference)
        }
        let range = application.range.value
        let formula = application.formula.value
        var rows = [
            row(rounding.reference, "유지관리비마다 \(rounding.value.koreanDescription)"),
            row(application.range.reference, "응용SW 유지관리 요율 \(range.lowPercent)~\(range.highPercent)% (개발비 대비)"),
            row(application.formula.reference, "요율 = \(formula.text)"),
        ]
        for kind in DifficultyFactorKind.allCases {
            let table = application.factors[kind]!
            rows.append(row(table.reference, "\(table.value.name.ko): " + table.value.levels.map {
                "\($0.rating.koreanName) \($0.points)점(\($0.rule.ko))"
            }.joined(separator: ", ")))
        }
        if let floor = commercial.floorPercent {
            rows.append(row(floor.reference, "상용SW 유지관리 최저 요율 \(floor.value)% (등급과 무관)"))
        }
        for grade in commercial.grades {
            rows.append(row(grade.reference, "상용SW \(grade.value.grade)등급 \(grade.value.percent)% (\(grade.value.meaning.ko))"))
        }
        return rows
    }
}
