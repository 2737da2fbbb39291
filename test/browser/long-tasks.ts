/// <reference lib="dom" />
// The long tasks of a page as a reader's Chromium runs it, from navigation
// through loading and first paint to scrolling to its end.
//
// Not through Playwright: it enables the DevTools Network domain on every page
// it drives, and with that on, Chromium keeps a decoded copy of the document's
// body for DevTools, decoding the whole file again in one task when it has
// loaded (a trace of the 7.3 MB report of 2,000 items shows it under
// DocumentLoader::BodyLoadingFinished: TextResourceDecoder::Decode of all
// 7,324,944 bytes, 362 ms, in a task of 528-573 ms) — a task no reader's
// browser runs. Here Chromium is driven over its DevTools pipe with the Page,
// Runtime and Tracing domains only.
//
// Two measures of each task: its wall-clock duration, as the page's own
// PerformanceObserver ('longtask', registered before the document is parsed)
// reports it, and the CPU time the renderer's main thread spent in it, from a
// trace (RunTask's thread duration): the first is what a reader feels, the
// second does not grow when other processes take the machine's cores.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** Chromium started with --remote-debugging-pipe: JSON messages ending in NUL, on file descriptors 3 (in) and 4 (out). */
export class DevToolsPipe {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(message: Message) => void>();
  private buffered = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    input.on('error', () => {});
    output.on('data', (chunk: Buffer) => {
      this.buffered += chunk.toString('utf8');
      for (let end = this.buffered.indexOf('\0'); end !== -1; end = this.buffered.indexOf('\0')) {
        const message = JSON.parse(this.buffered.slice(0, end)) as Message;
        this.buffered = this.buffered.slice(end + 1);
        const pending = message.id === undefined ? undefined : this.waiting.get(message.id);
        if (pending) {
          this.waiting.delete(message.id!);
          if (message.error) pending.reject(new Error(message.error.message));
          else pending.resolve(message.result ?? {});
        } else {
          for (const listener of [...this.listeners]) listener(message);
        }
      }
    });
    child.once('exit', () => {
      for (const pending of this.waiting.values()) pending.reject(new Error('Chromium exited'));
      this.waiting.clear();
    });
  }

  static launch(executable: string, width: number, height: number): DevToolsPipe {
    const profile = mkdtempSync(path.join(tmpdir(), 'bulletin-chromium-'));
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe', `--user-data-dir=${profile}`, `--window-size=${width},${height}`, 'about:blank'];
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    return new DevToolsPipe(child, profile);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    const message: Message = { id, method, params, ...(sessionId !== undefined && { sessionId }) };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
    });
  }

  /** The next event of that name. */
  next(method: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const listener = (message: Message) => {
        if (message.method !== method) return;
        this.listeners.delete(listener);
        resolve(message.params ?? {});
      };
      this.listeners.add(listener);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await this.send('Browser.close').catch(() => {});
      const stuck = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(stuck);
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export interface Task {
  /** ms after the page's time origin (long tasks) or after navigation began (traced tasks). */
  start: number;
  /** Wall-clock ms. */
  duration: number;
}

export interface Run {
  /** Every long task (over 50 ms) the page's PerformanceObserver saw, wall clock. */
  longTasks: Task[];
  /** The traced tasks of the page's main thread over 50 ms wall clock, each with the CPU ms it took. */
  traced: Array<Task & { cpu: number }>;
  /** The most CPU time any one task of the page's main thread took, ms. */
  worstCpu: number;
  /** Articles in the page when it was ready: what was measured. */
  articles: number;
}

/** Registered before the document is parsed, so that tasks while it loads are seen too. */
const OBSERVER = `(() => {
  const seen = [];
  Object.defineProperty(window, "__longTasks", { value: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
})();`;

/** Waits until the page's script has added every card, then scrolls to the end in 40 jumps, a frame drawn after each, and back. */
const SCROLL = `(async () => {
  while (document.documentElement.dataset.ready !== "true") await new Promise((resolve) => setTimeout(resolve, 50));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (let step = 1; step <= 40; step++) {
    window.scrollTo(0, ((document.documentElement.scrollHeight - window.innerHeight) * step) / 40);
    await frame();
  }
  window.scrollTo(0, 0);
  await frame();
  return document.querySelectorAll("article.item").length;
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; url?: string };
}

/** The main thread of the renderer that loaded `url`, and its top-level tasks. */
function pageTasks(events: readonly TraceEvent[], url: string): { traced: Run['traced']; worstCpu: number } {
  const loader = events.find((event) => event.name === 'NavigationBodyLoader::StartLoadingBody' && event.args?.url === url);
  if (!loader) throw new Error(`The trace does not show ${url} loading`);
  const onThread = events
    .filter((event) => event.pid === loader.pid && event.tid === loader.tid && event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  // Chromium records no thread time for a few tasks of a few microseconds (156: 23 of 2,822, each 2 µs, mojo's
  // watcher); such a task's CPU time is at most its wall-clock time, which stands in for it. With no thread time at
  // all, CPU time cannot be told: an error, not a pass.
  if (onThread.length > 0 && onThread.every((event) => event.tdur === undefined)) throw new Error('The trace has no thread time (tdur) for the page\'s tasks');
  const begin = onThread[0]?.ts ?? 0;
  const traced: Run['traced'] = [];
  let worstCpu = 0;
  let end = -Infinity;
  for (const task of onThread) {
    if (task.ts < end) continue; // a task run inside another (a nested loop): counted in it
    end = task.ts + task.dur!;
    const cpu = task.tdur ?? task.dur!;
    worstCpu = Math.max(worstCpu, cpu / 1000);
    if (task.dur! > 50_000) traced.push({ start: (task.ts - begin) / 1000, duration: task.dur! / 1000, cpu: cpu / 1000 });
  }
  return { traced, worstCpu };
}

/** Opens `url` in a fresh browser context, traced, at 1280×900, scrolls it to its end, and says how long its tasks were. */
export async function measureRun(pipe: DevToolsPipe, url: string): Promise<Run> {
  const { browserContextId } = await pipe.send('Target.createBrowserContext');
  try {
    const { targetId } = await pipe.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = (await pipe.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await pipe.send('Page.enable', {}, sessionId);
    await pipe.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    await pipe.send('Page.addScriptToEvaluateOnNewDocument', { source: OBSERVER }, sessionId);
    const evaluate = async (expression: string) => {
      const { result, exceptionDetails } = (await pipe.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)) as {
        result: { value: unknown };
        exceptionDetails?: { text: string };
      };
      if (exceptionDetails) throw new Error(`In the page: ${exceptionDetails.text}`);
      return result.value;
    };
    // Only what is needed to find the page's thread and time its tasks: few categories, little overhead.
    await pipe.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: ['toplevel', 'loading'] } });
    const loaded = pipe.next('Page.loadEventFired');
    await pipe.send('Page.navigate', { url }, sessionId);
    await loaded;
    const articles = (await evaluate(SCROLL)) as number;
    const complete = pipe.next('Tracing.tracingComplete');
    await pipe.send('Tracing.end');
    const { stream } = (await complete) as { stream: string };
    let trace = '';
    for (;;) {
      const chunk = (await pipe.send('IO.read', { handle: stream, size: 4 << 20 })) as { data: string; base64Encoded?: boolean; eof: boolean };
      trace += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await pipe.send('IO.close', { handle: stream });
    const longTasks = (await evaluate('window.__longTasks')) as Task[];
    const events = (JSON.parse(trace) as { traceEvents: TraceEvent[] }).traceEvents;
    return { longTasks, ...pageTasks(events, url), articles };
  } finally {
    await pipe.send('Target.disposeBrowserContext', { browserContextId });
  }
}
