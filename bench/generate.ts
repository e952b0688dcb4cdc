import type { RecordValues, WorkbookInput } from '../src/core';
import { buildWorkbook } from '../src/core';
import type { Day } from '../src/core/day';
import { addDays, dayFromParts, formatDay } from '../src/core/day';

/**
 * Synthetic class-teacher workbooks for the benchmark: a class of `students` in dorms of 6, and
 * about `rows` record rows spread over the six record sheets in proportions that keep every
 * sheet busy (talks and parent contacts the most), with ~2 % rows carrying an error. Seeded, so
 * every run generates the same workbooks.
 */

export interface GenerateOptions {
  readonly students: number;
  readonly rows: number;
  readonly seed: number;
}

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉晨雪琳欣怡博文浩然宇轩';

const SHARE = {
  meetings: 0.006,
  talks: 0.45,
  interviews: 0.06,
  activities: 0.01,
  visits: 0.15,
  contacts: 0.324,
} as const;

export function generateWorkbook(index: number, options: GenerateOptions): WorkbookInput {
  const rnd = random(options.seed + index * 7919);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const start = dayFromParts(2026, 9, 7) as Day;
  const inTerm = (): string => formatDay(addDays(start, Math.floor(rnd() * 126)));
  /** About 2 % of rows get a date outside the term (an error: the row does not count). */
  const date = (): string => (rnd() < 0.02 ? formatDay(addDays(start, 200)) : inTerm());

  const students = Array.from({ length: options.students }, (_, i) => ({
    id: `2026${String(index).padStart(3, '0')}${String(i + 1).padStart(3, '0')}`,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7 + index) % GIVEN.length]}${GIVEN[(i * 13 + 3) % GIVEN.length]}${i}`,
    dorm: `${String.fromCharCode(65 + (index % 5))}${100 + Math.floor(i / 6) + 1}`,
  }));
  const dorms = [...new Set(students.map((s) => s.dorm))];
  const count = (key: keyof typeof SHARE) => Math.max(1, Math.round(options.rows * SHARE[key]));

  const roster: RecordValues[] = students.map((s, i) => ({
    studentId: s.id,
    studentName: s.name,
    gender: i % 2 === 0 ? '男' : '女',
    dorm: s.dorm,
    parentName: `${s.name}家长`,
    parentPhone: `138${String(index * 1000 + i).padStart(8, '0')}`,
    care: i % 15 === 0 ? '学习困难' : null,
  }));
  const meetings = Array.from({ length: count('meetings') }, (_, i) => ({
    serial: i + 1,
    date: date(),
    topic: `第${i + 1}次班会`,
    type: pick(['开学初', '考试前', '放假前后', '其他']),
    place: '教学楼 301',
    host: '班长',
    recorder: '团支书',
    expected: options.students,
    present: options.students - (i % 3 === 0 ? 1 : 0),
    absentees: i % 3 === 0 ? `${students[0]?.name} 病假` : null,
    remedy: i % 3 === 0 ? '会后传达' : null,
    content: '布置本阶段学习和生活安排，听取同学意见。',
    signature: '班长、团支书',
  }));
  const talks = Array.from({ length: count('talks') }, (_, i) => {
    const s = students[i % students.length] ?? (students[0] as (typeof students)[number]);
    return {
      serial: i + 1,
      date: date(),
      studentId: s.id,
      studentName: s.name,
      place: '办公室',
      minutes: 5 + Math.floor(rnd() * 40),
      form: '个别',
      content: '学习与生活情况',
    };
  });
  const interviews = Array.from({ length: count('interviews') }, (_, i) => {
    const s = students[(i * 15) % students.length] ?? (students[0] as (typeof students)[number]);
    return {
      serial: i + 1,
      date: date(),
      studentId: s.id,
      studentName: s.name,
      place: '办公室',
      interviewer: '班主任',
      recorder: '班主任',
      content: '学习困难情况，制定学习计划',
      conclusion: '按计划跟进',
      advice: '每周答疑',
      opinion: '同意',
    };
  });
  const activities = Array.from({ length: count('activities') }, (_, i) => ({
    serial: i + 1,
    name: `班级活动${i + 1}`,
    type: pick(['团日活动', '文体活动', '志愿服务', '社会实践', '学风建设']),
    date: date(),
    place: '学院广场',
    organizer: '班委会',
    leader: '班长',
    participants: options.students,
    content: '增强班级凝聚力',
    evaluation: '效果良好',
  }));
  const visits = Array.from({ length: count('visits') }, (_, i) => ({
    serial: i + 1,
    date: date(),
    dorms: rnd() < 0.1 ? '全部' : [pick(dorms), pick(dorms)].join('、'),
    reason: pick(['探视病患', '检查卫生', '检查缺勤', '排查安全隐患']),
    problem: i % 10 === 0 ? '卫生较差' : '无',
    handling: i % 10 === 0 ? '已督促整改' : null,
  }));
  const contacts = Array.from({ length: count('contacts') }, (_, i) => {
    const s = students[(i * 7) % students.length] ?? (students[0] as (typeof students)[number]);
    return {
      serial: i + 1,
      date: date(),
      studentId: s.id,
      studentName: s.name,
      parentName: `${s.name}家长`,
      contact: `138${String(i).padStart(8, '0')}`,
      reason: pick(['节假日离校', '学籍预警', '报喜', '其他']),
      result: '家长知情',
    };
  });

  return buildWorkbook(
    {
      year: '2026-2027',
      term: '第一学期',
      start: formatDay(start),
      weeks: 18,
      major: '会计学',
      className: `会计26${String(index).padStart(2, '0')}`,
      teacher: `教师${index}`,
    },
    { roster, meetings, talks, interviews, activities, visits, contacts },
  );
}

/** Record rows of a generated workbook (every sheet but 基本信息 and the roster, headers excluded). */
export function recordRows(input: WorkbookInput): number {
  return ['班会记录', '谈心记录', '谈话记录', '班级活动', '走访宿舍', '联系家长'].reduce(
    (sum, name) => sum + Math.max(0, (input.sheets[name]?.length ?? 1) - 1),
    0,
  );
}
