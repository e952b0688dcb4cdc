import type { ValidRecords } from './validate';

/** What the valid records add up to (docs/rules.md, Counting). */
export interface Counts {
  /** Distinct (日期, 主题) among valid 班会 rows. */
  readonly meetings: number;
  /** Student id → distinct days with a valid 谈心 or 谈话 row naming the student. */
  readonly talkDays: ReadonlyMap<string, number>;
  /** Student ids with at least one valid 谈话记录 row. */
  readonly interviewed: ReadonlySet<string>;
  /** Distinct (日期, 活动名称) among valid 班级活动 rows. */
  readonly activities: number;
  /** Visit occasions: distinct dates among valid 走访宿舍 rows. */
  readonly occasions: number;
  /** Dorm → occasions that include it. */
  readonly dormVisits: ReadonlyMap<string, number>;
  /** Occasions whose dorms cover every dorm of the class. */
  readonly fullSweeps: number;
  readonly contactedThisTerm: ReadonlySet<string>;
  /** This term's contacts united with 上学期联系家长. */
  readonly contactedThisYear: ReadonlySet<string>;
}

export function countRecords(records: ValidRecords): Counts {
  const distinct = <T>(items: readonly T[], key: (item: T) => string): number => new Set(items.map(key)).size;

  const talkDates = new Map<string, Set<number>>();
  for (const talk of [...records.talks, ...records.interviews]) {
    const dates = talkDates.get(talk.student.id) ?? new Set<number>();
    dates.add(talk.date);
    talkDates.set(talk.student.id, dates);
  }

  const occasionDorms = new Map<number, Set<string>>();
  for (const visit of records.visits) {
    const dorms = occasionDorms.get(visit.date) ?? new Set<string>();
    visit.dorms.forEach((d) => dorms.add(d));
    occasionDorms.set(visit.date, dorms);
  }
  const dormVisits = new Map<string, number>();
  let fullSweeps = 0;
  for (const dorms of occasionDorms.values()) {
    dorms.forEach((d) => dormVisits.set(d, (dormVisits.get(d) ?? 0) + 1));
    const classDorms = records.roster.dorms;
    if (classDorms.length > 0 && classDorms.every((d) => dorms.has(d))) fullSweeps++;
  }

  const contactedThisTerm = new Set(records.contacts.map((c) => c.student.id));
  return {
    meetings: distinct(records.meetings, (m) => `${m.date}\u0001${m.topic}`),
    talkDays: new Map([...talkDates].map(([id, dates]) => [id, dates.size])),
    interviewed: new Set(records.interviews.map((t) => t.student.id)),
    activities: distinct(records.activities, (a) => `${a.date}\u0001${a.name}`),
    occasions: occasionDorms.size,
    dormVisits,
    fullSweeps,
    contactedThisTerm,
    contactedThisYear: new Set([...contactedThisTerm, ...records.prevContacts.map((c) => c.student.id)]),
  };
}
