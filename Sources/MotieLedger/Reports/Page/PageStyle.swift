/// The page's style sheet, inline in its `<style>` element and allowed by its hash alone. Every
/// colour of text on its background has a contrast of at least 4.5:1 (WCAG AA), and each
/// status's colour in the chart at least 3:1 against white; a phone gets the table a motion a
/// card, and print gets the rows as far as they were shown, without the controls.
enum PageStyle {
    static let css = """
    :root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--link:#0b57a4;--focus:#b35900;--paper:#fff;--tint:#f3f5f7}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--paper)}
    header,main{max-width:1400px;margin:0 auto;padding:0 1rem}
    h1{font-size:1.6rem;margin:1rem 0 .25rem}
    h2{font-size:1.25rem;margin:1.25rem 0 .5rem}
    h3{font-size:1.05rem;margin:1rem 0 .4rem}
    a{color:var(--link)}
    :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
    .meta{color:var(--muted);margin:.25rem 0;overflow-wrap:anywhere}
    code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
    .overview{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:1.5rem;align-items:start}
    .chart{width:100%;height:auto;max-height:340px}
    .chart .grid{stroke:#e2e2e2;stroke-width:1}
    .chart .axis{stroke:#4a4a4a;stroke-width:1}
    .chart .tick{font-size:11px;fill:#4a4a4a}
    .chart rect{stroke:#fff;stroke-width:1}
    .chart g:hover rect{stroke:#1a1a1a}
    .st-uitgevoerd{fill:#00795a;background:#00795a}
    .st-deels-uitgevoerd{fill:#7a6a00;background:#7a6a00}
    .st-in-uitvoering{fill:#0b57a4;background:#0b57a4}
    .st-in-behandeling{fill:#b35900;background:#b35900}
    .st-niet-uitgevoerd{fill:#b8002e;background:#b8002e}
    .st-vervallen{fill:#6b6b6b;background:#6b6b6b}
    .st-onbekend{fill:#8a4fbf;background:#8a4fbf}
    .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0;font-size:.9rem}
    .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px}
    .numbers{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
    .numbers th,.numbers td{border:1px solid var(--line);padding:.15rem .4rem;text-align:right}
    .motions{padding-left:1.4rem;margin:.25rem 0}
    .motions li{margin:.2rem 0;overflow-wrap:anywhere}
    .id,.detail,.small{color:var(--muted);font-size:.88rem}
    .filters{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:end;margin:.5rem 0}
    .filters label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
    .filters input,.filters select{font:inherit;font-weight:400;min-height:2.25rem;padding:.2rem .4rem;border:1px solid #6b6b6b;border-radius:4px;background:#fff;color:var(--ink)}
    button{font:inherit;color:inherit;cursor:pointer}
    .filters button,.counts button,.more-rows,.toggle{min-height:2.25rem;padding:.2rem .6rem;border:1px solid #6b6b6b;border-radius:4px;background:var(--tint)}
    .counts{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}
    .counts button[aria-pressed="true"]{background:#1a1a1a;color:#fff;border-color:#1a1a1a}
    .counts .n{font-weight:700;margin-left:.3em}
    .shown{margin:.25rem 0;color:var(--muted)}
    .notice{padding:.4rem .6rem;background:#fff4e0;border-left:4px solid var(--focus)}
    .notice:empty{display:none}
    table.ledger{width:100%;border-collapse:collapse;font-size:.93rem;table-layout:fixed}
    .col-motion{width:15%}.col-submitters{width:12%}.col-kamerstuk{width:11%}.col-status{width:11%}.col-since{width:8.5%}.col-source{width:11%}.col-passage{width:21.5%}.col-promised{width:10%}
    .ledger th,.ledger td{border-bottom:1px solid var(--line);padding:.4rem .45rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
    .ledger thead th{position:sticky;top:0;background:var(--paper);border-bottom:2px solid #1a1a1a}
    .ledger thead button{border:0;background:none;padding:.1rem 0;font-weight:700;text-align:left}
    .ledger thead button::after{content:" \\2195";color:var(--muted)}
    .ledger th[aria-sort="ascending"] button::after{content:" \\2191";color:var(--ink)}
    .ledger th[aria-sort="descending"] button::after{content:" \\2193";color:var(--ink)}
    .clamp{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
    .cell,.clamp,.reading p,.motions li{unicode-bidi:plaintext}
    .status{display:inline-block;padding:0 .35rem;border-radius:3px;color:#fff;font-weight:600}
    .date{white-space:nowrap}
    .uncertain{display:block;color:#8a3d00;font-size:.88rem}
    .overdue{display:block;color:#b8002e;font-weight:600;font-size:.88rem}
    .toggle{margin-top:.3rem;font-size:.85rem}
    tr.history td{background:var(--tint)}
    .readings{list-style:none;margin:0;padding:0}
    .reading{border-left:4px solid var(--line);padding:.2rem .6rem;margin:.4rem 0}
    .reading.current{border-left-color:#1a1a1a}
    .reading.is-corrected{opacity:.8;text-decoration:line-through;text-decoration-color:#6b6b6b}
    .reading p{margin:.2rem 0}
    .mark{display:inline-block;margin-left:.4rem;padding:0 .3rem;border:1px solid #6b6b6b;border-radius:3px;font-size:.8rem}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    @media (max-width:760px){
    .overview{grid-template-columns:minmax(0,1fr)}
    .ledger thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    .ledger,.ledger tbody,.ledger tr,.ledger td{display:block;width:100%}
    .ledger colgroup{display:none}
    .ledger tr.motion{border:1px solid var(--line);border-radius:6px;margin:.6rem 0;padding:.3rem}
    .ledger td{border:0;padding:.2rem .3rem}
    .ledger td[data-label]::before{content:attr(data-label);display:block;font-size:.8rem;font-weight:700;color:var(--muted)}
    }
    @media print{
    body{font-size:10pt}
    .filters,.counts,.toggle,.more-rows,.notice,noscript{display:none}
    .ledger thead{display:table-header-group}
    .ledger thead th{position:static}
    .ledger thead button::after{content:""}
    .ledger tr{break-inside:avoid}
    .clamp{display:block;-webkit-line-clamp:unset}
    a{color:inherit;text-decoration:none}
    .status{color:#000;background:none;border:1px solid #000}
    .overview{grid-template-columns:minmax(0,1fr)}
    }
    """
}
