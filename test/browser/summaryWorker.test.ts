/**
 * The built pane's 汇总 tab reads in a Web Worker (src/taskpane/xlsxWorker.ts): a zip bomb picked
 * beside two good workbooks fails only its own entry, with the reader's message, and the other
 * two are graded.
 */
import { fileErrorMessages, translator } from '../../src/core';
import { LIMITS } from '../../src/node/xlsx/limits';
import { repeated, workbookOf, worksheet } from '../node/xlsxBuilder';
import { cohortFile } from '../taskpane/cohort';
import { outsideRequests, paneForFile } from './host/harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pane = paneForFile();

describe('the built pane’s 汇总 tab reads in a worker', () => {
  it('lists a zip bomb as failed with its message and grades the two good files', async () => {
    const good = await Promise.all([
      cohortFile('会计2601.xlsx', { className: '会计2601', teacher: '李老师' }),
      cohortFile('会计2602.xlsx', { className: '会计2602', teacher: '王老师', noActivities: true }),
    ]);
    const bomb = workbookOf([{ name: '班会记录', xml: worksheet(repeated(' ', 200 * 1024 * 1024)) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);

    const { page, requests } = await pane.open();
    await page.getByRole('tab', { name: '汇总' }).click();
    await page
      .getByTestId('summary-files')
      .setInputFiles([
        ...good.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })),
        { name: '炸弹.xlsx', mimeType: XLSX, buffer: Buffer.from(bomb) },
      ]);
    await page.getByTestId('summary-quota').waitFor();

    expect(page.workers().length).toBeGreaterThan(0);
    const failed = page.getByRole('region', { name: '无法评分的文件（1 个）' });
    expect(await failed.textContent()).toContain(
      translator(fileErrorMessages, 'zh-CN')('file.part-too-large', {
        file: '炸弹.xlsx',
        limit: LIMITS.partMb,
      }),
    );
    const grades = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('li[data-file]')].map((row) => [
          row.getAttribute('data-file') ?? '',
          row.getAttribute('data-grade'),
        ]),
      ),
    );
    expect(grades).toEqual({ '会计2601.xlsx': '合格', '会计2602.xlsx': '不合格', '炸弹.xlsx': null });
    expect(outsideRequests(pane, requests)).toEqual([]);
    await page.close();
  });
});
