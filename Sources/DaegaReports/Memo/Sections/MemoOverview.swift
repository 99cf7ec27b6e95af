import DaegaEngine

/// 1. 사업 개요: what is ordered, by whom, by which method and rules, on which reference date.
enum MemoOverview {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        let w = c.wording, e = c.estimates
        var blocks: [MemoBlock] = [.item(.topic, w.pick("사업명: ", "Project: ") + c.header.projectName)]
        if let agency = c.header.agency { blocks.append(.item(.topic, w.pick("발주기관: ", "Ordering agency: ") + agency)) }
        if let comparison = e.comparison {
            blocks.append(.item(.topic, w.pick("사업 구분: ", "Kind of work: ") + w.text(comparison.work.name)))
        }
        if let proper = e.properCost {
            var method = w.method(proper.method)
            if proper.method == .functionPoints, let fp = e.functionPoints { method += " (\(w.text(fp.count.method)))" }
            blocks.append(.item(.topic, w.pick("산정 방식: \(method)", "Method: \(method)")))
        }
        var basis = c.editionTitles.map { w.pick("「\($0)」", $0) }
        if let mm = e.manMonths { basis.append(w.pick("\(mm.wageYear)년 적용 SW기술자 평균임금", "SW engineer wages applied in \(mm.wageYear)")) }
        if !basis.isEmpty { blocks.append(.item(.topic, w.pick("적용 기준: ", "Rules applied: ") + basis.joined(separator: ", "))) }
        blocks.append(.item(.topic, w.pick("산정 기준일: \(c.date)", "Reference date: \(c.date)")))
        return blocks
    }
}
