import DaegaEngine

/// A trace as a memo table: one row per step with its formula, inputs, rounding and result, so a reviewer can
/// redo each step by hand. The values are the engine's.
enum MemoTrace {
    /// The table of `steps`.
    static func table(_ steps: [TraceStep], _ wording: MemoWording) -> MemoTable {
        MemoTable([MemoColumn(wording.pick("번호", "No."), numeric: true), MemoColumn(wording.pick("단계", "Step")),
                   MemoColumn(wording.pick("산식", "Formula")), MemoColumn(wording.pick("입력값", "Inputs")),
                   MemoColumn(wording.pick("반올림", "Rounding")), MemoColumn(wording.pick("결과", "Result"), numeric: true)],
                  rows: steps.enumerated().map { offset, step in
                      ["\(offset + 1)", wording.text(step.label), wording.text(step.formula),
                       step.inputs.map { "\(wording.text($0.name)) \(wording.value($0.value))" }.joined(separator: "; "),
                       wording.rounding(step.rounding), wording.value(step.result)]
                  })
    }
}
