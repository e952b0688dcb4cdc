/**
 * The browser tests' shared harness: webpack's production build of the pane (OFFICE_JS=local, the
 * intranet mode, so office.js is a relative URL), served from 127.0.0.1 with the Excel fake in
 * place of office.js, in Debian's chromium through playwright-core. No browser is downloaded.
 *
 * The build is made once per jest run (test/browser/globalSetup.cjs names a folder for it): the
 * first test file to get here builds, the others wait for it, so several browser test files cost
 * one webpack build.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { FakeExcelProbe } from './officeFake';
import type { StaticServer } from './server';
import { serveStatic } from './server';

export const ROOT = resolve(__dirname, '../../..');
export const CHROMIUM = '/usr/bin/chromium';
/** A task pane is about this wide in Excel on Windows and on the web. */
export const PANE_VIEWPORT = { width: 360, height: 900 };
/** Week 9 of the demo term, so pacing (and the guide's screenshots) do not depend on today's date. */
export const WEEK_9 = new Date('2026-11-04T10:00:00+08:00');

const run = promisify(execFile);

declare global {
  interface Window {
    __fakeExcel: FakeExcelProbe;
  }
}

/**
 * Where a browser test saves a screenshot: the guides' docs/images only when asked for
 * (`npm run docs:images` sets BANZHUREN_DOCS_IMAGES), otherwise beside this run's build, so that
 * `npm test` leaves the working tree as it found it.
 */
export function screenshotPath(name: string): string {
  const folder =
    process.env.BANZHUREN_DOCS_IMAGES === '1'
      ? join(ROOT, 'docs/images')
      : join(buildFolder(), '..', 'screenshots');
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}

/** Where this jest run keeps the one build (set by globalSetup; a per-process folder otherwise). */
function buildFolder(): string {
  return process.env.BANZHUREN_PANE_BUILD ?? join(tmpdir(), `banzhuren-pane-${process.pid}`);
}

async function buildPane(out: string): Promise<void> {
  await run(join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    env: { ...process.env, OFFICE_JS: 'local', ADDIN_URL: '' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The built dist folder: built here when this worker is first (mkdir is the lock), else waited for. */
async function builtPane(): Promise<string> {
  const folder = buildFolder();
  const dist = join(folder, 'dist');
  const done = join(folder, 'done');
  mkdirSync(join(folder, '..'), { recursive: true });
  let first = false;
  try {
    mkdirSync(folder);
    first = true;
  } catch {
    // Another test file builds it.
  }
  if (first) {
    try {
      await buildPane(dist);
      writeFileSync(done, 'ok');
    } catch (error) {
      writeFileSync(done, `failed: ${String(error)}`);
      throw error;
    }
    return dist;
  }
  for (let waited = 0; !existsSync(done); waited += 500) {
    if (waited > 300_000) throw new Error('the pane build by another test file did not finish');
    await sleep(500);
  }
  return dist;
}

/** The built pane's dist folder (one build per jest run, shared with the browser tests), e.g. to measure its files. */
export function builtPaneDist(): Promise<string> {
  return builtPane();
}

/** One of the browser tests' host fakes (a .ts file beside the tests), bundled as a page script. */
export async function bundleFake(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild produced nothing');
  return file.text;
}

/** Debian's chromium, headless, with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PaneHarness {
  readonly origin: string;
  /** A page of the pane whose every request is recorded; anything not for our server is refused. */
  open(fragment?: string): Promise<{ page: Page; requests: string[] }>;
  close(): Promise<void>;
}

export async function startPane(): Promise<PaneHarness> {
  const [dist, fake] = await Promise.all([builtPane(), bundleFake(join(__dirname, 'officeFake.ts'))]);
  const server: StaticServer = await serveStatic(dist, new Map([['/office-js/office.js', fake]]));
  const browser = await launchChromium();
  return {
    origin: server.origin,
    async open(fragment = '') {
      // A context of its own per page: axe-core's runner opens a helper page in the page's context.
      // The contexts close with the browser.
      const context = await browser.newContext({
        viewport: PANE_VIEWPORT,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        acceptDownloads: false,
      });
      const page = await context.newPage();
      await page.clock.setFixedTime(WEEK_9);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        return url.origin === server.origin ? route.continue() : route.abort();
      });
      await page.goto(`${server.origin}/taskpane.html${fragment}`);
      return { page, requests };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Requests that left 127.0.0.1 (data: URLs are in-page). */
export function outsideRequests(harness: PaneHarness, requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${harness.origin}/`) && !url.startsWith('data:'));
}

/**
 * The pane for one test file: started before its tests (beforeAll) and closed after them
 * (afterAll). Call at the top of the file; use the result inside tests.
 */
export function paneForFile(): PaneHarness {
  let started: PaneHarness | null = null;
  beforeAll(async () => {
    started = await startPane();
  }, 300_000);
  afterAll(async () => {
    await started?.close();
  });
  const harness = (): PaneHarness => {
    if (!started)
      throw new Error('the pane has not started (paneForFile must be called at the top of the file)');
    return started;
  };
  return {
    get origin() {
      return harness().origin;
    },
    open: (fragment) => harness().open(fragment),
    close: () => harness().close(),
  };
}
