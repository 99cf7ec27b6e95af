import DaegaEngine

/// 산정 기준: the guide edition, the wage table year and every rate-book figure used, with source and status.
enum MemoBasis {
    static func blocks(estimates: ProjectEstimates, rates: [RateReference], _ w: MemoWording) -> [MemoBlock] {
        var titles: [String] = []
        for title in [estimates.functionPoints?.editionTitle, estimates.manMonths?.editionTitle, estimates.maintenance?.editionTitle]
            .compactMap({ $0 }) where !titles.contains(title) { titles.append(title) }
        let wageYear = estimates.manMonths.map { w.pick("\($0.wageYear)년 적용 SW기술자 평균임금", "SW engineer wages applied in \($0.wageYear)") }
            ?? w.pick("해당 없음 (투입공수 산정 없음)", "not used (no man-month estimate)")
        var blocks: [MemoBlock] = [.facts([(w.pick("적용 가이드", "Guide edition"), titles.joined(separator: ", ")),
                                           (w.pick("임금 적용연도", "Wage table"), wageYear)])]
        blocks.append(.heading(w.pick("사용한 요율 (출처와 확인 상태)", "Rates used (source and status)")))
        blocks.append(.table(MemoTable(
            [MemoColumn(w.pick("요율표", "Rate book")), MemoColumn(w.pick("판", "Edition")), MemoColumn(w.pick("항목", "Key")),
             MemoColumn(w.pick("출처", "Source")), MemoColumn(w.pick("상태", "Status"))],
            rows: rates.map { [$0.book, $0.edition, $0.key, $0.source, $0.status.rawValue] })))
        blocks.append(.paragraph(w.pick(
            "VERIFIED: 공식 문서이거나 두 출처가 일치하거나 공개 예제를 재현한 수치. UNCERTAIN: 출처가 하나이거나 2차 요약이거나 출처가 엇갈려 기본값으로 둔 수치 (유의사항 참조).",
            "VERIFIED: official text, two agreeing sources, or a figure that reproduces a published example. UNCERTAIN: one source, a secondary summary or disagreeing sources; an overridable default (see Cautions).")))
        return blocks
    }
}
