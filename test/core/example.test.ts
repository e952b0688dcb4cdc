import { demoWorkbook, gradeCohort, scoreReport, scoreWorkbook } from '../../src/core';

describe('the worked example', () => {
  const outcome = scoreWorkbook(demoWorkbook());
  if (!outcome.ok) throw new Error(outcome.error);

  it('scores 77, grade 合格', () => {
    expect(outcome.score).toBe(77);
    expect(outcome.grade).toBe('合格');
    expect(outcome.ruleSet).toBe('财经学院 v1');
  });

  it('counts 8 meetings (the one dated 2027-01-20 is outside the term) for a bonus of 6', () => {
    expect(outcome.minimums.meetings).toMatchObject({ count: 8, required: 6, met: true });
    expect(outcome.bonuses.meetings.points).toBe(6);
    expect(outcome.issues).toContainEqual(
      expect.objectContaining({
        sheet: '班会记录',
        row: 10,
        column: '日期',
        rule: 'dateOutsideTerm',
        severity: 'error',
      }),
    );
  });

  it('counts 5 students with two talks (S06 twice on one day counts once; S03 by a 谈话) for 2 points', () => {
    expect(outcome.minimums.talks).toMatchObject({ count: 10, required: 10, met: true });
    expect(outcome.bonuses.talks).toMatchObject({ count: 5, points: 2 });
    expect(outcome.minimums.specialCare).toMatchObject({ count: 1, required: 1, met: true });
  });

  it('counts 3 activities (the 班会 row is an error) for 4 points', () => {
    expect(outcome.minimums.activities).toMatchObject({ count: 3, required: 1, met: true });
    expect(outcome.bonuses.activities.points).toBe(4);
    expect(outcome.issues).toContainEqual(
      expect.objectContaining({ sheet: '班级活动', row: 5, column: '类型', rule: 'notAnActivity' }),
    );
  });

  it('counts 10 visit occasions, every dorm visited, 3 dorms visited twice for 3 points', () => {
    expect(outcome.minimums.dormVisits).toMatchObject({ count: 10, required: 9, met: true, missing: [] });
    expect(outcome.bonuses.dorms).toMatchObject({ count: 3, points: 3 });
  });

  it('counts 7 parents contacted against a base of 5 for 2 points', () => {
    expect(outcome.bonuses.parents).toMatchObject({ count: 7, base: 5, points: 2 });
    expect(outcome.minimums.parents).toMatchObject({ count: 7, required: 1, met: true });
  });

  it('reports exactly the two deliberate errors', () => {
    expect(outcome.issues.filter((i) => i.severity === 'error')).toHaveLength(2);
  });

  it('prints as the machine-readable score', () => {
    const report = scoreReport([{ file: '示例.xlsx', outcome }], gradeCohort([outcome]), 'zh-CN');
    expect(report).toEqual({
      excellentQuota: 0,
      workbooks: [
        {
          file: '示例.xlsx',
          ok: true,
          grade: '合格',
          score: 77,
          bonus: { meetings: 6, talks: 2, activities: 4, dorms: 3, parents: 2 },
          minimums: {
            meetings: { count: 8, required: 6, met: true },
            talks: { count: 10, required: 10, met: true },
            activities: { count: 3, required: 1, met: true },
            dormVisits: { count: 10, required: 9, met: true },
            parents: { count: 7, required: 1, met: true },
            specialCare: { count: 1, required: 1, met: true },
          },
          tiedAtCutoff: false,
          ruleSet: '财经学院 v1',
          errors: [
            expect.objectContaining({
              sheet: '班会记录',
              row: 10,
              column: '日期',
              message: expect.stringContaining('不在本学期'),
            }),
            expect.objectContaining({ sheet: '班级活动', row: 5, column: '类型' }),
          ],
          warnings: [],
        },
      ],
    });
  });
});
