extension GuideEdition {
    /// Every figure of this edition for listing, in the book's order.
    public var summary: RateBookSummary {
        var figures = [
            RateFigureListing(key: "effective_from", value: effectiveFrom.description, reference: effectiveFromReference),
            RateFigureListing(key: vatPercent.reference.key, value: "\(vatPercent.value)%", reference: vatPercent.reference),
            RateFigureListing(key: vatRounding.reference.key, value: vatRounding.value.koreanDescription, reference: vatRounding.reference),
        ]
        if let fp = functionPoints { figures += fp.listings }
        if let unitPriceOnly {
            figures.append(RateFigureListing(key: unitPriceOnly.reference.key, value: "\(unitPriceOnly.value.grouped)원/FP (계산에는 쓰지 않음)",
                                             reference: unitPriceOnly.reference))
        }
        if let maintenance { figures += maintenance.listings }
        if let labor { figures += labor.listings }
        return RateBookSummary(book: book, title: title, kind: "guide", effectiveFrom: effectiveFrom, figures: figures)
    }
}

extension FunctionPointRates {
    /// Every function-point figure for listing.
    var listings: [RateFigureListing] {
        func row(_ reference: RateReference, _ value: String) -> RateFigureListing {
            RateFigureListing(key: reference.key, value: value, reference: reference)
        }
        var rows = [
            row(unitPrice.reference, "\(unitPrice.value.grouped)원/FP"),
            row(profit.reference, "기본 \(profit.value.defaultPercent)%, 상한 \(profit.value.capPercent)% (개발원가 대비)"),
            row(chainRounding.reference, "보정계수마다 \(chainRounding.value.koreanDescription)"),
            row(simpleWeights.reference, FunctionType.allCases.map { "\($0.rawValue.uppercased()) \(simpleWeights.value[$0]!)" }.joined(separator: ", ")),
            row(detailedWeights.reference, FunctionType.allCases.map { type in
                "\(type.rawValue.uppercased()) " + Complexity.allCases.map { "\(detailedWeights.value[type]![$0]!)" }.joined(separator: "/")
            }.joined(separator: ", ")),
        ]
        var seen: [String] = []
        for type in FunctionType.allCases {
            let matrix = matrices[type]!
            guard !seen.contains(matrix.reference.key) else { continue }
            seen.append(matrix.reference.key)
            let types = FunctionType.allCases.filter { matrices[$0]!.reference.key == matrix.reference.key }
            let m = matrix.value
            let cells = zip(m.rowLowerBounds, m.cells).map { bound, cells in
                "\(m.rowMeasure)≥\(bound): " + cells.map(\.koreanName).joined(separator: "/")
            }.joined(separator: "; ")
            rows.append(row(matrix.reference, "\(types.map { $0.rawValue.uppercased() }.joined(separator: "·")) — DET 하한 \(m.columnLowerBounds.map(String.init).joined(separator: "/")); \(cells)"))
        }
        rows.append(row(sizeFactor.reference, sizeFactor.value.formulaText.ko))
        for kind in AdjustmentFactorKind.allCases {
            let table = factors[kind]!
            rows.append(row(table.reference, "\(table.value.name.ko): " + table.value.levels.map { "\($0.level)등급 \($0.value.fixedText)(\($0.meaning.ko))" }.joined(separator: ", ")))
        }
        if let phaseWeights {
            rows.append(row(phaseWeights.reference, ProjectPhase.allCases.map { "\($0.koreanName) \(phaseWeights.value[$0]!)%" }.joined(separator: ", ")))
        }
        if let splitWeights {
            rows.append(row(splitWeights.reference, SplitProject.allCases.map { "\($0.koreanName) \(splitWeights.value[$0]!)%" }.joined(separator: ", ")))
        }
        if let redevelopment {
            rows.append(row(redevelopment.reference, "재개발 영향계수: " + redevelopment.value.bands.map { "기능변경률 \($0.upperPercent)% 이하 \($0.factor)" }.joined(separator: ", ")))
        }
        return rows
    }
}
