// A web page's text as lines, the way a browser lays it out: each block
// element (p, div, li, headings, table cells …) on lines of its own, `<br>` a
// line break, runs of white space one space, `<pre>` as written. Scripts,
// styles, templates, comments and the page title are left out; entities are
// decoded. Navigation and copyright lines stay: the parser reads them as
// furniture.
//
//   <div class="nav">首页 &gt; 社区</div><p>本报讯 近日,<b>东山</b>社区…</p>
//   → 首页 > 社区
//     本报讯 近日,东山社区…
//
// Built on htmlparser2's tokenizer rather than its Parser: the Parser keeps
// its open elements in an array it grows at the front, and 100,000 nested
// tags took 7 s; here nesting is a few counters, so any depth costs the same
// per tag and nothing recurses.

import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface HtmlTextOptions {
  /**
   * Word mode, for mammoth's rendering of a .docx: every paragraph is a line,
   * empty ones too (a blank line in the document); spaces and tabs are kept as
   * written; footnote and endnote links
   * (`[1]`, `↑`) are left out and the notes follow the body after a blank line.
   */
  paragraphs?: boolean;
}

export interface HtmlText {
  text: string;
  /** `<img>` elements: a page or document of images only has no text to read. */
  images: number;
}

/** Elements that start and end lines of their own. */
const BLOCKS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol option p plaintext pre section ' +
    'summary table tbody td tfoot th thead tr ul xmp'
  ).split(' '),
);

/** Elements whose content is not text of the page. */
const SKIPPED: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'title', 'iframe', 'object']);

/** Elements that keep their white space and line breaks. */
const PREFORMATTED: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** Elements without content or end tag. */
const VOID: ReadonlySet<string> = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/** In Word mode, the elements that are a paragraph of the document. */
const PARAGRAPHS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** mammoth's links between a note reference and its note: `#footnote-1`, `#footnote-ref-1`, `#endnote-2`. */
const NOTE_LINK = /^#(?:footnote|endnote)-/;
const NOTE_ITEM = /^(?:footnote|endnote)-/;

/** HTML's white space (not NBSP, not the ideographic space). */
const SPACE_RUN = /[ \t\n\f\r]+/g;

export function htmlToText(html: string, options: HtmlTextOptions = {}): HtmlText {
  const lines = new LineBuilder();
  const paragraphs = options.paragraphs === true;
  /** Open skipped elements by name: counting per name, an unmatched close tag of another cannot end the skip. */
  const skipped = new Map<string, number>();
  let skipping = 0;
  let preformatted = 0;
  /** Open `<a>` elements in Word mode, true for a note link (left out). */
  const links: boolean[] = [];
  let noteLinks = 0;
  let notesStarted = false;
  let images = 0;

  let tag = '';
  let attributes: Record<string, string> = {};
  let attribute = '';
  let value = '';

  const slice = (start: number, end: number) => html.slice(start, end);

  const open = (name: string): void => {
    if (SKIPPED.has(name)) {
      skipped.set(name, (skipped.get(name) ?? 0) + 1);
      skipping++;
      return;
    }
    if (skipping > 0) return;
    if (name === 'img') images++;
    if (name === 'br') {
      lines.breakLine(true);
      return;
    }
    if (paragraphs && name === 'a') {
      const note = NOTE_LINK.test(attributes.href ?? '');
      links.push(note);
      if (note) noteLinks++;
      return;
    }
    if (BLOCKS.has(name)) {
      lines.breakLine(false);
      if (paragraphs && name === 'li' && !notesStarted && NOTE_ITEM.test(attributes.id ?? '')) {
        // The notes, after the body: a block of their own.
        notesStarted = true;
        lines.blankLine();
      }
    }
    if (PREFORMATTED.has(name)) {
      preformatted++;
      lines.afterPreStart = true;
    }
  };

  const close = (name: string): void => {
    const depth = skipped.get(name);
    if (depth !== undefined) {
      if (depth > 1) skipped.set(name, depth - 1);
      else skipped.delete(name);
      skipping--;
      return;
    }
    if (skipping > 0) return;
    if (paragraphs && name === 'a') {
      if (links.pop() === true) noteLinks--;
      return;
    }
    if (PREFORMATTED.has(name) && preformatted > 0) preformatted--;
    if (BLOCKS.has(name)) lines.breakLine(paragraphs && PARAGRAPHS.has(name));
  };

  const text = (data: string): void => {
    if (skipping > 0 || noteLinks > 0 || data === '') return;
    // mammoth writes a document's text as it is, without indentation of its own: its spaces and tabs are the document's.
    if (preformatted > 0 || paragraphs) lines.addPreformatted(data);
    else lines.addFlowing(data);
  };

  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => text(slice(start, end)),
    ontextentity: (codePoint) => text(String.fromCodePoint(codePoint)),
    onopentagname(start, end) {
      tag = slice(start, end).toLowerCase();
      attributes = {};
    },
    onattribname(start, end) {
      attribute = slice(start, end).toLowerCase();
      value = '';
    },
    onattribdata(start, end) {
      value += slice(start, end);
    },
    onattribentity(codePoint) {
      value += String.fromCodePoint(codePoint);
    },
    onattribend() {
      if (!(attribute in attributes)) attributes[attribute] = value;
    },
    onopentagend() {
      open(tag);
      if (VOID.has(tag)) close(tag);
    },
    // `<br/>`, `<p/>`: in HTML the slash changes nothing; a void element closes itself either way.
    onselfclosingtag() {
      open(tag);
      if (VOID.has(tag)) close(tag);
    },
    onclosetag(start, end) {
      const name = slice(start, end).toLowerCase();
      // `</br>` is read as `<br>`, as browsers do.
      if (name === 'br') open('br');
      else if (!VOID.has(name)) close(name);
    },
    oncomment: () => undefined,
    oncdata: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => undefined,
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return { text: lines.finish(), images };
}

/** Lines of text as they are completed; the pending one collects flowing text with its white space collapsed. */
class LineBuilder {
  private readonly lines: string[] = [];
  private current = '';
  /** White space was seen after the last text of the current line. */
  private space = false;
  /** Right after `<pre>`: a first line break there is not part of the text (HTML's rule). */
  afterPreStart = false;

  addFlowing(data: string): void {
    this.afterPreStart = false;
    const collapsed = data.replace(SPACE_RUN, ' ');
    if (collapsed === ' ') {
      this.space = this.current !== '';
      return;
    }
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    const words = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if ((leading || this.space) && this.current !== '') this.current += ' ';
    this.current += words;
    this.space = trailing;
  }

  addPreformatted(data: string): void {
    let text = data.replace(/\r\n?/g, '\n');
    if (this.afterPreStart && text.startsWith('\n')) text = text.slice(1);
    this.afterPreStart = false;
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) this.breakLine(true);
      if (this.space && this.current !== '') this.current += ' ';
      this.space = false;
      this.current += parts[i];
    }
  }

  /** Ends the current line; an empty one is kept only when `always` (a `<br>`, a Word paragraph). */
  breakLine(always: boolean): void {
    this.afterPreStart = false;
    if (always || this.current !== '') this.lines.push(this.current.replace(/[ \t]+$/, ''));
    this.current = '';
    this.space = false;
  }

  /** A blank line, unless the text is empty or already ends with one. */
  blankLine(): void {
    this.breakLine(false);
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  finish(): string {
    this.breakLine(false);
    return this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
  }
}
