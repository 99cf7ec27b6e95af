import DaegaEngine

/// 기능점수 산정: the counted functions or type counts with weights and complexity, and the adjustment factors
/// with the chosen level's meaning.
enum MemoFunctionPoints {
    static func blocks(_ estimate: FunctionPointEstimate?, _ w: MemoWording) -> [MemoBlock] {
        guard let fp = estimate else {
            return w.omitted("기능점수 규모(기능 목록, 유형별 개수 또는 총계)가 없어 기능점수를 산정하지 않았습니다.",
                             "No function-point scope (function list, type counts or total) was given, so no function points were counted.")
        }
        var facts: [(String, String)] = [(w.pick("산정 방법", "Counting method"), w.text(fp.count.method)),
                                         (w.pick("기능점수 합계", "Function points"), "\(fp.functionPoints.grouped) FP"),
                                         (w.pick("기능점수당 단가", "Unit price per FP"), w.won(fp.unitPrice)),
                                         (w.pick("규모 보정계수", "Size factor"), fp.sizeFactor.fixedText)]
        if fp.phaseSharePercent != ExactDecimal(100) {
            facts.append((w.pick("발주 단계 비중", "Ordered share of phases"), w.percent(fp.phaseSharePercent)))
        }
        var blocks: [MemoBlock] = [.facts(facts)]
        if fp.count.lines.isEmpty {
            blocks.append(.paragraph(w.pick("기능점수 총계를 입력받아 기능별 내역은 없습니다.",
                                            "The function-point total was given, so there is no per-function list.")))
        } else {
            blocks.append(.heading(w.pick("기능 목록", "Functions")))
            blocks.append(.table(MemoTable(
                [MemoColumn(w.pick("기능", "Function")), MemoColumn(w.pick("유형", "Type")), MemoColumn(w.pick("개수", "Count"), numeric: true),
                 MemoColumn(w.pick("복잡도", "Complexity")), MemoColumn("DET", numeric: true), MemoColumn("RET/FTR", numeric: true),
                 MemoColumn(w.pick("가중치", "Weight"), numeric: true), MemoColumn(w.pick("기능점수", "FP"), numeric: true)],
                rows: fp.count.lines.map { line in
                    [line.name, line.type.rawValue.uppercased(), "\(line.quantity)",
                     line.complexity.map { w.pick($0.koreanName, $0.rawValue) } ?? w.pick("평균", "average"),
                     line.det.map(String.init) ?? "-", line.retOrFtr.map(String.init) ?? "-",
                     line.weight.description, line.points.grouped]
                } + [[w.pick("합계", "Total"), "", "", "", "", "", "", fp.functionPoints.grouped]])))
        }
        blocks.append(.heading(w.pick("보정계수", "Adjustment factors")))
        blocks.append(.table(MemoTable(
            [MemoColumn(w.pick("보정계수", "Factor")), MemoColumn(w.pick("등급", "Level"), numeric: true),
             MemoColumn(w.pick("계수", "Value"), numeric: true), MemoColumn(w.pick("등급의 의미", "Meaning of the level")),
             MemoColumn(w.pick("비고", "Remark"))],
            rows: fp.factors.map { factor in
                [w.text(factor.name), "\(factor.level)", factor.value.fixedText, w.text(factor.meaning),
                 factor.assumed ? w.pick("입력 없음: 계수 1.00 등급으로 가정", "not given: the 1.00 level assumed") : ""]
            })))
        return blocks
    }
}
