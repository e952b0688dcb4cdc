/**
 * The built pane as a teacher meets it (see ./host/harness and ./host/workbooks): the first
 * screen of an empty workbook and of a workbook for something else, setup with the start date
 * required and an honest report, the next step while the roster is empty, a bad 基本信息, a
 * 不合格 workbook, and hundreds of errors — each state also checked with axe-core and for
 * sideways scrolling (./host/checks).
 */
import type { Page } from 'playwright-core';
import { scoreWorkbook } from '../../src/core';
import { paneChecks } from './host/checks';
import { PANE_VIEWPORT, paneForFile, screenshotPath } from './host/harness';
import { workbookFor } from './host/workbooks';

const pane = paneForFile();
/** axe-core over a page of hundreds of rows takes a while on a busy machine. */
const AXE_TIMEOUT = 240_000;

const selection = (page: Page) => page.evaluate(() => window.__fakeExcel.selection());

/** Waits until the fake Excel has this cell selected. */
async function expectSelected(page: Page, sheet: string, address: string): Promise<void> {
  await page.waitForFunction(
    ([s, a]) => {
      const now = window.__fakeExcel.selection();
      return now?.sheet === s && now.address === a;
    },
    [sheet, address] as const,
  );
  expect(await selection(page)).toEqual({ sheet, address });
}

describe('the first screen', () => {
  it(
    'welcomes an empty workbook with one sentence and 设置工作簿 as its one action',
    async () => {
      const { page } = await pane.open('#empty');
      const welcome = page.getByTestId('welcome');
      await welcome.waitFor();
      expect(await welcome.getByRole('button').allTextContents()).toEqual(['设置工作簿']);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.screenshot({ path: screenshotPath('pane-welcome.png'), fullPage: true });
      await page.close();
    },
    AXE_TIMEOUT,
  );
});

describe('a workbook for something else', () => {
  it(
    'is offered a new blank workbook first, and is left untouched by it',
    async () => {
      const { page } = await pane.open('#other');
      const buttons = page.getByTestId('welcome').getByRole('button');
      await buttons.first().waitFor();
      expect(await buttons.allTextContents()).toEqual(['新建空白工作簿', '在这个工作簿中添加工作表']);
      await buttons.first().click();
      await page.waitForFunction(() => window.__fakeExcel.createdWorkbooks().length === 1);
      expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).toEqual(['预算']);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.close();
    },
    AXE_TIMEOUT,
  );
});

describe('setting up an empty workbook', () => {
  it(
    'requires the start date, reports only the entries it filled, then shows the next step',
    async () => {
      const { page } = await pane.open('#empty');
      await page.getByRole('button', { name: '设置工作簿' }).click();
      const create = page.getByRole('button', { name: '创建工作表' });
      await create.click();
      await page.getByText('请填写学期开始日期：评分需要知道学期从哪天开始。').waitFor();
      expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).toEqual(['Sheet1']);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });

      await page.getByLabel(/学期开始日期/).fill('2026-09-07');
      await page.getByRole('textbox', { name: '班级' }).fill('会计2601');
      await create.click();
      const report = page.getByRole('list', { name: '完成。' });
      await report.waitFor();
      expect(await report.textContent()).toContain(
        '基本信息已填写：学年度、学期、学期开始日期、班级、模板版本',
      );
      expect(await report.textContent()).not.toContain('班主任');

      await page.getByRole('tab', { name: '评分' }).click();
      const next = page.getByTestId('next-step');
      await next.waitFor();
      expect(await page.getByTestId('grade').count()).toBe(0);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await next.getByRole('button', { name: '转到学生名单' }).click();
      await expectSelected(page, '学生名单', 'A2');
      await page.close();
    },
    AXE_TIMEOUT,
  );
});

describe('a 基本信息 that stops the scoring', () => {
  it(
    'points at the bad cells, and the repair form shows what they hold with links to them',
    async () => {
      const { page } = await pane.open('#bad-info');
      await page.getByRole('alert').getByText('基本信息需要改正，才能评分').waitFor();
      await page.getByRole('button', { name: /基本信息 第 2 行 · 学年度/ }).click();
      await expectSelected(page, '基本信息', 'B2');
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });

      await page.getByRole('tab', { name: '设置' }).click();
      const year = page.locator('[data-info-cell="year"]');
      const start = page.locator('[data-info-cell="start"]');
      expect(await year.textContent()).toContain('2026');
      expect(await year.textContent()).not.toContain('2026-2027');
      expect(await start.textContent()).toContain('九月初');
      expect(await page.getByRole('textbox', { name: '学年度' }).count()).toBe(0);
      await start.getByRole('button', { name: '转到单元格 B4' }).click();
      await expectSelected(page, '基本信息', 'B4');
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.screenshot({ path: screenshotPath('pane-repair.png'), fullPage: true });
      await page.close();
    },
    AXE_TIMEOUT,
  );
});

describe('a 不合格 workbook', () => {
  it(
    'names the unmet minimum at the top and hints at no more than passing needs',
    async () => {
      const { page } = await pane.open('#no-activities');
      const unmet = page.getByTestId('unmet');
      await unmet.waitFor();
      expect(await unmet.textContent()).toBe('未达到：班级活动（0/1）');
      const activities = await page.locator('[data-bonus="activities"]').textContent();
      expect(activities).toContain('先达到基本要求：班级活动 0 次 / 要求 1 次');
      expect(activities).not.toContain('再组织');
      expect(await page.locator('[data-minimum="activities"]').textContent()).toContain('0 次 / 要求 1 次');
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.close();
    },
    AXE_TIMEOUT,
  );
});

describe('hundreds of errors', () => {
  const outcome = scoreWorkbook(workbookFor('#many-errors'));
  const issues = outcome.ok ? outcome.issues : [];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;

  it(
    'puts the counts beside the score as a link to the list, and the actions before the list',
    async () => {
      const { page } = await pane.open('#many-errors');
      const counts = page.getByTestId('issue-counts');
      await counts.waitFor();
      expect(await counts.textContent()).toBe(`错误 ${errors} 条 · 提示 ${warnings} 条`);
      expect(errors).toBeGreaterThan(300);
      const countsBox = await counts.boundingBox();
      const scoreBox = await page.getByTestId('score').boundingBox();
      expect((countsBox?.y ?? Infinity) - (scoreBox?.y ?? 0)).toBeLessThan(200);

      // Write and the marks switch come within a few Tab presses, before any row of the list.
      await counts.focus();
      const reached: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
      }
      expect(reached).toContain('写入“评分”工作表');

      await counts.click();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('错误与提示');
      await page.screenshot({ path: screenshotPath('pane-issues.png'), fullPage: true });
      await page.close();
    },
    AXE_TIMEOUT,
  );

  it(
    'groups the list by sheet and kind, opens a group by keyboard, and selects a row by click and by Enter',
    async () => {
      const { page } = await pane.open('#many-errors');
      const group = page.getByRole('button', { name: /日期不在本学期 · 300 行/ });
      await group.waitFor();
      expect(await group.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('[data-issue^="谈心记录!"]').count()).toBe(0);
      // Collapsed, the list of 300-odd problems fits in one screen of the pane (it was ~22,600 px
      // tall). Measured on the list itself: the sections above it (pacing's charts) load lazily.
      const list = await page.getByRole('region', { name: '错误与提示' }).boundingBox();
      expect(list?.height ?? Infinity).toBeLessThan(PANE_VIEWPORT.height);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });

      await group.focus();
      await page.keyboard.press('Enter');
      expect(await group.getAttribute('aria-expanded')).toBe('true');
      const rows = page.locator('[data-issue^="谈心记录!B"]');
      expect(await rows.count()).toBe(300);
      await rows.nth(0).click();
      await expectSelected(page, '谈心记录', 'B17');
      await rows.nth(1).focus();
      await page.keyboard.press('Enter');
      await expectSelected(page, '谈心记录', 'B18');
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.close();
    },
    AXE_TIMEOUT,
  );

  it(
    'filters to warnings only and to one sheet',
    async () => {
      const { page } = await pane.open('#many-errors');
      const show = page.getByRole('combobox', { name: '显示' });
      await show.waitFor();
      await show.selectOption({ label: '只看提示' });
      const sections = page.locator('[data-sheet-issues]');
      expect(
        await sections.evaluateAll((all) => all.map((s) => s.getAttribute('data-sheet-issues'))),
      ).toEqual(['谈心记录']);
      expect(await page.getByRole('button', { name: /重复的行 · 3 行/ }).count()).toBe(1);
      expect(await page.getByRole('button', { name: /日期不在本学期/ }).count()).toBe(0);

      await show.selectOption({ label: '全部' });
      await page.getByRole('combobox', { name: '工作表' }).selectOption('班会记录');
      expect(
        await sections.evaluateAll((all) => all.map((s) => s.getAttribute('data-sheet-issues'))),
      ).toEqual(['班会记录']);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.close();
    },
    AXE_TIMEOUT,
  );

  it(
    'says 已写入 next to the write button, in a live region',
    async () => {
      const { page } = await pane.open('#many-errors');
      const write = page.getByRole('button', { name: '写入“评分”工作表' });
      await write.click();
      const done = page.getByText('已写入“评分”工作表。');
      await done.waitFor();
      const [button, message] = [await write.boundingBox(), await done.boundingBox()];
      expect((message?.y ?? Infinity) - ((button?.y ?? 0) + (button?.height ?? 0))).toBeLessThan(80);
      expect(await done.evaluate((el) => el.closest('[aria-live="polite"]') !== null)).toBe(true);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.close();
    },
    AXE_TIMEOUT,
  );
});
