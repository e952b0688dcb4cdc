import type { Assessment, PaceLine, Pacing } from '../../src/core';
import {
  NAMES_SHOWN,
  dayFromParts,
  demoWorkbook,
  paceLineText,
  pacing,
  pacingSheetRows,
  phaseText,
  scoreWorkbook,
  share,
} from '../../src/core';
import { ROSTER, VALID, assessed } from './helpers';

/** Pacing of a scored workbook on a fixed date (the term runs 2026-09-07 to 2027-01-10, 18 weeks). */
function paceOn(outcome: Assessment, y: number, m: number, d: number): Pacing {
  return pacing(outcome.info.term, dayFromParts(y, m, d)!, outcome.progress);
}

function line(pace: Pacing, key: PaceLine['key']): PaceLine {
  const found = pace.lines.find((l) => l.key === key);
  if (!found) throw new Error(`no ${key} line`);
  return found;
}

const summary = (pace: Pacing) =>
  Object.fromEntries(pace.lines.map((l) => [l.key, [l.count, l.expected, l.status]]));

/** One meeting, one talk and one visit to A101 in September: a slow start. */
const slowStart = assessed({
  meetings: [VALID.meetings],
  talks: [VALID.talks],
  visits: [VALID.visits],
});

describe('pacing against the term calendar', () => {
  it('expects nothing in week 0, before the term starts', () => {
    const pace = paceOn(slowStart, 2026, 9, 1);
    expect(pace.phase).toEqual({ phase: 'before', daysToStart: 6 });
    expect(pace.week).toBe(0);
    expect(pace.lines.map((l) => l.expected)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(pace.lines.every((l) => l.status === 'onTrack' && l.next.length === 0)).toBe(true);
  });

  it('expects nothing yet in week 1, so an empty workbook is on track', () => {
    const pace = paceOn(assessed(), 2026, 9, 8);
    expect(pace.phase).toEqual({ phase: 'during', week: 1 });
    expect(pace.lines.map((l) => l.status)).toEqual(Array(6).fill('onTrack'));
  });

  it('in week 9 names who and what to see next for every minimum behind the calendar', () => {
    const pace = paceOn(slowStart, 2026, 11, 4);
    expect(pace.phase).toEqual({ phase: 'during', week: 9 });
    expect(summary(pace)).toEqual({
      meetings: [1, 3, 'behind'],
      talks: [1, 2, 'behind'],
      activities: [0, 1, 'behind'],
      dormVisits: [1, 4, 'behind'],
      parents: [0, 1, 'behind'],
      specialCare: [0, 1, 'behind'],
    });
    expect(line(pace, 'talks')).toMatchObject({ gap: 1, next: ['李娜'] });
    expect(line(pace, 'specialCare').next).toEqual(['王芳']);
    expect(line(pace, 'parents').next).toEqual(['张伟']);
    expect(line(pace, 'dormVisits')).toMatchObject({
      next: ['B202'],
      dorms: { visited: 1, expected: 1, total: 2 },
    });
    expect(line(pace, 'meetings')).toMatchObject({ gap: 2, next: [] });
  });

  it('in the last week expects what the whole term requires', () => {
    const demo = scoreWorkbook(demoWorkbook());
    if (!demo.ok) throw new Error(demo.error);
    const pace = paceOn(demo, 2027, 1, 8);
    expect(pace.phase).toEqual({ phase: 'during', week: 18 });
    expect(pace.lines.map((l) => l.expected)).toEqual(pace.lines.map((l) => l.required));
    expect(pace.lines.map((l) => l.status)).toEqual(Array(6).fill('met'));
  });

  it('after the term measures the last week: behind exactly where a minimum is not met', () => {
    const pace = paceOn(slowStart, 2027, 3, 1);
    expect(pace.phase).toEqual({ phase: 'after' });
    expect(pace.week).toBe(18);
    expect(pace.lines.map((l) => l.expected)).toEqual(pace.lines.map((l) => l.required));
    expect(pace.lines.map((l) => l.status === 'behind')).toEqual(
      pace.lines.map((l) => !slowStart.minimums[l.key].met),
    );
    expect(line(pace, 'talks').next).toEqual(['李娜', '王芳', '刘强']);
  });

  it('counts a minimum met another way as met, whatever the calendar says (3 visits to every dorm)', () => {
    const sweep = (date: string) => ({ ...VALID.visits, date, dorms: '全部' });
    const outcome = assessed({ visits: [sweep('2026-09-15'), sweep('2026-10-15'), sweep('2026-11-15')] });
    expect(line(paceOn(outcome, 2027, 1, 8), 'dormVisits')).toMatchObject({
      count: 3,
      expected: 9,
      status: 'met',
    });
  });

  it('cannot pace dorm visits when the roster has no dorms', () => {
    const outcome = assessed({ roster: ROSTER.map((s) => ({ ...s, dorm: null })) });
    expect(line(paceOn(outcome, 2026, 11, 4), 'dormVisits').status).toBe('noDorms');
  });

  it('is behind on dorm visits when the visits are on time but too few dorms have been seen', () => {
    const dates = ['09-08', '09-22', '10-06', '10-20', '11-03', '11-17', '12-01', '12-15', '12-29'];
    const visits = dates.map((d) => ({ ...VALID.visits, date: `2026-${d}` }));
    const outcome = assessed({ visits });
    expect(line(paceOn(outcome, 2027, 1, 8), 'dormVisits')).toMatchObject({
      count: 9,
      expected: 9,
      gap: 0,
      status: 'behind',
      next: ['B202'],
      dorms: { visited: 1, expected: 2, total: 2 },
    });
    expect(line(paceOn(outcome, 2026, 11, 4), 'dormVisits').status).toBe('onTrack');
  });

  it('in term 2 expects the students contacted last term from the start, the rest over the term', () => {
    const contact = (studentId: string, studentName: string, date: string) => ({
      ...VALID.contacts,
      studentId,
      studentName,
      date,
    });
    const outcome = assessed(
      {
        prevContacts: [contact('2026003', '王芳', '2026-10-01'), contact('2026004', '刘强', '2026-10-01')],
      },
      { term: '第二学期', start: '2027-02-22' },
    );
    const before = line(pacing(outcome.info.term, dayFromParts(2027, 2, 1)!, outcome.progress), 'parents');
    expect(before).toMatchObject({ count: 2, expected: 2, status: 'onTrack' });
    const week9 = line(pacing(outcome.info.term, dayFromParts(2027, 4, 20)!, outcome.progress), 'parents');
    expect(week9).toMatchObject({ count: 2, expected: 3, required: 4, status: 'behind', next: ['张伟'] });
  });

  it('charts each week: the plan for every week, what was done up to this week only', () => {
    const weeks = line(paceOn(slowStart, 2026, 9, 16), 'meetings').weeks;
    expect(weeks).toHaveLength(18);
    expect(weeks.slice(0, 4)).toEqual([
      { week: 1, expected: 0, done: 1 },
      { week: 2, expected: 0, done: 1 },
      { week: 3, expected: 1, done: null },
      { week: 4, expected: 1, done: null },
    ]);
    const talks = line(paceOn(slowStart, 2026, 9, 16), 'talks').weeks;
    expect(talks.slice(0, 2).map((w) => w.done)).toEqual([1, 1]);
  });

  it('spreads a total evenly over a horizon and holds it after', () => {
    expect([0, 1, 9, 17, 18, 30].map((w) => share(30, w, 18))).toEqual([0, 1, 15, 28, 30, 30]);
    expect(share(1, 3, 0)).toBe(1);
  });
});

describe('pacing in words', () => {
  const term = slowStart.info.term;
  const week9 = paceOn(slowStart, 2026, 11, 4);

  it('says the week and, when behind, the next step with names', () => {
    expect(phaseText(week9, term, 'zh-CN')).toBe('今天是第 9 周（共 18 周）。按计划，到本周末应达到：');
    const texts = week9.lines.map((l) => paceLineText(l, term, 'zh-CN'));
    expect(texts.map((x) => x.next)).toEqual([
      '本周开一次班会（还差 2 次）',
      '本周可找：李娜谈心',
      '本周可组织一次班级活动',
      'B202 本学期尚未走访',
      '本周可联系：张伟的家长',
      '本周可约：王芳谈话（需特殊关照，尚无谈话记录）',
    ]);
    expect(texts[1]).toMatchObject({
      label: '谈心',
      status: '落后',
      where: '已谈心 1 人，按计划应有 2 人（全班 4 人）',
    });
  });

  it('shows at most five names and counts the rest', () => {
    const roster = Array.from({ length: 12 }, (_, i) => ({
      studentId: `20260${10 + i}`,
      studentName: `学生${i + 1}`,
      dorm: 'A101',
    }));
    const outcome = assessed({ roster });
    const talks = line(paceOn(outcome, 2027, 3, 1), 'talks');
    expect(talks.next).toHaveLength(12);
    expect(paceLineText(talks, term, 'zh-CN').next).toBe(
      '本周可找：学生1、学生2、学生3、学生4、学生5等 12 人谈心',
    );
    expect(paceLineText(talks, term, 'en').next).toBe(
      'This week, talk with 学生1, 学生2, 学生3, 学生4, 学生5 and 7 more',
    );
    expect(NAMES_SHOWN).toBe(5);
  });

  it('speaks English with plurals', () => {
    const en = (key: PaceLine['key']) => paceLineText(line(week9, key), term, 'en');
    expect(en('meetings').where).toBe('1 meeting held, 3 expected by now (6 for the term)');
    expect(en('meetings').next).toBe('Hold a class meeting this week (2 meetings short)');
    expect(en('dormVisits').where).toBe('1 visit, 1 of 2 dorms visited; 4 visits and 1 dorm expected by now');
    expect(phaseText(paceOn(slowStart, 2026, 9, 6), term, 'en')).toBe(
      'The term has not started yet (1 day to go); nothing is expected yet.',
    );
    expect(phaseText(paceOn(slowStart, 2027, 3, 1), term, 'en')).toBe(
      'The term is over (18 weeks). The whole term needed:',
    );
  });

  it('says why dorm visits cannot be paced, and nothing next for a met or on-track line', () => {
    const noDorms = assessed({ roster: ROSTER.map((s) => ({ ...s, dorm: null })) });
    expect(paceLineText(line(paceOn(noDorms, 2026, 11, 4), 'dormVisits'), term, 'zh-CN').next).toContain(
      '宿舍',
    );
    expect(paceLineText(line(paceOn(slowStart, 2026, 9, 8), 'talks'), term, 'zh-CN').next).toBeNull();
  });

  it('writes the parents line for the academic year in term 2', () => {
    const outcome = assessed({}, { term: '第二学期', start: '2027-02-22' });
    const pace = pacing(outcome.info.term, dayFromParts(2027, 4, 20)!, outcome.progress);
    expect(paceLineText(line(pace, 'parents'), outcome.info.term, 'zh-CN').where).toBe(
      '本学年已联系 0 名学生的家长，按计划应有 2 名（全班 4 名）',
    );
  });

  it('lays out the 评分 sheet rows: the week, a header, one row per minimum', () => {
    const rows = pacingSheetRows(week9, term, 'zh-CN');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual(['进度', '今天是第 9 周（共 18 周）。按计划，到本周末应达到：']);
    expect(rows[2]).toEqual(['班会', 1, 3, 6, '落后', '本周开一次班会（还差 2 次）']);
    expect(rows[5]?.[5]).toBe('B202 本学期尚未走访');
  });
});
