import DaegaEngine

/// 붙임 1. 산출 과정: every counted function, factor, staffing line and calculation step of the run, in 원, so a
/// reviewer can redo each step by hand.
enum MemoCalculationSteps {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        let w = c.wording, e = c.estimates
        var blocks: [MemoBlock] = []
        if let fp = e.functionPoints {
            blocks.append(.item(.topic, w.pick("기능점수 방식 (\(fp.editionTitle))", "Function-point method (\(fp.editionTitle))")))
            if !fp.count.lines.isEmpty { blocks.append(.table(functions(fp, w))) }
            blocks.append(.table(factors(fp, w)))
            blocks.append(.table(MemoTrace.table(fp.trace, w)))
        }
        if let mm = e.manMonths {
            blocks.append(.item(.topic, w.pick("투입공수 방식 (\(mm.editionTitle), \(mm.wageYear)년 적용 임금)",
                                              "Man-month method (\(mm.editionTitle), wages applied in \(mm.wageYear))")))
            blocks.append(.table(staffing(mm, w)))
            blocks.append(.table(MemoTrace.table(mm.trace, w)))
        }
        if let comparison = e.comparison {
            blocks.append(.item(.topic, w.pick("두 방식의 비교와 적정 사업기간", "Comparison and proper duration")))
            blocks.append(.table(MemoTrace.table(comparison.trace, w)))
        }
        if let maintenance = e.maintenance {
            blocks.append(.item(.topic, w.pick("유지관리비 (\(maintenance.editionTitle))", "Maintenance (\(maintenance.editionTitle))")))
            if let application = maintenance.application { blocks.append(.table(difficulties(application, w))) }
            if !maintenance.commercial.isEmpty { blocks.append(.table(products(maintenance, w))) }
            blocks.append(.table(MemoTrace.table(maintenance.trace, w)))
        }
        if let check = c.check, !check.trace.isEmpty {
            blocks.append(.item(.topic, w.pick("예산 검토", "Budget review")))
            blocks.append(.table(MemoTrace.table(check.trace, w)))
        }
        return blocks
    }

    /// The counted functions, or the counts by type, with weights.
    static func functions(_ fp: FunctionPointEstimate, _ w: MemoWording) -> MemoTable {
        MemoTable(
            [MemoColumn(w.pick("기능", "Function")), MemoColumn(w.pick("유형", "Type")), MemoColumn(w.pick("개수", "Count"), numeric: true),
             MemoColumn(w.pick("복잡도", "Complexity")), MemoColumn("DET", numeric: true), MemoColumn("RET/FTR", numeric: true),
             MemoColumn(w.pick("가중치", "Weight"), numeric: true), MemoColumn(w.pick("기능점수", "FP"), numeric: true)],
            rows: fp.count.lines.map { line in
                [line.name, line.type.rawValue.uppercased(), "\(line.quantity)",
                 line.complexity.map { w.pick($0.koreanName, $0.rawValue) } ?? w.pick("평균", "average"),
                 line.det.map(String.init) ?? "-", line.retOrFtr.map(String.init) ?? "-", line.weight.description, line.points.grouped]
            } + [[w.pick("합계", "Total"), "", "", "", "", "", "", fp.functionPoints.grouped]])
    }

    /// The adjustment factors with the chosen level's meaning.
    static func factors(_ fp: FunctionPointEstimate, _ w: MemoWording) -> MemoTable {
        MemoTable(
            [MemoColumn(w.pick("보정계수", "Factor")), MemoColumn(w.pick("등급", "Level"), numeric: true),
             MemoColumn(w.pick("계수", "Value"), numeric: true), MemoColumn(w.pick("등급의 의미", "Meaning of the level"))],
            rows: [[w.pick("규모", "Size"), "-", fp.sizeFactor.fixedText, "\(fp.functionPoints.grouped) FP"]]
                + fp.factors.map { factor in
                    [w.text(factor.name), "\(factor.level)", factor.value.fixedText,
                     w.text(factor.meaning) + (factor.assumed ? w.pick(" (입력 없음: 계수 1.00 등급으로 가정)", " (not given: the 1.00 level assumed)") : "")]
                })
    }

    /// The staffing lines with their wages.
    static func staffing(_ mm: ManMonthEstimate, _ w: MemoWording) -> MemoTable {
        MemoTable(
            [MemoColumn(w.pick("직무", "Job")), MemoColumn(w.pick("투입량", "Effort"), numeric: true),
             MemoColumn(w.pick("단가 기준", "Priced by")), MemoColumn(w.pick("단가", "Wage"), numeric: true),
             MemoColumn(w.pick("직접인건비", "Direct labour"), numeric: true)],
            rows: mm.lines.map { line in
                let written = line.writtenAs.map { w.pick(" (입력: \($0))", " (written: \($0))") } ?? ""
                return [line.job + written, line.pricedQuantity.grouped + (line.pricedMonthly ? " M/M" : " M/D"),
                        line.pricedMonthly ? w.pick("월평균임금", "monthly wage") : w.pick("일평균임금", "daily wage"),
                        w.won(line.unitWage), w.won(line.amount)]
            })
    }

    /// The application SW's difficulty ratings (TMP).
    static func difficulties(_ application: ApplicationMaintenanceFee, _ w: MemoWording) -> MemoTable {
        MemoTable(
            [MemoColumn(w.pick("난이도 요소", "Factor")), MemoColumn(w.pick("평가", "Rating")),
             MemoColumn(w.pick("점수", "Points"), numeric: true), MemoColumn(w.pick("기준", "Rule"))],
            rows: application.difficulties.map { [w.text($0.name), w.pick($0.rating.koreanName, $0.rating.rawValue), "\($0.points)", w.text($0.rule)] }
                + [[w.pick("난이도 총점 (TMP)", "Difficulty score (TMP)"), "", "\(application.difficultyScore)", ""]])
    }

    /// The commercial products by grade.
    static func products(_ maintenance: MaintenanceEstimate, _ w: MemoWording) -> MemoTable {
        MemoTable(
            [MemoColumn(w.pick("제품", "Product")), MemoColumn(w.pick("라이선스 가격", "Licence"), numeric: true),
             MemoColumn(w.pick("등급", "Grade"), numeric: true), MemoColumn(w.pick("요율", "Rate"), numeric: true),
             MemoColumn(w.pick("등급의 의미", "Meaning")), MemoColumn(w.pick("연간 유지관리비", "Annual fee"), numeric: true)],
            rows: maintenance.commercial.map { fee in
                [fee.product.name, w.won(fee.product.licensePrice), "\(fee.product.grade)",
                 w.percent(fee.ratePercent) + (fee.gradeReference == nil ? w.pick(" (입력)", " (given)") : ""),
                 w.text(fee.meaning), w.won(fee.annualFee)]
            } + [[w.pick("합계", "Total"), "", "", "", "", w.won(maintenance.commercialAnnualTotal)]])
    }
}
