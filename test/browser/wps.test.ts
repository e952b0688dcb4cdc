/**
 * The built WPS 表格 add-in (npm run build:wps, into a temporary folder) in Debian's chromium with
 * the ET fake as `window.Application`: the pane picks the WPS host, scores the §8 workbook 77,
 * marks a bad date typed into 班会记录, and asks for nothing beyond 127.0.0.1; the add-in's ribbon
 * button opens that pane with CreateTaskPane.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { MARK_STYLE } from '../../src/office/marks';
import { bgr } from '../../src/wps/workbook';
import { bundleFake, launchChromium, PANE_VIEWPORT, ROOT, WEEK_9 } from './host/harness';
import type { StaticServer } from './host/server';
import { serveStatic } from './host/server';
import type { FakeEtProbe } from './wpsFake';

declare global {
  interface Window {
    __fakeEt: FakeEtProbe;
    ribbon: { OnAction(control: { Id: string }): boolean; GetImage(control: { Id: string }): string };
  }
}

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const out = mkdtempSync(join(tmpdir(), 'banzhuren-wps-'));
const folder = join(out, `banzhuren_${VERSION}`);
let server: StaticServer;
let browser: Browser;
let fake: string;

beforeAll(async () => {
  await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/webpack'),
    ['--mode', 'production', '--env', 'wps'],
    {
      cwd: ROOT,
      env: { ...process.env, WPS_OUT_DIR: out, WPS_ADDIN_URL: 'https://example.edu.cn/banzhuren-wps/' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  fake = await bundleFake(join(__dirname, 'wpsFake.ts'));
  server = await serveStatic(folder, new Map());
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

async function open(page: string): Promise<{ page: Page; requests: string[] }> {
  const tab = await browser.newPage({
    viewport: PANE_VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await tab.clock.setFixedTime(WEEK_9);
  await tab.addInitScript({ content: fake });
  const requests: string[] = [];
  tab.on('request', (request) => requests.push(request.url()));
  await tab.route('**/*', (route) =>
    new URL(route.request().url()).origin === server.origin ? route.continue() : route.abort(),
  );
  await tab.goto(`${server.origin}/${page}`);
  return { page: tab, requests };
}

const outside = (requests: readonly string[]) =>
  requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));

describe('the built WPS add-in', () => {
  it('shows 77 for the §8 workbook, marks a bad date typed into 班会记录, and asks for nothing beyond 127.0.0.1', async () => {
    const { page, requests } = await open('taskpane.html');
    const score = page.getByTestId('score');
    await score.waitFor();
    expect(await score.textContent()).toContain('77');
    const marks = page.getByRole('switch', { name: '在工作表中标出问题单元格' });
    await marks.click();
    expect(await page.evaluate(() => window.__fakeEt.fill('班会记录', 4, 1))).toBeNull();

    await page.evaluate(() => window.__fakeEt.type('班会记录', 'B5', '2030-03-01'));
    await page.waitForFunction(
      (fill) => window.__fakeEt.fill('班会记录', 4, 1) === fill,
      bgr(MARK_STYLE.error.fill),
    );

    await page.evaluate(() => window.__fakeEt.type('班会记录', 'B5', '2026-10-20'));
    await page.waitForFunction(() => window.__fakeEt.fill('班会记录', 4, 1) === null);
    expect(outside(requests)).toEqual([]);
    await page.close();
  });

  it('opens the pane from the 班主任工作 tab’s button with CreateTaskPane, and hides it on the next click', async () => {
    const ribbon = readFileSync(join(folder, 'ribbon.xml'), 'utf8');
    expect(ribbon).toContain('label="班主任工作"');
    expect(ribbon).toContain('onAction="ribbon.OnAction"');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toMatch(/<script[^>]* src="?main\.js"?/);
    const { page, requests } = await open('index.html');
    await page.waitForFunction(() => typeof window.ribbon === 'object');
    await page.evaluate(() => window.ribbon.OnAction({ Id: 'banzhurenShowPane' }));
    expect(await page.evaluate(() => window.__fakeEt.panes())).toEqual([
      { url: `${server.origin}/taskpane.html`, title: '班主任工作量化记录', visible: true, dock: 2 },
    ]);
    await page.evaluate(() => window.ribbon.OnAction({ Id: 'banzhurenShowPane' }));
    expect(await page.evaluate(() => window.__fakeEt.panes().map((p) => p.visible))).toEqual([false]);
    const icon = await page.evaluate(() => window.ribbon.GetImage({ Id: 'banzhurenShowPane' }));
    expect(readFileSync(join(folder, icon)).length).toBeGreaterThan(0);
    expect(outside(requests)).toEqual([]);
    await page.close();
  });

  it('writes the deployment files WPS reads: jsplugins.xml with the college’s URL, publish.xml and the offline package', () => {
    expect(readFileSync(join(out, 'jsplugins.xml'), 'utf8')).toContain(
      '<jspluginonline name="banzhuren" type="et" url="https://example.edu.cn/banzhuren-wps/" />',
    );
    expect(readFileSync(join(out, 'publish.xml'), 'utf8')).toContain(`url="banzhuren_${VERSION}"`);
    const entries = Object.keys(unzipSync(readFileSync(join(out, `banzhuren_${VERSION}.zip`))));
    expect(entries).toEqual(
      expect.arrayContaining([
        `banzhuren_${VERSION}/index.html`,
        `banzhuren_${VERSION}/ribbon.xml`,
        `banzhuren_${VERSION}/taskpane.html`,
        'publish.xml',
        '安装.cmd',
      ]),
    );
    expect(entries.filter((name) => name.endsWith('.map'))).toEqual([]);
  });
});
