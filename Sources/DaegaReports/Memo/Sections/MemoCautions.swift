import DaegaEngine

/// 유의사항: every UNCERTAIN figure used, with its source, and every assumption made for a blank input.
enum MemoCautions {
    static func blocks(rates: [RateReference], notes: [EstimateNote], _ w: MemoWording) -> [MemoBlock] {
        let uncertain = rates.filter { $0.status == .uncertain }
        var blocks: [MemoBlock] = [.heading(w.pick("불확실한 수치 (UNCERTAIN: 재정의할 수 있는 기본값)", "Uncertain figures (UNCERTAIN: overridable defaults)"))]
        blocks.append(uncertain.isEmpty ? .paragraph(w.pick("사용한 수치는 모두 VERIFIED입니다.", "Every figure used is VERIFIED."))
                                        : .bullets(uncertain.map { "\(w.reference($0)) — \($0.source)" }))
        blocks.append(.heading(w.pick("가정 및 안내", "Assumptions and notes")))
        blocks.append(notes.isEmpty ? .paragraph(w.pick("입력하지 않아 가정한 값이 없습니다.", "No value was assumed for a blank input."))
                                    : .bullets(notes.map { w.text($0.text) }))
        return blocks
    }
}
