/**
 * The built pane in a real browser: webpack's production build (OFFICE_JS=local, the intranet
 * mode, so office.js is a relative URL) served from 127.0.0.1 with the Excel fake in place of
 * office.js, loaded in Debian's chromium through playwright-core. No browser is downloaded.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { FakeExcelProbe } from './host/officeFake';
import type { StaticServer } from './host/server';
import { serveStatic } from './host/server';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'docs/images/pane-score.png');
/** A task pane is about this wide in Excel on Windows and on the web. */
const PANE_VIEWPORT = { width: 360, height: 900 };

const run = promisify(execFile);

declare global {
  interface Window {
    __fakeExcel: FakeExcelProbe;
  }
}

let work: string;
let server: StaticServer;
let browser: Browser;

async function buildPane(out: string): Promise<void> {
  await run(join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    env: { ...process.env, OFFICE_JS: 'local', ADDIN_URL: '' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

async function buildOfficeFake(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'host/officeFake.ts')],
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

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'banzhuren-pane-'));
  const dist = join(work, 'dist');
  const [, fake] = await Promise.all([buildPane(dist), buildOfficeFake()]);
  server = await serveStatic(dist, new Map([['/office-js/office.js', fake]]));
  browser = await chromium.launch({
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
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Week 9 of the §8 term, so the pacing (and the guide's screenshot) does not depend on today's date. */
const WEEK_9 = new Date('2026-11-04T10:00:00+08:00');

/** A page of the pane whose every request is recorded; anything not for our server is refused. */
async function openPane(fragment = ''): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({
    viewport: PANE_VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await page.clock.setFixedTime(WEEK_9);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.origin === server.origin ? route.continue() : route.abort();
  });
  await page.goto(`${server.origin}/taskpane.html${fragment}`);
  return { page, requests };
}

describe('the built pane in chromium', () => {
  it('has Debian’s chromium to run in', () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });

  it('shows the §8 workbook’s score 77, and requests nothing beyond 127.0.0.1', async () => {
    const { page, requests } = await openPane();
    await page.getByTestId('score').waitFor();
    expect(await page.getByTestId('score').textContent()).toBe('77 分');
    expect(await page.locator('[data-bonus="meetings"]').textContent()).toContain('+6 分');
    expect(await page.locator('[data-pace="meetings"]').textContent()).toContain('班会 3 次，现有 8 次');
    mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const outside = requests.filter(
      (url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    expect(requests).toContain(`${server.origin}/office-js/office.js`);
    await page.close();
  });

  it('selects the cell of an error when it is clicked', async () => {
    const { page } = await openPane();
    await page.getByRole('button', { name: /班会记录 第 10 行 · 日期/ }).click();
    await page.waitForFunction(() => window.__fakeExcel.selection() !== null);
    expect(await page.evaluate(() => window.__fakeExcel.selection())).toEqual({
      sheet: '班会记录',
      address: 'B10',
    });
    expect(await page.evaluate(() => window.__fakeExcel.activeSheet())).toBe('班会记录');
    await page.close();
  });

  it('offers setup on an empty workbook and creates the sheets', async () => {
    const { page, requests } = await openPane('#empty');
    await page.getByRole('alert').getByRole('button', { name: '设置工作簿' }).click();
    await page.getByRole('button', { name: '创建工作表' }).click();
    await page.getByText('完成。').waitFor();
    const names = await page.evaluate(() => window.__fakeExcel.sheetNames());
    expect(names).toEqual(
      expect.arrayContaining([
        '基本信息',
        '学生名单',
        '班会记录',
        '谈心记录',
        '谈话记录',
        '班级活动',
        '走访宿舍',
        '联系家长',
      ]),
    );
    expect(requests.every((url) => url.startsWith(`${server.origin}/`) || url.startsWith('data:'))).toBe(
      true,
    );
    await page.close();
  });
});
