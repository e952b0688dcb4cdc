/**
 * Pacing in the built pane (see ./host/harness), on the harness's fixed date in week 9 of the §8
 * term: the teacher moves some of the §8 workbook's talks and dorm visits to December, and the
 * 进度 section names whom to talk to and which dorm to visit, each minimum with its chart.
 */
import { paneForFile, screenshotPath } from './host/harness';

const pane = paneForFile();

describe('the built pane’s 进度 section', () => {
  it('names the students to talk to and the dorm to visit when the teacher is behind in week 9', async () => {
    const { page } = await pane.open();
    await page.getByTestId('score').waitFor();
    const section = page.getByRole('region', { name: '进度' });
    await section.locator('[data-pace-chart]').first().waitFor();
    expect(await section.locator('[data-pace-chart]').count()).toBe(6);
    expect(await section.locator('[data-pace-next]').count()).toBe(0);

    // 谈心记录 rows 4–11 and 16 (张婷 … 吴敏, 杨帆 again) and 走访宿舍 rows 4–5 happen in December;
    // 张婷's 谈话记录 in October still counts as a talk.
    await page.evaluate(() => {
      for (const row of [4, 5, 6, 7, 8, 9, 10, 11, 16])
        window.__fakeExcel.type('谈心记录', `B${row}`, '2026-12-14');
      for (const row of [4, 5]) window.__fakeExcel.type('走访宿舍', `B${row}`, `2026-12-0${row}`);
    });
    const talks = section.locator('[data-pace-next="talks"]');
    await talks.waitFor();
    expect(await talks.textContent()).toBe('本周可找：刘洋、陈静谈心');
    expect(await section.locator('[data-pace-next="dormVisits"]').textContent()).toBe('A103 本学期尚未走访');
    expect(await section.locator('[data-pace="talks"]').textContent()).toContain(
      '已谈心 3 人，按计划应有 5 人（全班 10 人）',
    );
    await section.locator('[data-pace-chart="talks"] svg').waitFor();
    await section.screenshot({ path: screenshotPath('pane-pacing.png') });
    await page.close();
  });
});
