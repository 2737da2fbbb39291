// Small horizontal bar charts as inline SVG: a label, a bar, a count per row.
// Colours come from the page's stylesheet (classes), so that the strict
// Content-Security-Policy needs no style attribute; the chart's text is in its
// accessible name, for screen readers and for the page without a renderer.

import { attr, text } from './escape.js';

export interface Bar {
  label: string;
  value: number;
  /** A class for the bar's colour: a severity, or nothing for the default. */
  tone?: string;
}

/** Rows drawn; the rest are counted in a last line. */
export const MAX_BARS = 12;

const ROW = 22;
const WIDTH = 320;
const LABEL_WIDTH = 118;
const BAR_SPACE = 160;
/** Display characters a label keeps (a Han character counts two). */
const LABEL_CELLS = 16;

function shorten(label: string): string {
  let cells = 0;
  let out = '';
  for (const character of label) {
    cells += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(character) ? 2 : 1;
    if (cells > LABEL_CELLS) return `${out}…`;
    out += character;
  }
  return out;
}

/** A titled chart of `bars` (at most MAX_BARS drawn, the longest scale). */
export function barChart(title: string, bars: readonly Bar[]): string {
  const shown = bars.slice(0, MAX_BARS);
  const rest = bars.length - shown.length;
  const max = Math.max(1, ...shown.map((bar) => bar.value));
  const height = Math.max(1, shown.length + (rest > 0 ? 1 : 0)) * ROW;
  const name = `${title}: ${bars.length === 0 ? 'none' : bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`;
  const rows = shown.map((bar, row) => {
    const y = row * ROW;
    const width = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / max) * BAR_SPACE));
    return (
      `<g class="row"><text x="0" y="${y + 15}" class="label">${text(shorten(bar.label))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${width}" height="14" rx="2" class="bar${bar.tone ? ` ${attr(bar.tone)}` : ''}"/>` +
      `<text x="${LABEL_WIDTH + width + 5}" y="${y + 15}" class="count">${bar.value}</text></g>`
    );
  });
  if (rest > 0) rows.push(`<text x="0" y="${shown.length * ROW + 15}" class="label more">and ${rest} more</text>`);
  if (bars.length === 0) rows.push(`<text x="0" y="15" class="label more">none</text>`);
  return (
    `<figure class="chart"><figcaption>${text(title)}</figcaption>` +
    `<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${attr(name)}">${rows.join('')}</svg></figure>`
  );
}
