// Large and degenerate inputs against the built bin, with the CPU time they
// use and the peak resident memory read from /proc (VmHWM). Neither grows with
// the load of the machine, as the time by the clock does; the limits still
// leave a margin, and the figures of a quiet machine are in docs/robustness.md. Each input is generated here, in a temporary directory.

import { closeSync, openSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, tempDir } from '../cli/helpers.js';
import { startBin } from './helpers.js';

const MiB = 1024 * 1024;
const WARNING_LINE_1 = (name: string) =>
  `${name}:1:1: warning: Unexpected text on line 1 outside any item, expected a header, lead, byline or credit [unassigned-text]\n`;

let dir: string;
const file = (name: string) => path.join(dir, name);

/** Writes `size` bytes made of `unit` repeated (cut at a character boundary), without holding them all. */
function writeRepeated(name: string, unit: string, size: number): number {
  const block = Buffer.from(unit.repeat(Math.ceil(MiB / Buffer.byteLength(unit))));
  const whole = block.subarray(0, block.length - (block.length % Buffer.byteLength(unit)));
  const fd = openSync(file(name), 'w');
  let written = 0;
  try {
    while (written + whole.length <= size) written += writeSync(fd, whole);
  } finally {
    closeSync(fd);
  }
  return written;
}

/** The last `length` bytes of a file. */
function tail(name: string, length: number): string {
  const fd = openSync(file(name), 'r');
  try {
    const { size } = statSync(file(name));
    const buffer = Buffer.alloc(Math.min(length, size));
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 300_000);

// Some 300 MB of inputs and outputs: not left in the temporary directory.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('large inputs: steady time and memory, nothing lost', () => {
  it('100 MB without a newline: one unassigned run, one warning, exit 0; all of it in the export', async () => {
    // Words that open no news item (no organisation, lead or dateline): text the parser cannot place.
    const size = writeRepeated('no-newline.txt', '开展主题党日活动', 100 * MiB);
    const list = await startBin(['list', 'no-newline.txt'], { cwd: dir }).done;
    expect([list.code, list.stdout, list.stderr]).toEqual([0, 'index\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated\n', WARNING_LINE_1('no-newline.txt')]);
    expect(list.cpuMs ?? 0).toBeLessThan(20_000);
    if (list.peakKiB !== null) expect(list.peakKiB * 1024).toBeLessThan(5 * size);

    const exported = await startBin(['export', 'no-newline.txt', '--format', 'json', '--quiet', '-o', 'no-newline.json'], { cwd: dir }).done;
    expect([exported.code, exported.stdout, exported.stderr]).toEqual([0, '', '']);
    // The text is in `unassigned` (the export is larger than the input), and the
    // warning, last in the file, spans every character of the line.
    expect(statSync(file('no-newline.json')).size).toBeGreaterThan(size);
    const end = tail('no-newline.json', 400);
    expect(end).toContain(`"column": ${size / 3 + 1},`);
    expect(end).toMatch(/"file": "no-newline\.txt"\n\s*\}\n\s*\]\n\s*\}\n\s*\]\n\}\n$/);
  }, 300_000);

  it('a 10 MB line in an item: the paragraph whole in the NDJSON export, exit 0', async () => {
    const paragraph = `本报讯 近日，${'苏村社区开展主题党日活动，'.repeat(Math.ceil((10 * MiB) / 39))}结束。`;
    writeFileSync(file('long-line.txt'), `苏村社区: 开展活动\n\n${paragraph}\n\n(李 莉)\n`);
    const result = await startBin(['export', 'long-line.txt', '--format', 'ndjson'], { cwd: dir }).done;
    expect([result.code, result.stderr]).toEqual([0, '']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const item = JSON.parse(lines[0]!) as { kind: string; byline: string; blocks: { text: string }[] };
    expect([item.kind, item.byline, item.blocks.map((block) => block.text)]).toEqual(['brief', '李 莉', [paragraph]]);
    expect(result.cpuMs ?? 0).toBeLessThan(15_000);
    if (result.peakKiB !== null) expect(result.peakKiB * 1024).toBeLessThan(400 * MiB);
  }, 300_000);

  it('100 000 blank lines around an item: the item, at its line, no warning', async () => {
    const blank = '\n'.repeat(100_000);
    writeFileSync(file('blank-lines.txt'), `${blank}苏村社区: 开展活动\n\n本报讯 近日，苏村社区开展活动。\n\n(李 莉)\n${blank}`);
    const result = await startBin(['export', 'blank-lines.txt', '--format', 'ndjson'], { cwd: dir }).done;
    expect([result.code, result.stderr]).toEqual([0, '']);
    const items = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { title: string; span: { start: { line: number }; end: { line: number } } });
    expect(items.map((item) => [item.title, item.span.start.line, item.span.end.line])).toEqual([['开展活动', 100_001, 100_005]]);
    expect(result.cpuMs ?? 0).toBeLessThan(10_000);
  }, 300_000);

  it('a header line repeated 100 000 times: 100 000 items, one per line, none lost', async () => {
    writeFileSync(file('headers.txt'), '苏村社区: 开展主题党日活动\n'.repeat(100_000));
    const result = await startBin(['stats', 'headers.txt', '--format', 'json'], { cwd: dir }).done;
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(JSON.parse(result.stdout)).toMatchObject({ items: 100_000, unassigned: 0, kinds: { other: 100_000 } });
    expect(result.cpuMs ?? 0).toBeLessThan(15_000);
    if (result.peakKiB !== null) expect(result.peakKiB).toBeLessThan(600 * 1024);
  }, 300_000);

  it('a header repeated 100 000 times on one line (苏村社区:苏村社区:…): one unassigned line, quickly', async () => {
    writeFileSync(file('header-run.txt'), `${'苏村社区:'.repeat(100_000)}\n`);
    const result = await startBin(['list', 'header-run.txt'], { cwd: dir }).done;
    expect([result.code, result.stderr]).toEqual([0, WARNING_LINE_1('header-run.txt')]);
    expect(result.cpuMs ?? 0).toBeLessThan(10_000);
  }, 300_000);

  // Each column-break join used to read the end of the growing joined string,
  // which flattens it: O(n²) for a paragraph of n joined lines (40 000 lines of
  // `他说（好）` took ~8.5 s of CPU). Now linear: well under a second.
  it('40 000 lines without a full stop in one item: parsed in linear time', async () => {
    writeFileSync(file('no-full-stop.txt'), `苏村社区: 开展活动\n${'他说（好）\n'.repeat(40_000)}`);
    const result = await startBin(['list', 'no-full-stop.txt'], { cwd: dir, cpuLimitMs: 4_000, killAfterMs: 240_000 }).done;
    expect([result.code, result.signal]).toEqual([0, null]);
  }, 300_000);
});

