import type { Day, Outcome, PaceLine, SheetRows, SummaryFile, WorkbookInput } from '../../src/core';
import {
  DEFAULT_RULE_SET,
  bandLabel,
  collegeTables,
  collegeView,
  dayFromParts,
  demoWorkbook,
  gradeCohort,
  pacing,
  scoreWorkbook,
  summaryOutcome,
  summarySharer,
} from '../../src/core';

/** The §8 workbook for another class, with some of its records left out or moved. */
function variant(
  className: string,
  change: (sheets: Record<string, SheetRows>) => Record<string, SheetRows> = (s) => s,
): WorkbookInput {
  const demo = demoWorkbook();
  const sheets = { ...demo.sheets } as Record<string, SheetRows>;
  sheets['基本信息'] = (sheets['基本信息'] ?? []).map((row) =>
    row[0] === '班级' ? ['班级', className] : row,
  );
  return { ...demo, sheets: change(sheets) };
}

const headerOnly = (sheets: Record<string, SheetRows>, name: string) => ({
  ...sheets,
  [name]: (sheets[name] ?? []).slice(0, 1),
});
/** 谈心记录 rows from the 4th on dated in December: only three students talked to by week 9. */
const lateTalks = (sheets: Record<string, SheetRows>) => ({
  ...sheets,
  谈心记录: (sheets['谈心记录'] ?? []).map((row, i) =>
    i >= 3 ? [row[0], '2026-12-14', ...row.slice(2)] : row,
  ),
});

const WORKBOOKS: readonly [string, WorkbookInput][] = [
  ['一班.xlsx', variant('一班')],
  ['二班.xlsx', variant('二班', (s) => headerOnly(s, '班级活动'))],
  ['三班.xlsx', variant('三班', lateTalks)],
  ['四班.xlsx', variant('四班', (s) => lateTalks(headerOnly(s, '走访宿舍')))],
  ['坏.xlsx', { sheets: { Sheet1: [['随便']] } }],
];

const outcomes: Outcome[] = WORKBOOKS.map(([, input]) => scoreWorkbook(input));
const cohort = gradeCohort(outcomes);
const WEEK_9 = dayFromParts(2026, 11, 4)!;
const AFTER = dayFromParts(2027, 3, 1)!;

/** The workbooks as the summary keeps them when scored on `today`. */
const filesOn = (today: Day): SummaryFile[] =>
  WORKBOOKS.map(([file], i) => ({ file, outcome: summaryOutcome(outcomes[i] as Outcome, today) }));
const files = filesOn(WEEK_9);

describe('what the summary keeps of an outcome', () => {
  it('keeps the counts of its problems, the bonus points and the minimums behind on the day, not the lists behind them', () => {
    const outcome = outcomes[3] as Outcome;
    if (!outcome.ok) throw new Error('四班 is scored');
    const kept = summaryOutcome(outcome, WEEK_9);
    if (!kept.ok) throw new Error('kept as scored');
    expect(kept.behind).toEqual(
      pacing(outcome.info.term, WEEK_9, outcome.progress)
        .lines.filter((l) => l.status === 'behind')
        .map((line) => {
          const figures: { -readonly [K in keyof PaceLine]?: PaceLine[K] } = { ...line };
          delete figures.weeks;
          return figures;
        }),
    );
    expect(kept.behind.map((l) => l.key)).toEqual(['talks', 'dormVisits']);
    expect(kept.minimums.talks).toEqual({
      count: outcome.minimums.talks.count,
      required: outcome.minimums.talks.required,
      met: outcome.minimums.talks.met,
    });
    expect(kept.points).toEqual({
      meetings: outcome.bonuses.meetings.points,
      talks: outcome.bonuses.talks.points,
      activities: outcome.bonuses.activities.points,
      dorms: outcome.bonuses.dorms.points,
      parents: outcome.bonuses.parents.points,
    });
    expect([kept.errors, kept.warnings]).toEqual([
      outcome.issues.filter((i) => i.severity === 'error').length,
      outcome.issues.filter((i) => i.severity === 'warning').length,
    ]);
    expect(Object.keys(kept)).not.toContain('issues');
    expect(Object.keys(kept)).not.toContain('progress');
    const failed = outcomes[4] as Outcome;
    expect(summaryOutcome(failed, WEEK_9)).toEqual({ ok: false, error: failed.ok ? '' : failed.error });
  });
});

describe('summary outcomes kept by the thousand', () => {
  // Each outcome cloned, as a worker thread's come: equal parts are equal, never the same object.
  const share = summarySharer();
  const kept = [...files, ...filesOn(AFTER)].map((f) => structuredClone(f.outcome));
  const shared = kept.map(share);
  const scoredParts = shared.flatMap((o) => (o.ok ? [o] : []));

  it('reads the same as kept apart', () => {
    expect(shared).toEqual(kept);
    expect(shared[4]).toBe(kept[4]);
  });

  it('keeps each part teachers have alike once', () => {
    const [first, ...others] = scoredParts;
    if (first === undefined) throw new Error('scored outcomes');
    for (const other of others) {
      expect(other.info.term).toBe(first.info.term);
      expect(other.minimums.meetings).toBe(first.minimums.meetings);
    }
    const noneBehind = scoredParts.filter((o) => o.behind.length === 0);
    expect(noneBehind.length).toBeGreaterThan(1);
    for (const o of noneBehind) expect(o.behind).toBe(noneBehind[0]?.behind);
  });

  it('keeps parts that differ apart', () => {
    const activities = new Set(scoredParts.map((o) => o.minimums.activities));
    expect(activities.size).toBe(new Set(scoredParts.map((o) => JSON.stringify(o.minimums.activities))).size);
    expect(activities.size).toBeGreaterThan(1);
  });
});

describe('the college view', () => {
  it('puts first the classes with the most minimums behind the calendar, the lowest score first on a tie', () => {
    const view = collegeView(files, cohort.grades, DEFAULT_RULE_SET);
    expect(view.scored).toBe(4);
    expect(view.behind.map((c) => [c.file, c.lines.map((l) => l.key)])).toEqual([
      ['四班.xlsx', ['talks', 'dormVisits']],
      ['二班.xlsx', ['activities']],
      ['三班.xlsx', ['talks']],
    ]);
  });

  it('after the term, is behind exactly where a minimum is not met', () => {
    const view = collegeView(filesOn(AFTER), cohort.grades, DEFAULT_RULE_SET);
    expect(view.behind.map((c) => [c.file, c.grade, c.score, c.lines.map((l) => l.key)])).toEqual([
      ['二班.xlsx', '不合格', null, ['activities']],
      ['四班.xlsx', '不合格', null, ['dormVisits']],
    ]);
  });

  it('counts each minimum met across the teachers, least met first', () => {
    const view = collegeView(files, cohort.grades, DEFAULT_RULE_SET);
    expect(view.compliance.slice(0, 2)).toEqual([
      { key: 'activities', met: 3, behind: 1, total: 4 },
      { key: 'dormVisits', met: 3, behind: 1, total: 4 },
    ]);
    expect(view.compliance.find((c) => c.key === 'talks')).toEqual({
      key: 'talks',
      met: 4,
      behind: 2,
      total: 4,
    });
  });

  it('bands the scores by five points from 60, the last band up to 90, with 不合格 apart', () => {
    const view = collegeView(files, cohort.grades, DEFAULT_RULE_SET);
    expect(view.distribution.map((b) => [bandLabel(b, 'zh-CN'), b.count])).toEqual([
      ['不合格（不评分）', 2],
      ['60–64 分', 0],
      ['65–69 分', 0],
      ['70–74 分', 0],
      ['75–79 分', 2],
      ['80–84 分', 0],
      ['85–90 分', 0],
    ]);
  });

  it('writes a sheet per view for the summary workbook, the classes behind first', () => {
    const input = {
      folder: null,
      files,
      cohort,
      rules: DEFAULT_RULE_SET,
      computedAt: new Date(2026, 10, 4, 9),
    };
    const [behind, compliance, distribution] = collegeTables(input, 'zh-CN');
    expect([behind?.name, compliance?.name, distribution?.name]).toEqual([
      '需要帮助',
      '基本要求达标',
      '分数分布',
    ]);
    expect(behind?.rows[0]?.slice(0, 7)).toEqual([
      '四班.xlsx',
      '四班',
      '李老师',
      '不合格',
      null,
      2,
      '谈心、走访宿舍',
    ]);
    expect(String(behind?.rows[0]?.[7])).toMatch(/^谈心：本周可找：.+谈心\n走访宿舍：.+本学期尚未走访$/);
    expect(compliance?.rows[0]).toEqual(['班级活动', 3, 4, 75, 1]);
    expect(distribution?.rows.map((r) => r[1])).toEqual([2, 0, 0, 0, 2, 0, 0]);
    const en = collegeTables(input, 'en');
    expect(en.map((t) => t.name)).toEqual(['Needs help', 'Minimums', 'Scores']);
    expect(en[0]?.rows[0]?.[7]).toMatch(/^Talks: This week, talk with /);
  });
});
