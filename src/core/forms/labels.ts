/**
 * The labels of the printed record forms, as on the college's paper forms: always Chinese,
 * whatever the language of the pane or the command line, so they are one table rather than a
 * catalogue section with an English half. The spacing inside labels such as `主    题` is the
 * paper form's own, kept so the printout looks like the original.
 */
import type { Params } from '../i18n/catalog';
import { fill } from '../i18n/catalog';

const FORM_LABELS = {
  // ---- every form ----
  number: '编号：{value}',
  termLine: '（{year}学年度第{term}学期）',
  date: '{year}年{month}月{day}日',
  shortDate: '{year}.{month}.{day}',
  dateLine: '年　　月　　日',
  attachNote: '如有图片等其他材料，可另附页',
  footer: '{major} {className}　班主任：{teacher}',
  pageOf: '第 {page} 页，共 {pages} 页',

  // ---- 班会记录表 ----
  'meeting.topic': '主    题',
  'meeting.type': '类    型',
  'meeting.time': '时    间',
  'meeting.place': '地    点',
  'meeting.host': '主 持 人',
  'meeting.recorder': '记 录 人',
  'meeting.attendance': '参加人员',
  'meeting.attendanceValue': '（应到：{expected} 人，实到：{present} 人）',
  'meeting.absent': '未到会名单、原因及补救措施',
  'meeting.absentees': '未到名单及原因：{value}',
  'meeting.remedy': '补救措施：{value}',
  'meeting.content': '会议内容',
  'meeting.signature': '班长、团支书签字',

  // ---- 班主任谈话记录表 ----
  'interview.student': '学生姓名',
  'interview.studentValue': '{name}（{id}）',
  'interview.class': '班    级',
  'interview.time': '谈话时间',
  'interview.place': '谈话地点',
  'interview.interviewer': '谈 话 人',
  'interview.recorder': '记录人',
  'interview.content': '谈话内容：{value}',
  'interview.conclusion': '谈话结论：{value}',
  'interview.advice': '建    议：{value}',
  'interview.opinion': '学生意见：{value}',
  'interview.sign': '签名：',

  // ---- 班级活动登记表 ----
  'activity.name': '活动名称',
  'activity.type': '活动类型',
  'activity.participants': '参加人数',
  'activity.participantsValue': '{value} 人',
  'activity.time': '活动时间',
  'activity.place': '活动地点',
  'activity.organizer': '组织单位',
  'activity.leader': '负责人',
  'activity.content': '活动内容及意义',
  'activity.evaluation': '活动效果评价、建议',
  'activity.teacherSign': '班主任签字：',

  // ---- 谈心记录表 ----
  'talks.serial': '序号',
  'talks.name': '姓名',
  'talks.time': '时间',
  'talks.place': '地点',
  'talks.content': '谈心内容',
  'talks.minutes': '（{minutes}分钟）',
  'talks.group': '（集体谈心，编号{serial}，{minutes}分钟）',
  'talks.which': '第{n}次：{text}',

  // ---- 走访宿舍记录表 ----
  'visits.serial': '次数',
  'visits.time': '时  间',
  'visits.dorms': '走访宿舍',
  'visits.reason': '事由或发现问题',
  'visits.handling': '处理情况',
  'visits.reasonProblem': '{reason}；发现问题：{problem}',

  // ---- 联系学生家长记录表 ----
  'contacts.serial': '序号',
  'contacts.name': '姓名',
  'contacts.time': '时间',
  'contacts.parent': '学生家长姓名',
  'contacts.contact': '联系方式',
  'contacts.reason': '事由',
  'contacts.result': '结果',

  // ---- rows printed with --all ----
  'mark.column': '核对结果',
  'mark.ref': '⚠ 见注 {n}',
  'mark.notesTitle': '核对结果：有错误或重复的记录（注）',
  'mark.errors': '⚠ 有错误，本记录不计入：{messages}',
  'mark.warning': '⚠ {message}',
} as const;

export type FormLabel = keyof typeof FORM_LABELS;

export function formLabel(key: FormLabel, params?: Params): string {
  return fill(FORM_LABELS[key], params);
}
