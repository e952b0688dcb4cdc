import type { Assessment } from '../../src/core';
import { demoWorkbook, scoreWorkbook } from '../../src/core';
import { writeScoreSheet } from '../../src/office/excel';
import { formatTimestamp, scoreSheetRows } from '../../src/office/scoreSheet';
import { fakeExcel } from './fakeExcel';
import { modelState } from './helpers';

const NOW = new Date(2026, 9, 5, 14, 30);

function demoAssessment(): Assessment {
  const outcome = scoreWorkbook(demoWorkbook());
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

/** The 评分 sheet's rows as label → value (first two columns). */
function labelled(rows: readonly (readonly unknown[])[]): Map<unknown, unknown> {
  return new Map(rows.map((r) => [r[0], r[1]]));
}

describe('scoreSheetRows', () => {
  it('holds the grade, score, time, rule set and every minimum and bonus', () => {
    const rows = scoreSheetRows(demoAssessment(), 'zh-CN', NOW);
    const byLabel = labelled(rows);
    expect(byLabel.get('等级')).toBe('合格');
    expect(byLabel.get('总分')).toBe(77);
    expect(byLabel.get('计算时间')).toBe('2026-10-05 14:30');
    expect(byLabel.get('评分规则')).toBe('财经学院 v1');
    expect(byLabel.get('班会超过 6 次')).toBe(8);
    expect(rows.find((r) => r[0] === '班会超过 6 次')?.[2]).toBe(6);
    expect(rows.find((r) => r[0] === '走访两次的宿舍')?.[2]).toBe(3);
    expect(rows.find((r) => r[0] === '每个学生至少谈心 1 次')?.slice(1, 4)).toEqual([10, 10, '是']);
  });

  it('ends with the pace of every minimum on the day it is written', () => {
    const rows = scoreSheetRows(demoAssessment(), 'zh-CN', NOW);
    const week = rows.findIndex((r) => r[0] === '进度');
    expect(rows[week]?.[1]).toBe('今天是第 5 周（共 18 周）。按计划，到本周末应达到：');
    expect(rows.slice(week + 2).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['班会', 1, '按计划'],
      ['谈心', 2, '已达到'],
      ['班级活动', 0, '按计划'],
      ['走访宿舍', 2, '按计划'],
      ['联系家长', 0, '已达到'],
      ['特殊关照', 0, '按计划'],
    ]);
  });

  it('is rectangular, as Range.values requires', () => {
    const rows = scoreSheetRows(demoAssessment(), 'en', NOW);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('says 不评分 instead of a number when a minimum is not met', () => {
    const { 走访宿舍: _gone, ...rest } = demoWorkbook().sheets;
    void _gone;
    const outcome = scoreWorkbook({ sheets: { ...rest, 走访宿舍: [['日期', '走访宿舍', '事由']] } });
    if (!outcome.ok) throw new Error(outcome.error);
    const rows = scoreSheetRows(outcome, 'zh-CN', NOW);
    expect(labelled(rows).get('总分')).toBe('不评分');
    expect(rows.find((r) => r[0] === '走访宿舍' && r[4] === '落后')?.[5]).toMatch(/本学期尚未走访$/);
  });

  it('formats the time as local date and minutes', () => {
    expect(formatTimestamp(new Date(2027, 0, 2, 8, 5))).toBe('2027-01-02 08:05');
  });
});

describe('writeScoreSheet', () => {
  it('creates 评分 in 2 syncs and changes no other sheet', async () => {
    const excel = fakeExcel(demoWorkbook());
    const before = modelState(excel.model) as { sheets: unknown[] };
    await writeScoreSheet(excel, demoAssessment(), 'zh-CN', NOW);
    expect(excel.syncCount).toBe(2);
    const after = modelState(excel.model) as { sheets: { name: string }[] };
    expect(after.sheets.filter((s) => s.name !== '评分')).toEqual(before.sheets);
    const score = excel.model.sheet('评分')?.rows() ?? [];
    expect(labelled(score).get('总分')).toBe(77);
  });

  it('writes its texts as text: the timestamp is not turned into a date, nor a number into text', async () => {
    const excel = fakeExcel(demoWorkbook());
    await writeScoreSheet(excel, demoAssessment(), 'zh-CN', NOW);
    const score = labelled(excel.model.sheet('评分')?.rows() ?? []);
    expect(score.get('计算时间')).toBe('2026-10-05 14:30');
    expect(score.get('总分')).toBe(77);
  });

  it('rewrites an existing 评分 sheet whole, leaving nothing of the old content', async () => {
    const old = [['旧内容'], ...Array.from({ length: 31 }, () => []), ['old', 'x', 'y', 'z', 'w', 'v']];
    const excel = fakeExcel({ sheets: { ...demoWorkbook().sheets, 评分: old } });
    await writeScoreSheet(excel, demoAssessment(), 'zh-CN', NOW);
    const rows = excel.model.sheet('评分')?.rows() ?? [];
    expect(rows.flat()).not.toContain('旧内容');
    expect(rows.flat()).not.toContain('old');
    expect(rows.flat()).not.toContain('v');
    expect(rows[0]?.[0]).toBe('班主任工作量化评分');
  });
});
