import { CAIJING_V1, dayFromParts, pacing } from '../../src/core';
import { assessed, VALID } from './helpers';

describe('pacing', () => {
  const outcome = assessed({
    meetings: [VALID.meetings, { ...VALID.meetings, date: '2026-09-29', topic: '国庆安全' }],
  });
  const at = (y: number, m: number, d: number) =>
    pacing(outcome.info.term, dayFromParts(y, m, d)!, outcome.minimums, CAIJING_V1);

  it('expects floor(w/3) meetings and floor(w/2) visit occasions by week w', () => {
    const week9 = at(2026, 11, 6);
    expect(week9.phase).toEqual({ phase: 'during', week: 9 });
    expect(week9.items).toEqual([
      { key: 'meetings', expected: 3, count: 2, onTrack: false },
      { key: 'dormVisits', expected: 4, count: 0, onTrack: false },
    ]);
  });

  it('expects nothing before the term and the full minimum after it', () => {
    expect(at(2026, 9, 1).items.map((i) => i.expected)).toEqual([0, 0]);
    expect(at(2027, 3, 1).items.map((i) => i.expected)).toEqual([6, 9]);
  });

  it('is on track when the count has reached the expectation', () => {
    expect(at(2026, 9, 27).items[0]).toMatchObject({ expected: 1, onTrack: true });
  });
});
