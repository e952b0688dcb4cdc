import type { Day } from './day';
import type { ValidRecords } from './validate';
import type { Activity } from './validate/activities';
import type { Contact } from './validate/contacts';
import type { Meeting } from './validate/meetings';
import type { Talk } from './validate/talks';
import type { Visit } from './validate/visits';

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

/**
 * The counts kept up to date as records are added one by one, so that progress can read them at
 * the end of every week of the term without counting the term from its start again each week.
 */
class Tally {
  private readonly meetings = new Set<string>();
  private readonly activities = new Set<string>();
  private readonly talkDates = new Map<string, Set<number>>();
  private readonly talkDays = new Map<string, number>();
  private readonly interviewed = new Set<string>();
  private readonly occasionDorms = new Map<number, Set<string>>();
  /** Occasion → how many of the class's dorms it has visited so far. */
  private readonly occasionCovers = new Map<number, number>();
  private readonly dormVisits = new Map<string, number>();
  private fullSweeps = 0;
  private readonly contactedThisTerm = new Set<string>();
  /** 上学期联系家长 belongs to no week of this term: it counts from the start. */
  private readonly contactedThisYear: Set<string>;
  private readonly classDorms: ReadonlySet<string>;

  constructor(records: ValidRecords) {
    this.classDorms = new Set(records.roster.dorms);
    const before = records.prevContacts.map((c) => c.student.id);
    this.contactedThisYear = before.length === 0 ? this.contactedThisTerm : new Set(before);
  }

  meeting(meeting: Meeting): void {
    this.meetings.add(`${meeting.date}\u0001${meeting.topic}`);
  }

  activity(activity: Activity): void {
    this.activities.add(`${activity.date}\u0001${activity.name}`);
  }

  talk(talk: Talk): void {
    const id = talk.student.id;
    const dates = this.talkDates.get(id);
    if (dates?.has(talk.date)) return;
    if (dates) dates.add(talk.date);
    else this.talkDates.set(id, new Set([talk.date]));
    this.talkDays.set(id, (this.talkDays.get(id) ?? 0) + 1);
  }

  interview(interview: Talk): void {
    this.talk(interview);
    this.interviewed.add(interview.student.id);
  }

  visit(visit: Visit): void {
    let dorms = this.occasionDorms.get(visit.date);
    if (!dorms) {
      dorms = new Set();
      this.occasionDorms.set(visit.date, dorms);
    }
    for (const dorm of visit.dorms) {
      if (dorms.has(dorm)) continue;
      dorms.add(dorm);
      this.dormVisits.set(dorm, (this.dormVisits.get(dorm) ?? 0) + 1);
      if (!this.classDorms.has(dorm)) continue;
      const covers = (this.occasionCovers.get(visit.date) ?? 0) + 1;
      this.occasionCovers.set(visit.date, covers);
      if (covers === this.classDorms.size) this.fullSweeps++;
    }
  }

  contact(contact: Contact): void {
    this.contactedThisTerm.add(contact.student.id);
    this.contactedThisYear.add(contact.student.id);
  }

  /**
   * The counts as they stand, their collections the tally's own: valid until the next record is
   * added. Copying them for every week of the term was a tenth of scoring a small workbook.
   */
  counts(): Counts {
    return {
      meetings: this.meetings.size,
      talkDays: this.talkDays,
      interviewed: this.interviewed,
      activities: this.activities.size,
      occasions: this.occasionDorms.size,
      dormVisits: this.dormVisits,
      fullSweeps: this.fullSweeps,
      contactedThisTerm: this.contactedThisTerm,
      contactedThisYear: this.contactedThisYear,
    };
  }
}

/** Feeds a tally the records in date order, up to a day at a time. */
function feed<T extends { readonly date: Day }>(
  records: readonly T[],
  add: (record: T) => void,
): (last: Day) => void {
  const sorted = [...records].sort((a, b) => a.date - b.date);
  let next = 0;
  return (last) => {
    for (let record = sorted[next]; record !== undefined && record.date <= last; record = sorted[++next])
      add(record);
  };
}

/**
 * `read` of the counts of the records dated up to each of `lastDays` (ascending); 上学期联系家长
 * always counts. The counts `read` is given hold only during the call: the tally goes on from them.
 */
export function countsUpTo<T>(
  records: ValidRecords,
  lastDays: readonly Day[],
  read: (counts: Counts) => T,
): T[] {
  const tally = new Tally(records);
  const feeds = [
    feed(records.meetings, (m) => tally.meeting(m)),
    feed(records.talks, (t) => tally.talk(t)),
    feed(records.interviews, (t) => tally.interview(t)),
    feed(records.activities, (a) => tally.activity(a)),
    feed(records.visits, (v) => tally.visit(v)),
    feed(records.contacts, (c) => tally.contact(c)),
  ];
  return lastDays.map((last) => {
    for (const f of feeds) f(last);
    return read(tally.counts());
  });
}

/** What all the valid records add up to. */
export function countRecords(records: ValidRecords): Counts {
  const tally = new Tally(records);
  records.meetings.forEach((m) => tally.meeting(m));
  records.talks.forEach((t) => tally.talk(t));
  records.interviews.forEach((t) => tally.interview(t));
  records.activities.forEach((a) => tally.activity(a));
  records.visits.forEach((v) => tally.visit(v));
  records.contacts.forEach((c) => tally.contact(c));
  return tally.counts();
}
