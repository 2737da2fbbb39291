// The page's stylesheet, inline (one self-contained file, allowed by its hash
// in the Content-Security-Policy). Chinese text takes the system's fonts: no
// font is downloaded. Cards off screen are not laid out until they come near
// (content-visibility), so that a page of thousands of items opens at once.

export const STYLES = `
:root {
  color-scheme: light;
  --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --page: #f6f8fa;
  --error: #b3261e; --error-bg: #fde7e5; --warning: #7a4d00; --warning-line: #c98a00; --warning-bg: #fff4d6;
  --info: #0b57a4; --info-bg: #e5f0fb; --accent: #0b57a4;
  --sans: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --serif: "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "WenQuanYi Micro Hei", serif;
}
* { box-sizing: border-box; }
html { background: var(--page); color: var(--ink); font: 15px/1.6 var(--sans); }
/* A path, URL or run of Latin text without a space (the title names the input's path) wraps rather than widening the page. */
body { overflow-wrap: anywhere; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 4rem; }
h1 { font-size: 1.4rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.muted, .page-meta { color: var(--muted); }
.keys { color: var(--muted); font-size: .85rem; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3em; font: .8rem var(--sans); background: var(--paper); }
.filter { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin: 1rem 0; position: sticky; top: 0; z-index: 2; }
.filter[hidden] { display: none; }
.filter label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.filter input, .filter select { font: inherit; color: var(--ink); padding: .2rem .4rem; border: 1px solid #8c959f; border-radius: 4px; background: var(--paper); min-width: 8rem; }
.filter output { font-size: .85rem; color: var(--muted); margin-left: auto; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .75rem; }
.chart { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.chart figcaption { font-weight: 600; font-size: .9rem; margin-bottom: .25rem; }
.chart svg { width: 100%; max-width: 24rem; height: auto; display: block; }
.chart .label, .chart .count { font: 13px var(--sans); fill: var(--ink); }
.chart .more { fill: var(--muted); }
.chart .bar { fill: #4f7cac; }
.chart .bar.error { fill: var(--error); } .chart .bar.warning { fill: var(--warning-line); } .chart .bar.info { fill: var(--info); }
.file { margin-top: 2rem; }
.file > h2 { border-bottom: 2px solid var(--ink); padding-bottom: .25rem; word-break: break-all; }
.input-error { color: var(--error); background: var(--error-bg); padding: .5rem .75rem; border-radius: 4px; }
/* A chunk of cards (added by the script) off screen is skipped whole, its height guessed from the cards in a store
   (32 of about 23rem); while filtering, each card is on its own, so that a chunk of hidden cards takes no room. */
.chunk { content-visibility: auto; contain-intrinsic-size: auto 730rem; }
.chunk > .item:first-child { margin-top: 0; }
.filtering .chunk { content-visibility: visible; }
.item { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1.1rem; margin: .9rem 0; content-visibility: auto; contain-intrinsic-size: auto 22rem; }
.item:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
.item[data-truncated="true"] { border-left: 5px solid var(--error); }
.item[hidden], .filtering .unassigned, .filtering .meta-line, .filtering .file-findings { display: none; }
.badges { display: flex; flex-wrap: wrap; gap: .35rem; margin-bottom: .3rem; font-size: .8rem; }
.badge { border-radius: 999px; padding: 0 .6rem; background: var(--page); border: 1px solid var(--line); color: var(--ink); }
.badge.kind { font-weight: 600; }
.badge.truncated { background: var(--error-bg); border-color: var(--error); color: var(--error); font-weight: 600; }
.kicker, .subtitle { margin: 0; color: var(--muted); font-family: var(--serif); }
.item h3 { font: 600 1.2rem/1.4 var(--serif); margin: .1rem 0; }
.item h3 .community { color: var(--accent); }
.facts { display: flex; flex-wrap: wrap; gap: .1rem 1.2rem; margin: .5rem 0; font-size: .85rem; }
.facts div { display: flex; gap: .4rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.body { font: 1rem/1.9 var(--serif); }
.body p { margin: .5rem 0; text-indent: 2em; }
.body h4 { font: 600 1rem var(--serif); margin: .9rem 0 .3rem; }
.lead { font-weight: 700; }
.aside, .credit { margin: .3rem 0; color: var(--muted); font-family: var(--serif); }
.truncated-end { color: var(--error); font-weight: 600; margin: .3rem 0; }
.join { color: var(--accent); font-weight: 700; padding: 0 .15em; }
.control { font: .7rem var(--sans); border: 1px solid var(--error); color: var(--error); border-radius: 3px; padding: 0 .2em; margin: 0 .1em; }
mark.flag { background: transparent; color: inherit; text-decoration: underline wavy; text-decoration-thickness: 1.5px; text-underline-offset: 3px; cursor: help; }
mark.flag.error { text-decoration-color: var(--error); background: var(--error-bg); }
mark.flag.warning { text-decoration-color: var(--warning-line); }
mark.flag.info { text-decoration-color: var(--info); }
mark.flag.point::before { content: "‸"; font-weight: 700; }
mark.flag.point.error::before { color: var(--error); } mark.flag.point.warning::before { color: var(--warning); } mark.flag.point.info::before { color: var(--info); }
.findings { list-style: none; margin: .6rem 0 0; padding: .5rem 0 0; border-top: 1px dashed var(--line); font-size: .85rem; }
.findings summary { cursor: pointer; color: var(--muted); }
.finding-group { padding: .1rem 0; }
.finding-group .severity { display: inline-block; min-width: 4.3rem; font-weight: 600; }
.finding-group.error .severity { color: var(--error); } .finding-group.warning .severity { color: var(--warning); } .finding-group.info .severity { color: var(--info); }
.places { color: var(--muted); font-variant-numeric: tabular-nums; }
.finding { padding: 0 .15rem; border-radius: 3px; }
.finding:focus { outline: 2px solid var(--accent); color: var(--ink); background: var(--info-bg); }
.unassigned { border: 2px dashed var(--warning-line); background: var(--warning-bg); border-radius: 6px; padding: .6rem .9rem; margin: .9rem 0; }
.unassigned .flagged { font-weight: 600; color: var(--warning); margin: 0 0 .3rem; }
.unassigned .text { white-space: pre-wrap; font-family: var(--serif); margin: 0; }
.meta-line { color: var(--muted); font-size: .85rem; margin: .3rem 0; }
.file-findings { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 600px) {
  html { font-size: 14px; }
  body { padding: .5rem .6rem 3rem; }
  .item { padding: .7rem .75rem; border-radius: 6px; }
  .facts { flex-direction: column; }
  .filter { position: static; }
  .filter label, .filter input, .filter select { width: 100%; }
  .body p { text-indent: 0; }
}
@media print {
  html { background: #fff; font-size: 11pt; }
  body { max-width: none; padding: 0; }
  .filter, .keys { display: none !important; }
  .chunk { content-visibility: visible; }
  .item { content-visibility: visible; break-inside: avoid-page; border-color: #999; }
  .summary { grid-template-columns: repeat(2, 1fr); break-inside: avoid; }
  mark.flag.error { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
