/**
 * The report's stylesheet, inlined so the file needs nothing else. System fonts only (no downloads),
 * a readable measure, and print rules for A4: chapters flow on (a page break before each one left the
 * three-line Voorwoord alone on a page), headings stay with what follows, tables and charts stay whole,
 * and only the report's own appendices start on a new page.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --tekst: #1b1b1b; --zacht: #555; --lijn: #d6d6d6; --accent: #154273; --rood: #b00020; --oranje: #8a4b00; --groen: #1e6b34; }
* { box-sizing: border-box; }
html { background: #fff; color: var(--tekst); }
/* Colours are set on body and on code and quotes too, so that a host's own styles (VS Code's webview theme) do not show through. */
body { margin: 0 auto; padding: 2.5rem 1.5rem 4rem; max-width: 58rem; font: 16px/1.6 "Segoe UI", "Noto Sans", "Liberation Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; background: #fff; color: var(--tekst); }
main, .bijlage, .inhoud { max-width: 58rem; }
p, li, blockquote, dl { max-width: 44rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: var(--accent); margin: 1.8em 0 0.5em; break-after: avoid; }
h1 { font-size: 2.2rem; margin-top: 0; }
h2 { font-size: 1.6rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2em; }
h3 { font-size: 1.3rem; }
h4 { font-size: 1.1rem; }
h5, h6 { font-size: 1rem; }
a { color: var(--accent); }
blockquote { margin: 1em 0; padding: 0.2em 1em; border: 0; border-left: 4px solid var(--lijn); background: transparent; color: #333; font-style: italic; }
code, pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9em; color: inherit; background: #f3f3f3; border-radius: 3px; }
code { padding: 0 0.2em; }
pre code { padding: 0; background: transparent; }
pre { background: #f5f5f5; padding: 0.8em; overflow-x: auto; }
hr { border: 0; border-top: 1px solid var(--lijn); margin: 2em 0; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.95rem; }
th, td { border-bottom: 1px solid var(--lijn); padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #999; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4em; }
.omslag { padding: 2rem 0 1.5rem; border-bottom: 6px solid var(--accent); margin-bottom: 2rem; }
.omslag .soort { text-transform: uppercase; letter-spacing: 0.08em; color: var(--zacht); margin: 0 0 0.5rem; font-size: 0.9rem; }
.omslag .ondertitel { font-size: 1.25rem; color: #333; margin-top: -0.3rem; }
.gegevens { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.2rem; margin: 1.5rem 0; }
.gegevens div { display: contents; }
.gegevens dt { color: var(--zacht); }
.gegevens dd { margin: 0; }
.controlestatus { display: inline-block; padding: 0.4em 0.8em; border-radius: 4px; font-weight: 600; }
.controlestatus-fouten { background: #fde8ea; color: var(--rood); }
.controlestatus-waarschuwingen { background: #fff3e0; color: var(--oranje); }
.controlestatus-in-orde { background: #e6f4ea; color: var(--groen); }
.controlestatus a { color: inherit; }
.inhoud ol { columns: 2; column-gap: 2.5rem; padding-left: 1.4rem; }
.kenmerk { display: inline-block; vertical-align: middle; font-size: 0.72rem; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; padding: 0.15em 0.55em; border-radius: 3px; margin: 0 0.3em; color: #fff; }
.kenmerk-prioritair { background: #a3121b; }
.kenmerk-kern { background: #40577a; }
.kenmerk-pijler { background: #e9eef5; color: var(--accent); margin-left: 0; }
.kenmerk-waarschuwing { background: #fde8ea; color: var(--rood); }
.thema { border-left: 4px solid #e3e3e3; padding-left: 1.2rem; margin: 2rem 0; }
.thema-prioritair { border-left-color: #a3121b; }
.thema-kern { border-left-color: #40577a; }
.thema-kop { margin-top: 0.5rem; }
h4.opgave, h4.ambitie, h5.opgave, h5.ambitie { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.9rem; color: var(--zacht); }
ol.pijlers { font-weight: 600; }
.pijler { margin-top: 1.2rem; }
a.wet { text-decoration-style: dotted; }
a.themaverwijzing { text-decoration-style: dotted; }
sup.voetnootverwijzing { line-height: 0; }
.voetnoten { font-size: 0.9rem; border-top: 1px solid var(--lijn); margin-top: 3rem; }
.voetnoten h2 { font-size: 1.1rem; border: 0; }
.afbeelding { color: var(--zacht); font-style: italic; }
.grafiek { margin: 1.5rem 0; break-inside: avoid; }
.grafiek svg.begrotingsgrafiek, .grafiek svg.deelproductgrafiek { display: block; width: 100%; height: auto; max-width: 860px; font-family: inherit; }
.grafiek figcaption { font-weight: 600; margin-top: 0.4rem; }
.legenda { list-style: none; padding: 0; margin: 0.6rem 0 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.2rem 1.2rem; font-size: 0.9rem; }
.legenda li, .begrotingstabel th, .themamatrix th { white-space: nowrap; }
svg.kleur { vertical-align: -2px; }
.bedrag { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.begrotingstabel tr.vermeld > *, .begrotingstabel tr.som > * { font-weight: 600; border-top: 2px solid #999; border-bottom: 0; }
.begrotingstabel tr.som > * { border-top: 1px solid var(--lijn); }
.telt-niet-op { color: var(--rood); background: #fde8ea; }
.bedrag .noot { display: block; font-size: 0.78rem; font-weight: 600; white-space: normal; max-width: 9rem; margin-left: auto; }
.onleesbaar { color: var(--rood); text-decoration: wavy underline; }
.themamatrix td { text-align: center; color: var(--accent); font-size: 1.1rem; border-left: 1px solid #eee; }
.themamatrix thead th.deelproduct { vertical-align: bottom; padding: 0.3em 0.25em; }
.themamatrix thead th.deelproduct span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; font-weight: 500; font-size: 0.85rem; white-space: nowrap; }
.themamatrix tr.zonder-deelproduct th { color: var(--rood); }
.sleutel, .noot { font-size: 0.85rem; color: var(--zacht); }
.opmerking { color: var(--oranje); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.grondslag li { margin-bottom: 1rem; }
.grondslag .url { font-size: 0.8rem; color: var(--zacht); word-break: break-all; }
.wettekst { font-size: 0.9rem; font-style: normal; }
.controles { width: 100%; }
.controles .plaats { min-width: 12rem; font-size: 0.85rem; }
.controles .plaats-detail { color: var(--tekst); }
.controles .regelnummer { color: var(--zacht); font-size: 0.78rem; }
.controles .regel { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85rem; white-space: nowrap; }
.ernst { font-size: 0.72rem; font-weight: 700; text-transform: uppercase; padding: 0.1em 0.45em; border-radius: 3px; }
.ernst-error .ernst { background: var(--rood); color: #fff; }
.ernst-warning .ernst { background: #f2c14e; color: #3a2a00; }
.ernst-info .ernst, .ernst-hint .ernst { background: #e9eef5; color: var(--accent); }
.in-orde { color: var(--groen); font-weight: 600; }
.colofon { margin-top: 4rem; padding-top: 1rem; border-top: 1px solid var(--lijn); font-size: 0.8rem; color: var(--zacht); }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .omslag { padding-top: 12%; }
  .inhoud { break-after: page; }
  .bijlage { break-before: page; }
  .thema { break-inside: auto; }
  h2 { margin-top: 1.4em; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
  p, li, blockquote { orphans: 3; widows: 3; }
  tr, figure, .grafiek, .legenda li, .begrotingstabel, .themamatrix { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .controlestatus a { text-decoration: none; }
}
`.trim();
