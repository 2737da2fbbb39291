// The browser for the report tests: the system's Chromium (Debian package
// `chromium`), driven by playwright-core. A missing browser fails the tests
// with one line saying how to install it: they never skip (.ci/run installs it).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/** CHROMIUM_PATH, else the first of the usual names found on PATH. */
export function chromiumPath(): string {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names ${named}, which does not exist`);
    return named;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // not this one
    }
  }
  throw new Error('Cannot run the browser tests: no Chromium found; install it (apt-get install -y chromium) or set CHROMIUM_PATH');
}

export async function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'], timeout: 60_000 });
}

/** What a page did besides showing itself: console errors, uncaught errors, requests. */
export interface Watch {
  errors: string[];
  requests: string[];
}

export function watch(page: Page): Watch {
  const seen: Watch = { errors: [], requests: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') seen.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

/** Opens a report and waits until its script has added every piece (or, without a script, until it loaded). */
export async function openReport(page: Page, url: string, script = true): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (script) await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
}
