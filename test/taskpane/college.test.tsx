/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { SummaryFile } from '../../src/core';
import { DEFAULT_RULE_SET, gradeCohort, scoreWorkbook, summaryOutcome } from '../../src/core';
import { CollegeViewSection } from '../../src/taskpane/components/CollegeView';
import { classWorkbook } from './cohort';
import { WEEK_9, renderWithFluent } from './helpers';

const files: SummaryFile[] = [
  {
    file: '会计2601.xlsx',
    outcome: summaryOutcome(
      scoreWorkbook(classWorkbook({ className: '会计2601', teacher: '李老师' })),
      WEEK_9,
    ),
  },
  {
    file: '会计2603.xlsx',
    outcome: summaryOutcome(
      scoreWorkbook(classWorkbook({ className: '会计2603', teacher: '张老师', noActivities: true })),
      WEEK_9,
    ),
  },
];
const cohort = gradeCohort(files.map((f) => f.outcome));

describe('全院概况 in 汇总', () => {
  it('lists the class behind first with its next step, each minimum across the teachers, and the charts', async () => {
    const { container } = renderWithFluent(
      <CollegeViewSection files={files} cohort={cohort} rules={DEFAULT_RULE_SET} lang="zh-CN" />,
    );
    expect(screen.getByText('需要帮助的班级（1 个）')).toBeTruthy();
    const behind = container.querySelector('[data-college-behind="会计2603.xlsx"]');
    expect(behind?.textContent).toContain('会计2603 · 张老师');
    expect(behind?.textContent).toContain('班级活动：本周可组织一次班级活动');
    expect(container.querySelector('[data-college-minimum="activities"]')?.textContent).toContain(
      '1/2 位达到，1 位落后于进度',
    );
    expect(await screen.findByRole('group', { name: '分数分布：各分数段的班主任人数' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '每项基本要求达到的班主任人数' })).toBeTruthy();
  });

  it('says so when no class is behind, and shows nothing without a scored workbook', () => {
    const first = files.slice(0, 1);
    const one = renderWithFluent(
      <CollegeViewSection
        files={first}
        cohort={gradeCohort(first.map((f) => f.outcome))}
        rules={DEFAULT_RULE_SET}
        lang="en"
      />,
    );
    expect(one.container.textContent).toContain('No class is behind the term calendar.');
    const none = renderWithFluent(
      <CollegeViewSection files={[]} cohort={gradeCohort([])} rules={DEFAULT_RULE_SET} lang="en" />,
    );
    expect(none.container.textContent).toBe('');
  });
});
