/// The memo's print stylesheet: A4 pages, a Korean-capable font stack, one section per page, table headers
/// repeated on every page, numbers right-aligned.
enum MemoStylesheet {
    static let css = """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
        html { font-family: "Nanum Gothic", "NanumGothic", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
               font-size: 10pt; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 182mm; line-height: 1.45; }
        header { border-bottom: 2px solid #222; margin-bottom: 5mm; padding-bottom: 2mm; }
        h1 { font-size: 18pt; margin: 0; }
        header .project { font-size: 13pt; font-weight: bold; margin: 1mm 0 0; }
        header .meta { color: #444; margin: 1mm 0 0; }
        h2 { font-size: 13pt; border-bottom: 1px solid #555; padding-bottom: 1mm; margin: 0 0 3mm; break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
        section { break-before: page; }
        section.first, section.omitted { break-before: auto; }
        section.omitted { margin-top: 6mm; }
        table { width: 100%; border-collapse: collapse; margin: 1.5mm 0 3mm; font-size: 8.5pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid #9aa0a6; padding: 1mm 1.6mm; vertical-align: top; text-align: left;
                 word-break: keep-all; overflow-wrap: break-word; }
        thead th { background: #e6ebf2; font-weight: bold; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.facts th { width: 30%; background: #f3f5f8; font-weight: normal; }
        p.omitted { color: #444; border-left: 3px solid #b0b6bd; padding: 0.5mm 0 0.5mm 2.5mm; }
        ul { margin: 1mm 0 3mm; padding-left: 5mm; }
        li { margin-bottom: 1mm; }
        footer { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #bbb; font-size: 8pt; color: #555; }
        @media screen { body { padding: 12mm; } section { border-top: 1px dashed #ccc; padding-top: 6mm; margin-top: 6mm; } }
        """
}
