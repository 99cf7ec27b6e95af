import DaegaEngine

/// 붙임 3. 가정 및 불확실한 수치: every UNCERTAIN figure used (an overridable default) and every value assumed for a
/// blank input.
enum MemoAssumptions {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        let w = c.wording
        var uncertain: [String] = []
        for rate in c.rates where rate.status == .uncertain {
            let line = "\(rate.edition): \(rate.source)"
            if !uncertain.contains(line) { uncertain.append(line) }
        }
        let notes = c.notes
        guard !uncertain.isEmpty || !notes.isEmpty else { return [] }
        var blocks: [MemoBlock] = []
        if !uncertain.isEmpty {
            blocks.append(.item(.topic, w.pick("불확실한 수치 (UNCERTAIN: 바꿔 다시 산정할 수 있는 기본값)", "Uncertain figures (UNCERTAIN: overridable defaults)")))
            blocks += uncertain.map { .item(.point, $0) }
        }
        if !notes.isEmpty {
            blocks.append(.item(.topic, w.pick("가정 및 안내", "Assumptions and notes")))
            blocks += notes.map { .item(.point, w.text($0.text)) }
        }
        return blocks
    }
}
