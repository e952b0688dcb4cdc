/**
 * The college view of 汇总 in the built pane (see ./host/harness), on the harness's fixed date in
 * week 9: three classes picked, the one without a 班级活动 listed first as needing help, each
 * minimum across the teachers, and both charts drawn.
 */
import { cohortFile, threeClasses } from '../taskpane/cohort';
import { paneForFile, screenshotPath } from './host/harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pane = paneForFile();

describe('the built pane’s 全院概况', () => {
  it('shows who needs help first, each minimum across the teachers and the charts, for a few workbooks', async () => {
    const files = [
      ...(await threeClasses()),
      await cohortFile('会计2604.xlsx', {
        className: '会计2604',
        teacher: '赵老师',
        noActivities: true,
        fewerMeetings: 4,
      }),
    ];
    const { page } = await pane.open();
    await page.getByRole('tab', { name: '汇总' }).click();
    await page
      .getByTestId('summary-files')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })));
    const view = page.getByRole('region', { name: '全院概况' });
    await view.waitFor();
    expect(await view.getByText('需要帮助的班级（2 个）').count()).toBe(1);
    const behind = await view
      .locator('[data-college-behind]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-college-behind')));
    expect(behind).toEqual(['会计2604.xlsx', '会计2603.xlsx']);
    expect(await view.locator('[data-college-behind="会计2604.xlsx"]').textContent()).toContain(
      '班会：本周开一次班会',
    );
    expect(await view.locator('[data-college-minimum="activities"]').textContent()).toContain(
      '2/4 位达到，2 位落后于进度',
    );
    await view.locator('[data-college-chart="distribution"] svg').waitFor();
    await view.locator('[data-college-chart="compliance"] svg').waitFor();
    await view.screenshot({ path: screenshotPath('pane-college.png') });
    await page.close();
  });
});
