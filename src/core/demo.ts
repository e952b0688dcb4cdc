import type { RecordValues } from './build';
import { buildWorkbook } from './build';
import type { WorkbookInput } from './input';

/**
 * The worked example of docs/rules.md as a workbook: 2026-2027 第一学期 from 2026-09-07, 18 weeks, ten
 * students in three dorms; it scores 77 (合格). The CLI's `demo` writes it, tests and the pane's
 * browser test read it.
 */

const NAMES = ['王小明', '李华', '张婷', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴敏'];
export const DEMO_STUDENTS = NAMES.map((name, i) => ({
  id: `S${String(i + 1).padStart(2, '0')}`,
  name,
  dorm: i < 4 ? 'A101' : i < 7 ? 'A102' : 'A103',
}));

const student = (n: number) => DEMO_STUDENTS[n - 1] as (typeof DEMO_STUDENTS)[number];
const d = (month: number, day: number, year = month >= 8 ? 2026 : 2027) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const meeting = (date: string, topic: string, type: string): RecordValues => ({
  date,
  topic,
  type,
  place: '教学楼 301',
  host: '班长',
  recorder: '团支书',
  expected: 10,
  present: 10,
  content: `${topic}：布置要求，听取同学意见。`,
  signature: '班长、团支书',
});

const talk = (n: number, date: string): RecordValues => ({
  date,
  studentId: student(n).id,
  studentName: student(n).name,
  place: '办公室',
  minutes: 15,
  form: '个别',
  content: '学习与生活情况',
});

const activity = (name: string, type: string, date: string): RecordValues => ({
  name,
  type,
  date,
  place: '学院广场',
  organizer: '班委会',
  leader: '班长',
  participants: 10,
  content: `${name}，增强班级凝聚力。`,
  evaluation: '效果良好',
});

const visit = (date: string, dorms: string): RecordValues => ({
  date,
  dorms,
  reason: '检查卫生',
  problem: '无',
});

const contact = (n: number, date: string, reason: string): RecordValues => ({
  date,
  studentId: student(n).id,
  studentName: student(n).name,
  parentName: `${student(n).name}家长`,
  contact: `1380000000${n - 1}`,
  reason,
  result: '家长知情并支持',
});

export function demoWorkbook(): WorkbookInput {
  return buildWorkbook(
    {
      year: '2026-2027',
      term: '第一学期',
      start: '2026-09-07',
      weeks: 18,
      major: '会计学',
      className: '会计2601',
      teacher: '李老师',
    },
    {
      roster: DEMO_STUDENTS.map((s, i) => ({
        studentId: s.id,
        studentName: s.name,
        gender: i % 2 === 0 ? '男' : '女',
        dorm: s.dorm,
        parentName: `${s.name}家长`,
        parentPhone: `1380000000${i}`,
        care: i === 2 ? '家庭经济困难' : null,
      })),
      meetings: [
        meeting(d(9, 8), '开学第一课', '开学初'),
        meeting(d(9, 29), '国庆假期安全教育', '放假前后'),
        meeting(d(10, 20), '学风建设', '其他'),
        meeting(d(11, 3), '期中考试动员', '考试前'),
        meeting(d(11, 17), '困难学生认定', '困难认定'),
        meeting(d(12, 1), '奖助学金评定', '奖助学金评定'),
        meeting(d(12, 22), '期末考试诚信教育', '考试前'),
        meeting(d(1, 5), '寒假离校安全', '放假前后'),
        meeting(d(1, 20), '寒假返校安排', '其他'),
      ],
      talks: [
        ...DEMO_STUDENTS.map((_, i) => talk(i + 1, d(9, 14 + i))),
        talk(1, d(11, 10)),
        talk(2, d(11, 11)),
        talk(4, d(11, 12)),
        talk(5, d(11, 13)),
        { ...talk(6, d(9, 19)), minutes: 20, content: '补充谈心：宿舍关系' },
      ],
      interviews: [
        {
          date: d(10, 15),
          studentId: student(3).id,
          studentName: student(3).name,
          place: '办公室',
          interviewer: '李老师',
          recorder: '李老师',
          content: '了解家庭经济情况与助学贷款办理',
          conclusion: '符合困难认定条件',
          advice: '申请国家助学金',
          opinion: '同意',
        },
      ],
      activities: [
        activity('团日活动：红色观影', '团日活动', d(10, 12)),
        activity('班级篮球赛', '文体活动', d(11, 9)),
        activity('社区志愿服务', '志愿服务', d(12, 7)),
        activity('班会：期末动员', '班会', d(12, 14)),
      ],
      visits: [
        visit(d(9, 10), 'A101'),
        visit(d(9, 24), 'A102'),
        visit(d(10, 8), 'A103'),
        visit(d(10, 22), 'A101'),
        visit(d(11, 5), 'A102'),
        visit(d(11, 19), 'A101'),
        visit(d(12, 3), 'A103'),
        visit(d(12, 17), 'A101'),
        visit(d(12, 31), 'A102'),
        visit(d(1, 7), 'A101'),
      ],
      contacts: [
        contact(1, d(9, 30), '节假日离校'),
        contact(2, d(9, 30), '节假日离校'),
        contact(3, d(10, 16), '其他'),
        contact(4, d(11, 20), '报喜'),
        contact(5, d(12, 10), '学籍预警'),
        contact(6, d(1, 6), '节假日离校'),
        contact(7, d(1, 6), '节假日离校'),
      ],
    },
  );
}
