/**
 * The built pane at the narrowest widths a task pane has (320 and 350 px), in Chinese and English:
 * no tab scrolls sideways (document.scrollingElement.scrollWidth ≤ clientWidth), every tab passes
 * axe-core (./host/checks), and 汇总's ranking keeps each class and teacher on one line with the
 * grade and score on the right.
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/core';
import { paneMessages, translator } from '../../src/core';
import { threeClasses } from '../taskpane/cohort';
import { paneChecks } from './host/checks';
import { paneForFile } from './host/harness';

const pane = paneForFile();
/** axe-core over a page of hundreds of rows takes a while on a busy machine. */
const AXE_TIMEOUT = 240_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openAt(width: number, lang: Lang, fragment = ''): Promise<Page> {
  const { page } = await pane.open(`${lang === 'en' ? '?lang=en' : ''}${fragment}`);
  await page.setViewportSize({ width, height: 900 });
  return page;
}

describe.each(['zh-CN', 'en'] as const)('the pane at 320 px in %s', (lang) => {
  const t = translator(paneMessages, lang);

  it(
    'fits every tab without sideways scrolling and passes axe-core on each',
    async () => {
      const page = await openAt(320, lang);
      await page.getByTestId('score').waitFor();
      const tabs = [t('tabScore'), t('tabSetup'), t('tabFiles'), t('tabSummary')];
      const seen: Record<string, { axe: string[]; overflow: number }> = {};
      for (const name of tabs) {
        const tab = page.getByRole('tab', { name });
        await tab.click();
        const panel = page.getByRole('tabpanel');
        expect(await panel.getAttribute('aria-labelledby')).toBe(await tab.getAttribute('id'));
        seen[name] = await paneChecks(page);
      }
      expect(seen).toEqual(Object.fromEntries(tabs.map((name) => [name, { axe: [], overflow: 0 }])));
      await page.close();
    },
    AXE_TIMEOUT,
  );

  it(
    'fits the welcome and a list of hundreds of errors, opened',
    async () => {
      const welcome = await openAt(320, lang, '#other');
      await welcome.getByTestId('welcome').waitFor();
      expect(await paneChecks(welcome)).toEqual({ axe: [], overflow: 0 });
      await welcome.close();

      const page = await openAt(320, lang, '#many-errors');
      await page.getByTestId('issue-counts').waitFor();
      await page.locator('[data-group]').first().click();
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.close();
    },
    AXE_TIMEOUT,
  );
});

describe.each([320, 350])('汇总 at %i px', (width) => {
  it(
    'lists each class and teacher on one line, grade and score on the right',
    async () => {
      const files = await threeClasses();
      const page = await openAt(width, 'zh-CN');
      await page.getByRole('tab', { name: '汇总' }).click();
      await page
        .getByTestId('summary-files')
        .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })));
      await page.getByTestId('summary-quota').waitFor();
      const rows = await page.locator('li[data-file]').evaluateAll((items) =>
        items.map((item) => {
          const who = item.querySelector('[data-part="who"] > :first-child');
          const score = item.querySelector('[data-part="score"]');
          const line = who ? parseFloat(getComputedStyle(who).lineHeight) : 0;
          return {
            oneLine: who !== null && who.getBoundingClientRect().height < 1.5 * line,
            text: who?.textContent ?? '',
            scoreOnTheRight:
              (score?.getBoundingClientRect().right ?? 0) > item.getBoundingClientRect().right - 40,
          };
        }),
      );
      expect(rows).toEqual([
        { oneLine: true, text: '会计2601 · 李老师', scoreOnTheRight: true },
        { oneLine: true, text: '会计2602 · 王老师', scoreOnTheRight: true },
        { oneLine: true, text: '会计2603 · 张老师', scoreOnTheRight: true },
      ]);
      expect(await paneChecks(page)).toEqual({ axe: [], overflow: 0 });
      await page.close();
    },
    AXE_TIMEOUT,
  );
});
