/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { demoWorkbook, scoreWorkbook } from '../../src/core';
import { ChartBoundary, Pacing } from '../../src/taskpane/components/Pacing';
import { WEEK_9, day, demoOutcome, renderWithFluent } from './helpers';

function Broken(): never {
  throw new Error('the chart cannot draw');
}

describe('the 进度 section', () => {
  it('shows a line and a chart for every minimum, none behind for the §8 workbook in week 9', async () => {
    const { container } = renderWithFluent(<Pacing outcome={demoOutcome()} today={WEEK_9} lang="zh-CN" />);
    const statuses = [...container.querySelectorAll('[data-pace]')].map((li) =>
      li.getAttribute('data-status'),
    );
    expect(statuses).toEqual(['onTrack', 'met', 'met', 'onTrack', 'met', 'met']);
    expect(await screen.findByRole('group', { name: '谈心：按周的完成与计划' })).toBeTruthy();
    expect(container.querySelectorAll('[data-stub-chart]')).toHaveLength(6);
    expect(container.querySelector('[data-pace-next]')).toBeNull();
  });

  it('says what to do next when behind, and draws no chart before the term', () => {
    const demo = demoWorkbook();
    const outcome = scoreWorkbook({
      ...demo,
      sheets: { ...demo.sheets, 走访宿舍: [['日期', '走访宿舍', '事由']] },
    });
    if (!outcome.ok) throw new Error(outcome.error);
    const { container } = renderWithFluent(<Pacing outcome={outcome} today={WEEK_9} lang="zh-CN" />);
    expect(container.querySelector('[data-pace="dormVisits"]')?.getAttribute('data-status')).toBe('behind');
    expect(container.querySelector('[data-pace-next="dormVisits"]')?.textContent).toMatch(/本学期尚未走访$/);
    const before = renderWithFluent(<Pacing outcome={outcome} today={day(2026, 9, 1)} lang="en" />);
    expect(before.container.textContent).toContain('The term has not started yet (6 days to go)');
    expect(before.container.querySelector('[data-pace-next]')).toBeNull();
    expect(before.container.querySelectorAll('[data-stub-chart]')).toHaveLength(0);
  });

  it('leaves a chart out instead of taking the pane down when it cannot draw', () => {
    // React reports the caught error on the console; the boundary is what is under test.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = renderWithFluent(
      <div data-testid="around">
        <ChartBoundary>
          <Broken />
        </ChartBoundary>
      </div>,
    );
    expect(container.querySelector('[data-testid="around"]')?.childNodes).toHaveLength(0);
    quiet.mockRestore();
  });
});
