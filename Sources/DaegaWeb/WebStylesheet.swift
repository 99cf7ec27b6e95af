/// The page's stylesheet, served at `/static/daega.css` and bundled in the binary (nothing loaded from the network).
///
/// After the government design system KRDS: a white page on a light grey ground, one primary blue (#256ef4) with
/// white text (contrast 4.6:1), dark grey text (#1e2124, 15.9:1), 16 px base type with Pretendard or the system's
/// Korean sans-serif, a visible focus ring, numbered steps, errors in red (#d63d4a) with text, not colour alone.
enum WebStylesheet {
    /// The CSS text.
    static let css = """
        :root { --primary: #256ef4; --primary-dark: #0b50d0; --text: #1e2124; --muted: #464c53; --line: #cdd1d5;
          --ground: #f4f5f6; --danger: #d63d4a; --danger-ground: #fdefec; --ok-ground: #eaf6ec; --warn-ground: #fff3db; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0; color: var(--text); background: var(--ground); line-height: 1.6;
          font-family: "Pretendard GOV", Pretendard, "Noto Sans KR", "NanumBarunGothic", "NanumGothic", "Malgun Gothic",
            "Apple SD Gothic Neo", sans-serif; word-break: keep-all; }
        .wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 10; }
        a { color: var(--primary-dark); }
        :focus-visible { outline: 3px solid #fbb000; outline-offset: 2px; }
        .masthead { background: #fff; border-bottom: 1px solid var(--line); }
        .masthead .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem 2rem; padding-top: .75rem; padding-bottom: .75rem; }
        .brand { font-size: 1.375rem; font-weight: 700; color: var(--text); text-decoration: none; }
        .brand span { font-size: .9375rem; font-weight: 400; color: var(--muted); margin-left: .5rem; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; margin: 0; padding: 0; }
        nav a { display: block; padding: .5rem .875rem; border-radius: .375rem; color: var(--text); text-decoration: none; font-weight: 500; }
        nav a:hover { background: #eef2fe; }
        nav a[aria-current="page"] { background: var(--primary); color: #fff; }
        main { background: #fff; margin-top: 1.5rem; margin-bottom: 1.5rem; padding-top: 1.5rem; padding-bottom: 2rem;
          border: 1px solid var(--line); border-radius: .75rem; }
        h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.375rem; margin: 1.5rem 0 .75rem; }
        h3 { font-size: 1.125rem; margin: 1.5rem 0 .5rem; }
        .lead { font-size: 1.0625rem; color: var(--muted); margin: 0 0 .25rem; }
        .cli { color: var(--muted); font-size: .9375rem; }
        code, pre { font-family: "D2Coding", "NanumGothicCoding", "DejaVu Sans Mono", monospace; }
        .cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
        .cards a { display: block; height: 100%; padding: 1.25rem; border: 1px solid var(--line); border-radius: .75rem;
          text-decoration: none; color: var(--text); }
        .cards a:hover { border-color: var(--primary); }
        .cards strong { display: block; font-size: 1.125rem; color: var(--primary-dark); margin-bottom: .25rem; }
        .steps { list-style: none; padding: 0; margin: 1.5rem 0 0; }
        fieldset { border: 1px solid var(--line); border-radius: .75rem; margin: 0 0 1rem; padding: 1rem 1.25rem 1.25rem; }
        legend { font-weight: 700; font-size: 1.125rem; padding: 0 .5rem; }
        .step { display: inline-block; width: 1.75rem; height: 1.75rem; line-height: 1.75rem; text-align: center; border-radius: 50%;
          background: var(--primary); color: #fff; font-size: .9375rem; margin-right: .25rem; }
        .group-lead { margin: 0 0 .75rem; color: var(--muted); font-size: .9375rem; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .75rem 1rem; }
        .field.wide { grid-column: 1 / -1; }
        .field label { display: block; font-weight: 600; margin-bottom: .25rem; }
        input[type=text], select, textarea { width: 100%; font: inherit; padding: .5rem .75rem; border: 1px solid #8a949e;
          border-radius: .375rem; background: #fff; color: var(--text); }
        input[type=file] { font: inherit; }
        textarea { font-family: inherit; }
        .hint { margin: .25rem 0 0; font-size: .875rem; color: var(--muted); }
        .has-error input, .has-error select, .has-error textarea { border: 2px solid var(--danger); }
        .error { margin: .25rem 0 0; color: #b1202c; font-size: .9375rem; font-weight: 600; }
        .error::before { content: "오류: "; }
        .alert { border-left: 4px solid var(--danger); background: var(--danger-ground); padding: .75rem 1rem; border-radius: .375rem; margin: 1rem 0; }
        .alert h2 { font-size: 1.0625rem; margin: 0 0 .25rem; }
        .alert p { margin: 0; }
        .notice { border-left: 4px solid var(--primary); background: #eef2fe; padding: .75rem 1rem; border-radius: .375rem; margin: 1rem 0; }
        .actions { margin: 1rem 0 0; }
        button.primary { font: inherit; font-weight: 700; background: var(--primary); color: #fff; border: 0; border-radius: .375rem;
          padding: .75rem 1.75rem; cursor: pointer; }
        button.primary:hover { background: var(--primary-dark); }
        .result { border: 2px solid var(--primary); border-radius: .75rem; padding: 0 1.25rem 1.25rem; margin: 1.5rem 0; }
        .headline { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; margin: 0; }
        .headline div { background: #eef2fe; border-radius: .5rem; padding: .75rem 1rem; }
        .headline dt { font-size: .9375rem; color: var(--muted); }
        .headline dd { margin: 0; font-size: 1.375rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .process { background: var(--ground); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; overflow-x: auto;
          font-size: .875rem; line-height: 1.5; white-space: pre-wrap; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; font-size: .9375rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .5rem; text-align: left; vertical-align: top; }
        thead th { background: var(--ground); }
        .badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .8125rem; font-weight: 600; white-space: nowrap; }
        .badge.verified { background: var(--ok-ground); color: #1f6b35; }
        .badge.uncertain { background: var(--warn-ground); color: #8a5300; }
        footer { color: var(--muted); font-size: .875rem; padding-bottom: 2rem; }
        @media print { .masthead, form, footer { display: none; } main { border: 0; } }
        """
}
