import { assessed, VALID } from './helpers';

const visits = (...rows: [string, string][]) =>
  rows.map(([date, dorms]) => ({ ...VALID.visits, date, dorms }));
/** Nine fortnightly dates in term 1 of 2026-2027. */
const fortnights = Array.from({ length: 9 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 8, 8 + 14 * i));
  return d.toISOString().slice(0, 10);
});

describe('走访宿舍 minimum', () => {
  it('is met by 9 occasions that between them visit every dorm', () => {
    const outcome = assessed({
      visits: visits(...fortnights.map((d, i): [string, string] => [d, i === 0 ? 'B202' : 'A101'])),
    });
    expect(outcome.minimums.dormVisits).toMatchObject({ count: 9, required: 9, met: true, missing: [] });
  });

  it('is not met by 9 occasions that leave a dorm unvisited, and names it', () => {
    const outcome = assessed({ visits: visits(...fortnights.map((d): [string, string] => [d, 'A101'])) });
    expect(outcome.minimums.dormVisits).toMatchObject({ count: 9, met: false, missing: ['B202'] });
  });

  it('is met by 3 full sweeps, written as 全部 or as every dorm', () => {
    const outcome = assessed({
      visits: visits(['2026-09-10', '全部'], ['2026-10-10', 'A101、B202'], ['2026-11-10', 'b202,a101']),
    });
    expect(outcome.minimums.dormVisits).toMatchObject({ count: 3, required: 9, met: true, fullSweeps: 3 });
  });

  it('is not met by 2 full sweeps', () => {
    const outcome = assessed({ visits: visits(['2026-09-10', '全部'], ['2026-10-10', '全部']) });
    expect(outcome.minimums.dormVisits.met).toBe(false);
  });

  it('unites several rows of one day into one occasion', () => {
    const outcome = assessed({ visits: visits(['2026-09-10', 'A101'], ['2026-09-10', 'B202']) });
    expect(outcome.minimums.dormVisits).toMatchObject({ count: 1, fullSweeps: 1 });
    expect(outcome.bonuses.dorms.count).toBe(0);
  });

  it.each([
    ['A101、B202'],
    ['A101,B202'],
    ['A101，B202'],
    ['A101;B202'],
    ['A101；B202'],
    ['A101/B202'],
    ['A101 B202'],
    ['Ａ１０１、ｂ２０２'],
  ])('reads the dorms of %p', (dorms) => {
    const outcome = assessed({ visits: visits(['2026-09-10', dorms], ['2026-09-24', dorms]) });
    expect(outcome.bonuses.dorms).toMatchObject({ count: 2, points: 2 });
  });

  it('is not met when the roster has no dorms, with the reason', () => {
    const outcome = assessed({ roster: [{ studentId: '1', studentName: '甲' }], visits: [] });
    expect(outcome.minimums.dormVisits).toMatchObject({ met: false, reason: 'noDorms' });
  });
});

describe('联系家长', () => {
  const contact = (studentId: string, date = '2026-09-30') => ({
    ...VALID.contacts,
    studentId,
    studentName: null,
    date,
  });

  it('term 1: one valid record meets the minimum, and the panel sees who is left this year', () => {
    const outcome = assessed({ contacts: [contact('2026001')] });
    expect(outcome.minimums.parents).toMatchObject({
      count: 1,
      required: 1,
      met: true,
      missing: ['李娜', '王芳', '刘强'],
    });
  });

  it('term 1: no record fails the minimum', () => {
    expect(assessed({ contacts: [] }).minimums.parents).toMatchObject({ count: 0, met: false });
  });

  const term2 = { term: '第二学期', start: '2027-02-22' };

  it('term 2: every student contacted in the academic year, with 上学期联系家长', () => {
    const outcome = assessed(
      {
        contacts: [contact('2026001', '2027-03-01'), contact('2026002', '2027-03-01')],
        prevContacts: [contact('2026003', '2026-10-01'), contact('2026004', '2026-10-01')],
      },
      term2,
    );
    expect(outcome.minimums.parents).toMatchObject({ count: 4, required: 4, met: true });
    expect(outcome.bonuses.parents).toMatchObject({ count: 2, base: 2, points: 0 });
  });

  it('term 2: does not check 上学期联系家长 dates against this term, but does check its rows', () => {
    const outcome = assessed(
      {
        contacts: [contact('2026001', '2027-03-01')],
        prevContacts: [
          contact('2026002', '2026-10-01'),
          contact('9999', '2026-10-01'),
          { ...contact('2026003', '2026-10-01'), reason: '无' },
        ],
      },
      term2,
    );
    expect(outcome.minimums.parents).toMatchObject({
      count: 2,
      required: 4,
      met: false,
      missing: ['王芳', '刘强'],
    });
    expect(outcome.issues.filter((i) => i.sheet === '上学期联系家长').map((i) => i.rule)).toEqual([
      'unknownStudentId',
      'notInList',
    ]);
  });

  it('term 1 ignores a 上学期联系家长 sheet', () => {
    const outcome = assessed({
      contacts: [contact('2026001')],
      prevContacts: [contact('2026002', '2026-03-01')],
    });
    expect(outcome.minimums.parents.missing).toContain('李娜');
  });

  it('counts students, not records, for the bonus: N = 41 with 21 contacted earns 1, with 20 none', () => {
    const roster = Array.from({ length: 41 }, (_, i) => ({
      studentId: String(i + 1),
      studentName: `学生${i + 1}`,
      dorm: 'A1',
    }));
    const contacts = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        contact(String(i + 1)),
        contact(String(i + 1), '2026-10-01'),
      ]).flat();
    expect(assessed({ roster, contacts: contacts(21) }).bonuses.parents).toMatchObject({
      count: 21,
      base: 20,
      points: 1,
    });
    expect(assessed({ roster, contacts: contacts(20) }).bonuses.parents).toMatchObject({
      count: 20,
      points: 0,
    });
  });
});

describe('talks', () => {
  it('counts a student’s talks as distinct days across 谈心 and 谈话', () => {
    const outcome = assessed({
      talks: [VALID.talks, { ...VALID.talks, content: '再谈' }, { ...VALID.talks, date: '2026-09-12' }],
      interviews: [{ ...VALID.interviews, studentId: '2026001', studentName: '张伟', date: '2026-09-12' }],
    });
    expect(outcome.bonuses.talks).toMatchObject({ count: 1, points: 0 });
    expect(outcome.minimums.talks).toMatchObject({
      count: 1,
      required: 4,
      missing: ['李娜', '王芳', '刘强'],
    });
  });

  it('counts two talks with one student on the same day once', () => {
    const outcome = assessed({
      talks: [VALID.talks],
      interviews: [
        { ...VALID.interviews, studentId: '2026001', studentName: '张伟', date: VALID.talks.date },
      ],
    });
    expect(outcome.bonuses.talks.count).toBe(0);
  });

  it('earns 2 points for each full 5 students talked to twice', () => {
    const roster = Array.from({ length: 11 }, (_, i) => ({
      studentId: String(i + 1),
      studentName: `学生${i + 1}`,
      dorm: 'A1',
    }));
    const twice = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        { ...VALID.talks, studentId: String(i + 1), studentName: null },
        { ...VALID.talks, studentId: String(i + 1), studentName: null, date: '2026-10-10' },
      ]).flat();
    expect(assessed({ roster, talks: twice(4) }).bonuses.talks).toMatchObject({
      points: 0,
      next: { more: 1, points: 2 },
    });
    expect(assessed({ roster, talks: twice(5) }).bonuses.talks.points).toBe(2);
    expect(assessed({ roster, talks: twice(11) }).bonuses.talks.points).toBe(4);
  });

  it('names flagged students without a valid 谈话记录', () => {
    const outcome = assessed({ interviews: [{ ...VALID.interviews, date: '2027-03-01' }] });
    expect(outcome.minimums.specialCare).toMatchObject({
      count: 0,
      required: 1,
      met: false,
      missing: ['王芳'],
    });
  });

  it('meets specialCare when nobody is flagged', () => {
    const outcome = assessed({ roster: [{ studentId: '1', studentName: '甲', dorm: 'A1' }] });
    expect(outcome.minimums.specialCare).toMatchObject({ count: 0, required: 0, met: true });
  });
});

describe('grade and score', () => {
  it('is 不合格 with a null score when any minimum is not met', () => {
    const outcome = assessed({});
    expect(outcome.grade).toBe('不合格');
    expect(outcome.score).toBeNull();
  });
});
