import type { RuleSet } from '../../src/core';
import { BONUS_KEYS, bonusPoints, CAIJING_V1, scoreWorkbook } from '../../src/core';
import { workbook } from './helpers';

describe('rule set', () => {
  it('is 财经学院 v1 with a maximum score of 90', () => {
    expect(CAIJING_V1.name).toBe('财经学院 v1');
    const caps = BONUS_KEYS.reduce((sum, key) => sum + CAIJING_V1.bonuses[key].cap, 0);
    expect(CAIJING_V1.basePoints + caps).toBe(90);
  });

  it.each([
    ['meetings', 6, 0],
    ['meetings', 7, 3],
    ['meetings', 8, 6],
    ['meetings', 20, 6],
    ['activities', 1, 0],
    ['activities', 5, 8],
    ['activities', 9, 8],
    ['dorms', 4, 4],
    ['dorms', 12, 5],
    ['talks', 9, 2],
    ['talks', 10, 4],
    ['talks', 40, 6],
  ] as const)('gives %s a count of %i → %i points', (key, count, points) => {
    expect(bonusPoints(CAIJING_V1.bonuses[key], count, 40)).toBe(points);
  });

  it('lets a second rule set change the numbers as data only', () => {
    const strict: RuleSet = {
      ...CAIJING_V1,
      name: '某学院 v1',
      defaultWeeks: 20,
      minimums: { ...CAIJING_V1.minimums, meetingEveryWeeks: 2, talkMinutes: 10 },
    };
    const other = scoreWorkbook(
      workbook(
        { talks: [{ date: '2026-09-10', studentId: '2026001', minutes: 8, content: 'x' }] },
        { weeks: null },
      ),
      {
        rules: strict,
      },
    );
    expect(other.ok && other.ruleSet).toBe('某学院 v1');
    expect(other.ok && other.minimums.meetings.required).toBe(10);
    expect(other.ok && other.issues.map((i) => i.rule)).toContain('talkTooShort');
  });
});
