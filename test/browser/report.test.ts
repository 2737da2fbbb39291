/// <reference lib="dom" />
// The callbacks of page.evaluate run in the page: they are typed with the DOM.
// The HTML report in a real browser (headless Chromium), as an editor uses it:
// the sample's report is built by the CLI, then opened, read, filtered,
// walked with the keys, scanned by axe-core and photographed. Expected counts
// come from the CLI's JSON (export and check), not from the page's own words.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, SAMPLE, spawnBin, tempDir } from '../cli/helpers.js';
import { chromiumPath, launchBrowser, openReport, watch } from './helpers.js';
import { DevToolsPipe, measureRun, type Run } from './long-tasks.js';

/** Screenshots for a reviewer to look at; the folder is git-ignored. */
const SHOTS = path.join(ROOT, '.artifacts/screenshots');
const TODAY = '2024-07-01';

interface ExportedItem {
  index: number;
  kind: string;
  community: string | null;
  title: string | null;
  authors: string[];
  truncated: boolean;
  blocks: Array<{ text: string }>;
}

let browser: Browser;
let launchError: unknown = null;
let dir: string;
let sampleUrl: string;
let items: ExportedItem[];
let diagnostics: Array<{ ruleId: string; severity: string }>;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const report = path.join(dir, 'report.html');
  // The sample read from a deep path, as on a CI runner: the title names it, and a long path must not widen the page.
  const deep = path.join(dir, 'runner-workspace-0123456789abcdef0123456789abcdef', 'checkout-of-the-bulletin-repository', 'fixtures');
  mkdirSync(deep, { recursive: true });
  const sample = path.join(deep, path.basename(SAMPLE));
  copyFileSync(SAMPLE, sample);
  const view = spawnBin(['view', sample, '--no-open', '-o', report, '--today', TODAY]);
  expect(view.code, view.stderr).toBe(0);
  sampleUrl = pathToFileURL(report).href;
  items = JSON.parse(spawnBin(['export', SAMPLE, '--format', 'json']).stdout).documents[0].items;
  const check = JSON.parse(spawnBin(['check', SAMPLE, '--format', 'json', '--today', TODAY]).stdout);
  diagnostics = check.results.flatMap((result: { diagnostics: unknown[] }) => result.diagnostics);
  // A browser that cannot start fails every test with its one line (below), rather than skipping them.
  try {
    browser = await launchBrowser();
  } catch (error) {
    launchError = error;
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function newPage(options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  if (launchError !== null) throw launchError;
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  return context.newPage();
}

/** The articles the filter leaves shown. */
function shownCommunities(page: Page): Promise<string[]> {
  return page.$$eval('article.item:not([hidden])', (articles) => articles.map((article) => (article as HTMLElement).dataset.community ?? ''));
}

describe('the report of the sample, in Chromium', () => {
  it('has a card per item, the truncated ones marked, and every finding of check', async () => {
    const page = await newPage();
    const seen = watch(page);
    await openReport(page, sampleUrl);
    expect(items.length).toBe(10);
    const cards = await page.$$eval('article.item', (articles) =>
      articles.map((article) => ({ kind: article.getAttribute('data-kind'), community: article.getAttribute('data-community'), truncated: article.getAttribute('data-truncated') })),
    );
    expect(cards).toEqual(items.map((item) => ({ kind: item.kind, community: item.community ?? '', truncated: String(item.truncated) })));
    expect(cards.filter((card) => card.truncated === 'true')).toHaveLength(items.filter((item) => item.truncated).length);
    // One finding element per finding, rule and severity as check's JSON has them.
    expect(diagnostics.length).toBeGreaterThan(0);
    const found = await page.$$eval('.finding', (elements) => elements.map((element) => `${element.getAttribute('data-rule')}/${element.getAttribute('data-severity')}`));
    expect(found.sort()).toEqual(diagnostics.map((d) => `${d.ruleId}/${d.severity}`).sort());
    // The truncated ends are drawn on the cards that are cut.
    expect(await page.$$eval('article[data-truncated="true"] .truncated-end', (ends) => ends.length)).toBe(items.filter((item) => item.truncated).length);
    expect(await page.$$eval('article[data-truncated="false"] .truncated-end', (ends) => ends.length)).toBe(0);
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([sampleUrl]);
    await page.context().close();
  }, 120_000);

  it('narrows to one community, an author, a kind or a text with the filter box', async () => {
    const page = await newPage();
    const seen = watch(page);
    await openReport(page, sampleUrl);
    await page.selectOption('select[name="community"]', '苏村社区');
    expect(await shownCommunities(page)).toEqual(['苏村社区']);
    await expect.poll(() => page.textContent('#filter-status')).toBe('1 of 10 items');
    await page.selectOption('select[name="community"]', '');
    await page.selectOption('select[name="kind"]', 'feature');
    expect(await shownCommunities(page)).toEqual(items.filter((item) => item.kind === 'feature').map((item) => item.community));
    await page.selectOption('select[name="kind"]', '');
    await page.selectOption('select[name="author"]', '曹蓉');
    expect(await shownCommunities(page)).toEqual(items.filter((item) => item.authors.includes('曹蓉')).map((item) => item.community));
    await page.selectOption('select[name="author"]', '');
    await page.fill('input[name="q"]', '禁毒');
    const withText = items.filter((item) => item.blocks.some((block) => block.text.includes('禁毒')) || item.title?.includes('禁毒'));
    expect(withText.length).toBeGreaterThan(0);
    expect(await shownCommunities(page)).toEqual(withText.map((item) => item.community));
    await page.fill('input[name="q"]', '');
    expect(await shownCommunities(page)).toHaveLength(10);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('moves the focus between items with j/k and between findings with n/p', async () => {
    const page = await newPage();
    const seen = watch(page);
    await openReport(page, sampleUrl);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('j');
    expect(await focused()).toBe('f1-i1');
    await page.keyboard.press('j');
    expect(await focused()).toBe('f1-i2');
    await page.keyboard.press('k');
    expect(await focused()).toBe('f1-i1');
    // n: the first finding after the focused item's start, inside it.
    await page.keyboard.press('n');
    const first = await page.evaluate(() => ({ id: document.activeElement?.id, finding: document.activeElement?.classList.contains('finding'), item: document.activeElement?.closest('article')?.id }));
    expect(first).toMatchObject({ finding: true, item: 'f1-i1' });
    await page.keyboard.press('n');
    const second = await focused();
    expect(second).not.toBe(first.id);
    await page.keyboard.press('p');
    expect(await focused()).toBe(first.id);
    // Keys typed into the filter box are text, not moves.
    await page.keyboard.press('/');
    await page.keyboard.type('jk');
    expect(await page.inputValue('input[name="q"]')).toBe('jk');
    expect(seen.errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const page = await newPage();
    await openReport(page, sampleUrl);
    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    console.log(`axe-core: ${violations.length === 0 ? 'no violations' : violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ')}`);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('fits a phone (390 px) and a desktop (1280 px); screenshots of both', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 390]) {
      const page = await newPage({ width });
      await openReport(page, sampleUrl);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
      // The picture is of the whole page: cards off screen are drawn only when they come near (content-visibility).
      await page.evaluate(() => {
        document.querySelectorAll<HTMLElement>('.chunk, .item').forEach((element) => element.style.setProperty('content-visibility', 'visible'));
      });
      const file = path.join(SHOTS, `sample-report-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`screenshot: ${path.relative(ROOT, file)}`);
      await page.context().close();
    }
  }, 120_000);

  it('reads whole without its script: every card shown, the filter hidden', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await openReport(page, sampleUrl, false);
    expect(await page.$$eval('article.item', (articles) => articles.filter((article) => (article as HTMLElement).offsetHeight > 0).length)).toBe(10);
    expect(await page.isHidden('#filter')).toBe(true);
    await page.context().close();
  }, 120_000);
});

describe('hostile text', () => {
  const HOSTILE = path.join(ROOT, 'fixtures/html/hostile.txt');

  for (const javaScriptEnabled of [true, false]) {
    it(`renders as text and runs nothing (${javaScriptEnabled ? 'with' : 'without'} the page's script)`, async () => {
      const report = path.join(dir, 'hostile.html');
      const result = spawnBin(['check', HOSTILE, '--format', 'html', '--today', TODAY]);
      expect([0, 1]).toContain(result.code);
      writeFileSync(report, result.stdout);
      const url = pathToFileURL(report).href;
      const page = await newPage({ javaScriptEnabled });
      const seen = watch(page);
      await openReport(page, url, javaScriptEnabled);
      if (javaScriptEnabled) expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      // Nothing from the page became an element: one script (ours), one style (ours), no image, frame or foreign SVG.
      expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(1);
      expect(await page.$$eval('style', (styles) => styles.length)).toBe(1);
      expect(await page.$$eval('main img, main iframe, main b, main textarea, main svg', (elements) => elements.length)).toBe(0);
      const shown = await page.evaluate(() => document.querySelector('main')!.textContent ?? '');
      for (const piece of ['<script>window.__pwned = "title"</script>', '"><img src=x onerror=', '</noscript><script>', '<!--piece-->', '</textarea><svg onload=', '(<b>王 五</b>)']) {
        expect(shown).toContain(piece);
      }
      // The bidi controls are badges naming them, not controls.
      expect(shown).not.toMatch(/[\u202A-\u202E]/);
      expect(await page.$$eval('.control', (badges) => badges.map((badge) => badge.textContent))).toEqual(expect.arrayContaining(['U+202E', 'U+202A']));
      expect(seen.errors).toEqual([]);
      expect(seen.requests).toEqual([url]);
      await page.context().close();
    }, 120_000);
  }
});

describe('a report of 2,000 items', () => {
  const ms = (value: number) => Math.round(value);
  const worstWall = (run: Run) => Math.max(0, ...run.longTasks.map((task) => task.duration), ...run.traced.map((task) => task.duration));

  it('opens and scrolls with no task over 200 ms', async () => {
    // The sample, its punctuation fixed by check --fix (the unfixed sample has 265 findings in 10 items, which
    // would make this a test of 56,000 findings), 200 times over: 2,000 items.
    const page = path.join(dir, 'page.txt');
    writeFileSync(page, readFileSync(SAMPLE));
    expect(spawnBin(['check', '--fix', page, '--today', TODAY]).code).toBe(1);
    const text = readFileSync(page, 'utf8');
    const body = text.slice(text.indexOf('社区动态') + '社区动态'.length);
    const large = path.join(dir, 'large.txt');
    writeFileSync(large, `社区动态\n${body.repeat(200)}`);
    const exportedFile = path.join(dir, 'large.json');
    expect(spawnBin(['export', large, '--format', 'json', '-o', exportedFile]).code).toBe(0);
    expect(JSON.parse(readFileSync(exportedFile, 'utf8')).documents[0].items).toHaveLength(2000);
    const report = path.join(dir, 'large.html');
    expect(spawnBin(['view', large, '--no-open', '-o', report, '--today', TODAY]).code).toBe(0);
    const url = pathToFileURL(report).href;

    // Through Playwright: what the page holds, and (printed, not judged) its long tasks with DevTools' Network
    // domain on, which adds a task that decodes the whole file again (see long-tasks.ts).
    const probe = await newPage();
    await probe.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await openReport(probe, url);
    const withDevTools = await probe.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(await probe.$$eval('article.item', (articles) => articles.length)).toBe(2000);
    const findings = await probe.$$eval('.finding', (elements) => elements.length);
    // Every card in a chunk the script made of a store, no store left.
    expect(await probe.$$eval('main noscript', (stores) => stores.length)).toBe(0);
    expect(await probe.$$eval('article.item', (articles) => articles.filter((article) => article.parentElement!.matches('main > div.chunk')).length)).toBe(2000);
    // Filtered to one community (a tenth of the cards), the page is about a tenth as long: a chunk off screen
    // whose cards are all hidden takes no room, instead of the height guessed for 32 cards.
    const fullHeight = await probe.evaluate(() => document.documentElement.scrollHeight);
    await probe.selectOption('select[name="community"]', '苏村社区');
    await expect.poll(() => probe.textContent('#filter-status')).toBe('200 of 2000 items');
    expect(await probe.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(fullHeight / 5);
    await probe.context().close();

    // As a reader's browser runs it: every task of the page's main thread, from navigation through parsing, first
    // paint, the script adding the cards and scrolling to the end. Judged by the CPU time each task took, which other
    // processes on the machine do not lengthen: in every run none over the target, 200 ms, and in the best run none
    // over half of it (the margin). Wall-clock times (the page's own PerformanceObserver, and the trace for the tasks
    // before its document existed) are what a reader feels, but on a machine whose cores are busy with other work a
    // 40 ms task takes 300: they are judged against the target, in the best of up to five runs, when the machine had
    // a core for each process wanting one (load average at most the number of cores); otherwise printed only.
    const cores = availableParallelism();
    const loadBefore = loadavg()[0]!;
    const pipe = DevToolsPipe.launch(chromiumPath(), 1280, 900);
    const runs: Run[] = [];
    const bestCpu = () => Math.min(...runs.map((run) => run.worstCpu));
    try {
      // At least two runs; more only while the best run is not yet within the margin, or the wall clock, which will
      // be judged, has not had a fair one. CPU time too grows when the other core is busy (CI runs the other test
      // files beside this one; the caches and the core's other hardware thread are shared): one CI run's best of two
      // was 108 ms where this machine's are about 40.
      while (runs.length < 5) {
        runs.push(await measureRun(pipe, url));
        const wallHadItsChance = worstWall(runs.at(-1)!) <= 200 || loadavg()[0]! > cores;
        if (runs.length >= 2 && bestCpu() <= 100 && wallHadItsChance) break;
      }
    } finally {
      await pipe.close();
    }
    const load = Math.max(loadBefore, loadavg()[0]!);
    const size = (readFileSync(report).length / 1e6).toFixed(1);
    console.log(`2,000 items, ${findings} findings, ${size} MB; long tasks with Playwright (DevTools Network on, not judged): ${withDevTools.map(ms).join(', ')} ms`);
    runs.forEach((run, index) => {
      console.log(
        `run ${index + 1}: longest task ${ms(run.worstCpu)} ms CPU, ${ms(worstWall(run))} ms wall clock; ` +
          `long tasks (PerformanceObserver): ${run.longTasks.map((task) => ms(task.duration)).join(', ') || 'none'} ms; ` +
          `main-thread tasks over 50 ms (trace, wall/CPU): ${run.traced.map((task) => `${ms(task.duration)}/${ms(task.cpu)}`).join(', ') || 'none'} ms`,
      );
    });
    const judged = load <= cores;
    console.log(`wall clock ${judged ? 'judged' : 'not judged'}: load average ${load.toFixed(1)} on ${cores} cores`);
    for (const run of runs) {
      expect(run.articles).toBe(2000);
      expect(run.worstCpu, 'CPU time of the longest task of a run').toBeLessThanOrEqual(200);
    }
    expect(bestCpu(), 'CPU time of the longest task of the best run').toBeLessThanOrEqual(100);
    if (judged) expect(Math.min(...runs.map(worstWall)), 'wall-clock time of the longest task of the best run').toBeLessThanOrEqual(200);
  }, 600_000);
});
