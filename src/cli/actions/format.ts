// bulletin format, the work: read each input, format it (src/formatter/), and
// print it, write it back, list it or diff it. One input to stdout streams:
// text is decoded, formatted and written as it comes (PageFormatter), so a
// page of any size goes through in bounded memory.

import path from 'node:path';
import { readConfig } from '../config-file.js';
import { encodeText } from '../../check/fix.js';
import { createDecoder, decode, normalizeEncoding, SUPPORTED_ENCODINGS } from '../../decode/index.js';
import { detectContainer, DETECT_BYTES } from '../../extract/detect.js';
import { formatDiff, formatText, PageFormatter, type FormatTextOptions, type KeptLevel } from '../../formatter/index.js';
import type { Decoded } from '../../model.js';
import type { FormatFlags } from '../commands/format.js';
import { CliError, describeSystemError, EXIT_ERROR, EXIT_OK, invalidOption, isSystemError } from '../errors.js';
import { checkpoint, InputTooLarge, readWhole, resolveInputs, sourceChunks, type Source } from '../inputs.js';
import type { CliIo } from '../io.js';
import { OutputClosed, StreamOutput } from '../output.js';
import { replaceFile } from '../replace-file.js';
import { HeadReader, MAX_DOCUMENT_BYTES } from './read-document.js';

/** --write, --check and --diff hold a file whole (its text and the formatted text): a larger one is refused. */
const MAX_WHOLE_BYTES = 64 << 20;

/** How `--verbose` names each level of the style an item is printed with (src/formatter/page.ts). */
const KEPT_AS: Readonly<Record<KeptLevel, string>> = {
  joins: 'without column-break joins',
  lines: 'with its own lines',
  marks: 'with its own lines and spaces',
  verbatim: 'as it stands',
  part: 'with a part as it stands',
};

/** A page read whole: its bytes, what the decoder (or the extractor) made of them. */
interface Page {
  bytes: Uint8Array;
  decoded: Decoded;
  /** A Word document or a web page: read as text, never written. */
  document: boolean;
}

export async function runFormat(io: CliIo, args: readonly string[], flags: FormatFlags): Promise<number> {
  const encoding = normalizeEncoding(flags.encoding);
  if (encoding === null) throw invalidOption('--encoding <name>', flags.encoding, `Allowed choices are ${SUPPORTED_ENCODINGS.join(', ')}.`);
  const config = readConfig(io, flags.config);
  const options: FormatTextOptions = {
    vocabulary: config.vocabulary,
    style: { ...config.format, ...(flags.endOfLine === undefined ? {} : { endOfLine: flags.endOfLine }) },
  };
  const needsStdin = args.length === 0 || args.includes('-');
  const resolved = await resolveInputs(args, { cwd: io.cwd, stdinIsTTY: needsStdin && io.stdin.isTTY === true, stdout: io.stdout, extensions: flags.ext });
  for (const skip of resolved.skipped) io.stderr.write(`bulletin: warning: ${skip.message}\n`);
  const several = resolved.sources.length + resolved.problems.length > 1;
  if (several && !flags.write && !flags.check && !flags.diff) {
    throw new CliError(`format prints one page; ${resolved.sources.length + resolved.problems.length} inputs need --write, --check or --diff`);
  }
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    io.stderr.write(`bulletin: error: ${message}\n`);
  };
  for (const problem of resolved.problems) fail(problem.message);
  const kept = (source: Source): FormatTextOptions => ({
    ...options,
    file: source.name,
    onKept: flags.verbose
      ? ({ item, level }) => {
          const where = item === null ? 'a part of the page' : `item ${item.index} (line ${item.span.start.line})`;
          const why = level === 'part' ? 'its rewrite would change its characters' : 'the house style would change how it reads';
          io.stderr.write(`bulletin: note: ${source.name}: ${where} printed ${KEPT_AS[level]}: ${why}\n`);
        }
      : undefined,
  });

  const stdout = new StreamOutput(io.stdout);
  const changed: string[] = [];
  let written = 0;
  try {
    if (!flags.write && !flags.check && !flags.diff) {
      const source = resolved.sources[0];
      if (source !== undefined) await printFormatted(source);
    } else {
      for (const source of resolved.sources) await formatWhole(source);
    }
    await stdout.settle();
  } catch (error) {
    // The reader has gone (`| head`): stop quietly.
    if (!(error instanceof OutputClosed)) throw error;
  }

  if (!flags.quiet && flags.check) {
    const count = resolved.sources.length;
    io.stderr.write(
      changed.length === 0
        ? `bulletin: ${count === 1 ? 'the file is' : `all ${count} files are`} formatted\n`
        : `bulletin: ${changed.length} of ${count} file${count === 1 ? '' : 's'} would be reformatted; run bulletin format --write\n`,
    );
  }
  if (!flags.quiet && flags.write) io.stderr.write(`bulletin: ${written} file${written === 1 ? '' : 's'} rewritten, ${resolved.sources.length - written} already formatted or not written\n`);
  if (failed) return EXIT_ERROR;
  return flags.check && changed.length > 0 ? 1 : EXIT_OK;

  /** One input to stdout, as it is read: text through the streaming formatter, a document whole. */
  async function printFormatted(source: Source): Promise<void> {
    const head = new HeadReader(sourceChunks(source, { stdin: io.stdin, signal: io.signal }, { bytes: 0 }));
    try {
      const first = await head.read(DETECT_BYTES);
      if (detectContainer(first) !== null) {
        const page = await readDocument(source, await head.rest(first, MAX_DOCUMENT_BYTES));
        if (page !== null) await stdout.write(formatText(page.decoded.text, kept(source)));
        return;
      }
      const decoder = createDecoder({ encoding: encoding! });
      const formatter = new PageFormatter(kept(source));
      await stdout.write(formatter.push(decoder.write(first)));
      for await (const chunk of head.remaining()) {
        if (decoder.isBinary()) break;
        await checkpoint(io.signal);
        await stdout.write(formatter.push(decoder.write(chunk)));
      }
      const rest = decoder.end();
      if (decoder.isBinary()) return fail(`Cannot read ${source.name}: not a text file`);
      await stdout.write(formatter.push(rest) + formatter.end());
    } catch (error) {
      if (!isSystemError(error)) throw error;
      fail(`Cannot read ${source.name}: ${describeSystemError(error)}`);
    }
  }

  /** --write, --check, --diff: the file whole, formatted, compared, then written, listed or diffed. */
  async function formatWhole(source: Source): Promise<void> {
    const page = await readPage(source);
    if (page === null) return;
    const before = page.decoded.text;
    const after = formatText(before, kept(source));
    if (after === before) return;
    if (flags.check) {
      changed.push(source.name);
      await stdout.write(`${source.name}\n`);
    } else if (flags.diff) {
      const name = source.name.split(path.sep).join('/');
      await stdout.write(formatDiff(name, before, after));
    } else if (await writeBack(source, page, after)) {
      written++;
    }
  }

  async function writeBack(source: Source, page: Page, after: string): Promise<boolean> {
    if (page.document) {
      const editor = page.decoded.source?.format === 'html' ? 'web page editor' : 'word processor';
      fail(`--write rewrites plain text files; open ${source.name} in a ${editor} to change it`);
      return false;
    }
    if (source.kind !== 'file') {
      fail(`Cannot write ${source.name} in place; bulletin format without --write prints the formatted page`);
      return false;
    }
    if (typeof source.path !== 'string') {
      fail(`Cannot write ${source.name} in place: its name is not UTF-8`);
      return false;
    }
    // Written back in its own encoding and with its own byte-order mark; a file whose text does not encode back to
    // its bytes (invalid bytes read as U+FFFD) would change more than its format.
    if (Buffer.compare(Buffer.from(encodeText(page.decoded.text, page.decoded)), Buffer.from(page.bytes)) !== 0) {
      fail(`Cannot format ${source.name}: its bytes do not read back as ${page.decoded.encoding} unchanged (invalid or unusual bytes); fix it by hand`);
      return false;
    }
    try {
      await replaceFile(source.path, encodeText(after, page.decoded), { cwd: io.cwd, name: source.name, verb: 'write' });
      return true;
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      fail(error.message);
      return false;
    }
  }

  /** A source read whole and decoded (or extracted), or null after an error line. */
  async function readPage(source: Source): Promise<Page | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readWhole(source, {
        stdin: io.stdin,
        maxBytes: MAX_WHOLE_BYTES,
        isBinary: (head) => detectContainer(head) === null && decode(head, { encoding: encoding! }).binary,
      });
    } catch (error) {
      if (error instanceof InputTooLarge) {
        fail(`Cannot format ${source.name}: larger than 64 MiB, the most --write, --check and --diff read at once; without them one page streams`);
        return null;
      }
      if (!isSystemError(error)) throw error;
      fail(`Cannot read ${source.name}: ${describeSystemError(error)}`);
      return null;
    }
    if (detectContainer(bytes) !== null) return readDocument(source, bytes);
    const decoded = decode(bytes, { encoding: encoding! });
    if (decoded.binary) {
      fail(`Cannot read ${source.name}: not a text file`);
      return null;
    }
    return { bytes, decoded, document: false };
  }

  /** A Word document or a web page: its text read out. */
  async function readDocument(source: Source, bytes: Uint8Array): Promise<Page | null> {
    const container = detectContainer(bytes)!;
    const { extractDocument, ExtractError } = await import('../../extract/index.js');
    try {
      const extracted = await extractDocument(bytes, container, { encoding: encoding ?? 'auto' });
      const decoded: Decoded = { text: extracted.text, encoding: extracted.encoding, detectedBy: extracted.detectedBy, binary: false, bom: false, diagnostics: extracted.diagnostics, source: extracted.source };
      return { bytes, decoded, document: true };
    } catch (error) {
      if (error instanceof ExtractError) {
        fail(`Cannot read ${source.name}: ${error.reason}`);
        return null;
      }
      throw error;
    }
  }
}

