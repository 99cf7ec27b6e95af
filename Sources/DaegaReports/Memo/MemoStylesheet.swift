/// The memo's print stylesheet: A4 pages with `- n -` page numbers, a Korean-capable font stack, 개조식 items with
/// hanging indents, table headers repeated on every page, numbers right-aligned, the 붙임 from a new page.
enum MemoStylesheet {
    static let css = """
        @page { size: A4; margin: 20mm 20mm 18mm 20mm;
                @bottom-center { content: "- " counter(page) " -"; font-family: "Nanum Gothic", "NanumGothic", sans-serif; font-size: 9pt; } }
        html { font-family: "Nanum Gothic", "NanumGothic", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
               font-size: 10.5pt; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 170mm; line-height: 1.5; }
        header { margin-bottom: 4mm; padding-bottom: 2mm; border-bottom: 2px solid #222; overflow: hidden; }
        h1 { font-size: 18pt; text-align: center; margin: 0 0 2mm; }
        html[lang="ko"] h1 { letter-spacing: 0.3em; }
        header .subject { font-size: 12.5pt; font-weight: bold; text-align: center; margin: 0 0 2mm; }
        header dl { display: flex; flex-wrap: wrap; gap: 0 6mm; margin: 0; font-size: 9.5pt; }
        header dl div { display: flex; gap: 2mm; }
        header dt { font-weight: bold; }
        header dd { margin: 0; }
        table.approval { float: right; width: auto; margin: 0 0 2mm 4mm; font-size: 9pt; }
        table.approval th { width: 16mm; text-align: center; background: #e6ebf2; }
        table.approval td { height: 12mm; }
        h2 { font-size: 13pt; margin: 5mm 0 2mm; break-after: avoid; }
        p { margin: 0; }
        p.item { padding-left: 1.4em; text-indent: -1.4em; margin: 0.6mm 0; }
        p.item .marker { display: inline-block; width: 1.4em; text-indent: 0; }
        p.item.l1 { margin-top: 1.8mm; }
        p.item.l2 { margin-left: 1.4em; }
        p.item.l3 { margin-left: 2.8em; }
        p.note { font-size: 9pt; margin: 1.5mm 0 1.5mm 1.4em; color: #333; }
        p.unit { text-align: right; font-size: 8.5pt; margin: 1.5mm 0 0.5mm; color: #333; break-after: avoid; }
        table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; font-size: 9pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid #555; padding: 0.8mm 1.5mm; vertical-align: top; text-align: left;
                 word-break: keep-all; overflow-wrap: break-word; }
        thead th { background: #dde3ec; font-weight: bold; text-align: center; white-space: nowrap; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        thead th.num { text-align: center; }
        p.enclosures { margin-top: 5mm; }
        section.attachment { font-size: 9.5pt; }
        section.attachment.first { break-before: page; }
        section.attachment table { font-size: 8pt; }
        footer { margin-top: 6mm; padding-top: 2mm; border-top: 1px solid #bbb; font-size: 8pt; color: #555; }
        @media screen { body { padding: 12mm; } section.attachment.first { border-top: 1px dashed #999; margin-top: 8mm; padding-top: 4mm; } }
        """
}
