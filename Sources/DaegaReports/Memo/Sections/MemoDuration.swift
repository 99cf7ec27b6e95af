import DaegaEngine

/// 적정 사업기간: the function-point size over the 지침's productivity and the planned staff.
enum MemoDuration {
    static func blocks(_ comparison: MethodComparison?, _ w: MemoWording) -> [MemoBlock] {
        guard let comparison else {
            return w.omitted("적정 사업기간은 기능점수 규모와 투입 인력 계획이 모두 있어야 산정합니다.",
                             "The proper duration needs both a function-point scope and a staffing plan.")
        }
        let band = comparison.bandProductivity
        var rows: [[String]] = [
            [w.pick("기능점수", "Function points"), "\(comparison.functionPoints.functionPoints.grouped) FP", ""],
            [w.pick("1인 생산성 (지침 별표 1)", "Productivity per person (지침 table 1)"), "\(band.value) FP/MM",
             "\(band.reference.status.rawValue) — \(w.reference(band.reference))"],
            [w.pick("1인 총투입기간", "Required man-months"), "\(comparison.requiredManMonths) M/M", ""],
        ]
        if let staff = comparison.staff { rows.append([w.pick("투입 인력 수 (평균)", "Staff (average)"), w.pick("\(staff)명", "\(staff)"), ""]) }
        if let planned = comparison.plannedMonths { rows.append([w.pick("계획 사업기간", "Planned duration"), w.pick("\(planned)개월", "\(planned) months"), ""]) }
        if let proper = comparison.properMonths { rows.append([w.pick("적정 사업기간", "Proper duration"), w.pick("\(proper)개월", "\(proper) months"), ""]) }
        var blocks: [MemoBlock] = [.table(MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("값", "Value"), numeric: true),
                                                     MemoColumn(w.pick("근거", "Source"))], rows: rows))]
        if comparison.properMonths == nil {
            blocks.append(.omitted(w.pick("계획 사업기간이 없어 인력 수와 적정 사업기간은 산정하지 않았습니다 ([budget] months 또는 [staffing] duration_months).",
                                          "No planned duration was given ([budget] months or [staffing] duration_months), so staff and proper duration were not computed.")))
        }
        return blocks
    }
}
