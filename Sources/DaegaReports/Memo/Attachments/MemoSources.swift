import DaegaEngine

/// 붙임 2. 적용 기준 및 출처: every rule book the run used and the public source of each figure with its status,
/// each distinct source once.
enum MemoSources {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        let w = c.wording
        var rows: [[String]] = []
        for rate in c.rates {
            let row = [rate.edition, rate.source, rate.status.rawValue]
            if !rows.contains(row) { rows.append(row) }
        }
        guard !rows.isEmpty else { return [] }
        return [
            .table(MemoTable([MemoColumn(w.pick("적용 기준", "Rule book")), MemoColumn(w.pick("출처", "Source")),
                              MemoColumn(w.pick("상태", "Status"))], rows: rows)),
            .note(w.pick("VERIFIED: 공식 문서이거나 두 출처가 일치하거나 공개 예제를 재현한 수치. UNCERTAIN: 출처가 하나이거나 2차 요약이거나 출처가 엇갈려 기본값으로 둔 수치",
                         "VERIFIED: official text, two agreeing sources, or a figure that reproduces a published example. UNCERTAIN: one source, a secondary summary or disagreeing sources; an overridable default")),
        ]
    }
}
