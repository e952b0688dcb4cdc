import type { Assessment, Failure, Outcome } from '../../src/core';
import { gradeCohort } from '../../src/core';

/** Only grade and score matter to cohort grading. */
const scored = (score: number | null): Outcome =>
  ({ ok: true, grade: score === null ? '不合格' : '合格', score }) as unknown as Assessment;
const failed: Outcome = { ok: false, error: '不是班主任工作量化记录工作簿', issues: [] } satisfies Failure;

const grades = (outcomes: Outcome[]) =>
  gradeCohort(outcomes).grades.map((g) => (g ? `${g.grade}${g.tiedAtCutoff ? '*' : ''}` : '-'));

describe('grades across teachers', () => {
  it('has a quota of 0 below 4 teachers', () => {
    const cohort = gradeCohort([scored(90), scored(85), scored(80)]);
    expect(cohort.excellentQuota).toBe(0);
    expect(cohort.grades.every((g) => g?.grade === '合格' && !g.tiedAtCutoff)).toBe(true);
  });

  it('makes the best floor(30 % of M) teachers 优秀', () => {
    const outcomes = [70, 85, 60, 90, 75, 80, 65, 72, 77, 88].map(scored);
    expect(gradeCohort(outcomes).excellentQuota).toBe(3);
    expect(grades(outcomes)).toEqual([
      '合格',
      '优秀',
      '合格',
      '优秀',
      '合格',
      '合格',
      '合格',
      '合格',
      '合格',
      '优秀',
    ]);
  });

  it('keeps ties inside the quota together', () => {
    const outcomes = [80, 60, 80, 65, 66, 80, 67, 68, 69, 61].map(scored);
    expect(grades(outcomes)).toEqual([
      '优秀',
      '合格',
      '优秀',
      '合格',
      '合格',
      '优秀',
      '合格',
      '合格',
      '合格',
      '合格',
    ]);
  });

  it('flags a tie at the cut-off that would exceed the quota and never exceeds it', () => {
    const outcomes = [90, 80, 80, 80, 70, 70, 70, 60, 60, 60].map(scored);
    expect(grades(outcomes)).toEqual([
      '优秀',
      '合格*',
      '合格*',
      '合格*',
      '合格',
      '合格',
      '合格',
      '合格',
      '合格',
      '合格',
    ]);
    expect(gradeCohort(outcomes).grades.filter((g) => g?.grade === '优秀')).toHaveLength(1);
  });

  it('does not flag the group just below a filled quota', () => {
    const outcomes = [90, 85, 85, 70, 70, 70, 60, 60, 60, 60].map(scored);
    expect(grades(outcomes).slice(0, 6)).toEqual(['优秀', '优秀', '优秀', '合格', '合格', '合格']);
  });

  it('counts 不合格 teachers in M but never makes them 优秀', () => {
    const outcomes = [scored(75), scored(null), scored(null), scored(null)];
    const cohort = gradeCohort(outcomes);
    expect(cohort.excellentQuota).toBe(1);
    expect(grades(outcomes)).toEqual(['优秀', '不合格', '不合格', '不合格']);
  });

  it('leaves a workbook that is not a class-teacher workbook out of M', () => {
    const outcomes = [scored(75), scored(70), scored(65), failed];
    const cohort = gradeCohort(outcomes);
    expect(cohort.excellentQuota).toBe(0);
    expect(cohort.grades[3]).toBeNull();
  });
});
