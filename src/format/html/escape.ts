// Input text into HTML. Every piece of text that comes from a page goes
// through `text()` or `attr()`: `<script>` in a bulletin is a character run,
// never markup. Escaping is not enough for bidirectional controls (U+202E
// turns `txt.exe` into `exe.txt` on screen) and other invisible controls, so
// they are drawn as visible badges naming their code point.

/** Characters that HTML would read as markup, in text and in quoted attribute values. */
const MARKUP = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Controls that change how text around them is drawn, or draw nothing: C0 and
 * C1 controls but tab and line breaks, bidirectional embeddings, overrides,
 * isolates and marks (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069).
 */
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Escaped for an attribute value in double quotes; a control becomes its code point in brackets. */
export function attr(value: string): string {
  return value.replace(MARKUP, (c) => ENTITY[c]!).replace(INVISIBLE_CONTROL, (c) => `[${codePoint(c)}]`);
}

/** Escaped for element content; a control becomes a visible badge (`U+202E`), so that it neither hides nor reorders text. */
export function text(value: string): string {
  return value
    .replace(MARKUP, (c) => ENTITY[c]!)
    .replace(INVISIBLE_CONTROL, (c) => `<span class="control" title="control character ${codePoint(c)}">${codePoint(c)}</span>`);
}
