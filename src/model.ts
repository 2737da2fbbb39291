// The data model every stage shares. Plain JSON-able objects only, so that
// the CLI can print them as they are and the JSON Schema in docs/ can
// describe them one to one.

/** A place in the decoded text: line and column 1-based, offset 0-based, in UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range of the decoded text; `end` is exclusive. */
export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about the input: from the decoder (`binary`, `decode-invalid`),
 * the parser (`column-break`, `unassigned-text`, `dateline-invalid`, …) or a
 * check rule. Tests assert on `ruleId` and `place`, never on `message`.
 */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  place: Position;
  /** The file the finding is about, when known. */
  file?: string | null;
  /** For decoder findings: the offset of the offending byte in the input bytes. */
  byteOffset?: number;
  actual?: string;
  expected?: string;
  url?: string;
}

export type ItemKind = 'brief' | 'feature' | 'photo' | 'other';

export type BlockType = 'paragraph' | 'subheading';

export interface Block {
  type: BlockType;
  /** As printed, with column-break joins applied and any byline or credit removed. */
  text: string;
  span: Position;
}

/** Where a person was named. */
export type PersonSource = 'lead' | 'byline' | 'credit';

/** A contributor: a name, a role (本报通讯员, 记者…), or both. */
export interface Person {
  name: string | null;
  role: string | null;
  source: PersonSource;
}

/** The credit line of a photo (`雷 洁摄`, `本报通讯员撰`, `摄影 记者 X`), or a `文/图` byline, which credits the pictures too (then its span is the byline's). */
export interface Credit {
  /** The line as printed, trimmed. */
  raw: string;
  names: string[];
  roles: string[];
  /** The verb that makes it a credit: 摄 (photographed), 撰 (written), 摄影, 文/图 … */
  verb: string;
  span: Position;
}

/** The head of an item: its kicker, organisation and headline (or `组织：标题` header), subtitle lines. */
export interface Header {
  /** The head as printed, trimmed, its lines joined by a newline. */
  text: string;
  /** The organisation before the title (`苏村社区: …`, or alone on the line above it); null for a bare headline. */
  organisation: string | null;
  /** The headline; empty for an organisation line with no title. */
  title: string;
  /** The separator between organisation and title as printed: `:`, `：`, a space, or a line break; empty without an organisation. */
  separator: string;
  span: Position;
}

/** A line of an item, or the tail of one, that is neither its head, body nor credit. */
export interface Aside {
  /** `byline`: a byline before or after the body; `meta`: a line of the web copy (date, source) below the headline, or an editor's note's label before its text (`编者按:`); `continuation`: `(下转第六版)`; `credit`: a credit line after the first (or a later picture's credit); `caption`: a photo's caption between the headline and the lead, or of a picture inside the text (its credit is the item's). */
  kind: 'byline' | 'meta' | 'continuation' | 'credit' | 'caption';
  /** As printed, with its brackets or marker. */
  text: string;
  span: Position;
}

export interface Item {
  /** 1-based, in document order. */
  index: number;
  /** `photo`: a caption with a photo credit; `feature`: a piece told in parts under two sub-headings or more; `brief`: any other news item; `other`: no text (a headline alone). */
  kind: ItemKind;
  /** The organisation the item is about: the header's, else the headline's or subtitle's, else the first named in the body (without a city, county or district before it). */
  community: string | null;
  /** Every organisation the item names, once each, head first. */
  organisations: string[];
  /** The headline, whether or not an organisation precedes it. */
  title: string | null;
  /** The short line above the headline (引题), or null. */
  kicker: string | null;
  /** The line(s) below the headline (副题, often opening with `——`), or null. */
  subtitle: string | null;
  header: Header | null;
  /** The news lead as printed: `本报讯`, `本报4月5日讯`, `本报讯(记者 张三)`, `XX网讯`. */
  lead: string | null;
  /** The dateline as printed at the start of the body: `6月24日`, `近日`, `日前` … */
  dateline: string | null;
  /** ISO date (yyyy-mm-dd) of the dateline, when it names a day and the year is known. */
  date: string | null;
  /** Names given in the lead, padding removed. */
  reporters: string[];
  /** Raw text of the byline: inside its brackets, or after its `□`/`■` marker; null when none. */
  byline: string | null;
  /** Every person named as a contributor (lead, byline, credit), padding removed, deduplicated, in order. */
  authors: string[];
  /** The same contributors with their roles and where they were named; roles without names too. */
  people: Person[];
  credit: Credit | null;
  blocks: Block[];
  /** Bylines, web-copy lines and continuation markers, as printed, in order. */
  asides: Aside[];
  /** The last paragraph ends mid-sentence, or the item goes on on another page. */
  truncated: boolean;
  /** Characters (UTF-16 code units) of body text (blocks), not counting spaces, tabs, ideographic spaces, NBSP or BOM. */
  characters: number;
  /**
   * From the item's first line to its last; a head above the picture of the text (a photo item between them) lies before
   * it, in `header.span`, and so do the copy's lines below that head (`来源:… 作者:…`), in `asides`.
   */
  span: Position;
}

/**
 * A line that is about the page, not about an item: the section title, a page
 * line (`第A04版:城事社区`), an editor (`责任编辑: 王 芳`), a directive for
 * `bulletin check` (`<!-- bulletin-disable truncated-body -->`), or furniture:
 * navigation, archive fields, column intros, lines of a web copy.
 */
export interface MetaLine {
  kind: 'section' | 'page' | 'editor' | 'directive' | 'furniture';
  text: string;
  /** The section name, the page's section name, the editor's name, or the directive (`bulletin-disable truncated-body`). */
  value: string;
  span: Position;
}

/** Text that belongs to no item; each run also has an `unassigned-text` warning. */
export interface UnassignedBlock {
  text: string;
  span: Position;
}

export interface Bulletin {
  file: string | null;
  /** The page's section title (`社区动态`), or the section of its page line. */
  section: string | null;
  meta: MetaLine[];
  items: Item[];
  unassigned: UnassignedBlock[];
  diagnostics: Diagnostic[];
}

/** How the encoding was decided: `declared` is the document's own word (a web page's `<meta charset>`, a Word file's format). */
export type DetectedBy = 'bom' | 'valid-utf8' | 'guess' | 'forced' | 'declared';

/**
 * What a document's text was read from, and so what its positions count.
 * `text`: a plain-text file, `line` its lines. `html`: a web page, `line` the
 * lines of the text laid out from it (a block element, a `<br>`: a new line).
 * `docx`, `doc`: a Word document, `line` its paragraphs in the text read from
 * it (one per paragraph and table cell; a soft line break also starts a new
 * line; footnotes after the body), `column` a place within the paragraph.
 */
export interface DocumentSource {
  format: 'text' | 'html' | 'docx' | 'doc';
  unit: 'line' | 'paragraph';
}

export interface Decoded {
  text: string;
  /** Canonical name: utf-8, utf-16le, utf-16be, gb18030, big5. */
  encoding: string;
  detectedBy: DetectedBy;
  /** NUL bytes in the first 8 KiB: the text is empty and a `binary` diagnostic says why. */
  binary: boolean;
  /** The input started with a byte-order mark (removed from `text`). */
  bom: boolean;
  diagnostics: Diagnostic[];
  /** Text read out of a Word document or a web page; absent for a plain-text file. */
  source?: DocumentSource;
}
