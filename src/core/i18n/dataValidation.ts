import { defineSection } from './catalog';

/**
 * Texts the template writes into the workbook for its native data validation: the prompt shown
 * on a selected cell, the alert when a value is refused, the source notes of the dropdown lists,
 * column hints, and the label of the computed term end date.
 *
 * Excel limits a prompt title to 32 characters, a prompt to 255 and an error alert to 225
 * (test/core/dataValidation.test.ts checks the rendered texts against those limits in both
 * languages).
 */
export const dataValidationMessages = defineSection(
  {
    listSeparator: '、',
    'info.endDateLabel': '学期结束日期',

    'dv.required': '必填。',
    'dv.optional': '选填。',
    'dv.recommended': '建议填写（纸质记录表有此栏）。',
    'dv.datePrompt':
      '填写本学期内的日期，如 2026-09-15。本学期为基本信息中的学期开始日期至学期结束日期（学期周数空白按 {weeks} 周，注释[1]）。',
    'dv.dateErrorTitle': '日期不在本学期内',
    'dv.dateError':
      '请填写学期开始日期至学期结束日期之间的日期（见基本信息；结束日期 = 开始日期 + 7 × 学期周数 − 1，注释[1]：每个学期按 {weeks} 周计算）。学期外的记录不计入。',
    'dv.anyDatePrompt': '填写日期，如 2026-03-15。上学期的记录，不按本学期核对。',
    'dv.anyDateErrorTitle': '不是日期',
    'dv.anyDateError': '请填写日期，如 2026-03-15。',
    'dv.listPrompt': '从下拉列表中选择：{options}。',
    'dv.listBlankMeans': '空白表示“{value}”。',
    'dv.listErrorTitle': '不是可选项',
    'dv.listError': '{column}只能是：{options}。',
    'dv.listWarning': '{column}应从列表中选择：{options}。确需保留请点“是”。',
    'dv.wholePrompt': '填写不小于 0 的整数。',
    'dv.wholeErrorTitle': '不是整数',
    'dv.wholeError': '{column}应为不小于 0 的整数。',
    'dv.presentPrompt': '填写不小于 0 的整数，且不大于应到人数。实到少于应到时须填写未到名单及原因。',
    'dv.presentErrorTitle': '实到人数有误',
    'dv.presentError': '实到人数应为不小于 0 的整数，且不能大于应到人数。',
    'dv.minutesPrompt': '填写谈心时长（分钟）。每次谈心不少于 {min} 分钟（量化指标2）。',
    'dv.minutesErrorTitle': '谈心时长不足',
    'dv.minutesError':
      '时长应为不少于 {min} 的分钟数；不足 {min} 分钟不算一次谈心（量化指标2：每次谈心不少于{min}分钟）。',
    'dv.uniqueIdErrorTitle': '学号重复',
    'dv.uniqueIdError': '这个学号在学生名单中已经有了，学号不能重复。',
    'dv.yearPrompt': '学年度，如 2026-2027（后一年为前一年加 1）。',
    'dv.termPrompt': '选择第一学期或第二学期。',
    'dv.termError': '学期应为第一学期或第二学期。确需保留请点“是”。',
    'dv.startPrompt': '学期第 1 周的第一天，如 2026-09-07。各记录表的日期按它核对。',
    'dv.startErrorTitle': '不是日期',
    'dv.startError': '请填写日期，如 2026-09-07。',
    'dv.weeksPrompt': '学期周数，1 至 {max} 的整数；空白按 {weeks} 周计算（注释[1]）。',
    'dv.weeksErrorTitle': '学期周数有误',
    'dv.weeksError': '学期周数应为 1 至 {max} 的整数；空白按 {weeks} 周计算。',
    'dv.versionPrompt': '模板版本，请勿修改。',
    'dv.endDatePrompt': '自动计算：学期开始日期 + 7 × 学期周数 − 1。请勿修改。',
    'dv.classPrompt': '填写{column}。',
    'note.meetingType':
      '注释[2]：开学之初、考试之前、放假前后以及综合测评、评优评先、确定家庭经济困难学生、评定国家三金之时，要召开班会。',
    'note.talkForm': '注释[3]：谈心主要是一对一谈心；集体谈心学生人数不能超过 {max} 人。',
    'note.activityType': '注释[4]：班会、布置和检查工作不属于班级活动。',
    'note.visitReason': '注释[5]：走访宿舍可以是探视病患、检查卫生、检查缺勤或排查安全隐患。',
    'note.contactReason': '注释[6]：节假日离校、学籍预警、报喜，或其他需要联系家长的情况。',
    'note.careCategory': '量化指标2：需要特殊关照的学生，须有班主任谈话记录。',
    'hint.rosterId': '学号不能重复。',
    'hint.rosterName': '记录表中重名的学生须填学号。',
    'hint.rosterDorm': '本班的宿舍以此列为准，走访宿舍按它核对。',
    'hint.student': '学号和姓名至少填一项，须与学生名单一致；重名的学生须填学号。',
    'hint.talkSerial': '集体谈心：同一次的各行填写相同编号（注释[3]：每次不超过 {max} 人）。',
    'hint.dorms': '一个或多个宿舍，用“、”分隔；一次走遍所有宿舍可填“全部”。',
    'hint.problem': '发现问题应及时解决，并填写处理情况（注释[5]）。',
    'hint.handling': '填写了发现问题时必填。',
    'hint.absentees': '实到少于应到时必填。',
    'hint.remedy': '有人未到会时建议填写。',
    'hint.signature': '班长、团支书签字。',
  },
  {
    listSeparator: ', ',
    'info.endDateLabel': '学期结束日期',

    'dv.required': 'Required.',
    'dv.optional': 'Optional.',
    'dv.recommended': 'Recommended (the paper form has it).',
    'dv.datePrompt':
      'A date within this term, e.g. 2026-09-15: from 学期开始日期 to 学期结束日期 in 基本信息 (blank weeks = {weeks}, note [1]).',
    'dv.dateErrorTitle': 'Date outside this term',
    'dv.dateError':
      'Enter a date from 学期开始日期 to 学期结束日期 (see 基本信息). Records outside the term do not count (note [1]: a term has {weeks} weeks).',
    'dv.anyDatePrompt': "A date, e.g. 2026-03-15. Last term's record; not checked against this term.",
    'dv.anyDateErrorTitle': 'Not a date',
    'dv.anyDateError': 'Enter a date, e.g. 2026-03-15.',
    'dv.listPrompt': 'Pick from the dropdown: {options}.',
    'dv.listBlankMeans': 'Blank means {value}.',
    'dv.listErrorTitle': 'Not one of the choices',
    'dv.listError': '{column} must be one of: {options}.',
    'dv.listWarning': '{column} should be one of: {options}. Click Yes to keep it anyway.',
    'dv.wholePrompt': 'A whole number of at least 0.',
    'dv.wholeErrorTitle': 'Not a whole number',
    'dv.wholeError': '{column} must be a whole number of at least 0.',
    'dv.presentPrompt':
      'A whole number of at least 0, not above 应到人数. If fewer attended, fill in 未到名单及原因.',
    'dv.presentErrorTitle': 'Attendance is wrong',
    'dv.presentError': '实到人数 must be a whole number of at least 0 and not above 应到人数.',
    'dv.minutesPrompt': 'Length of the talk in minutes; at least {min} minutes (quantified duty 2).',
    'dv.minutesErrorTitle': 'Talk too short',
    'dv.minutesError':
      'Enter at least {min} minutes; a shorter talk does not count (duty 2: each talk lasts at least {min} minutes).',
    'dv.uniqueIdErrorTitle': 'Duplicate student number',
    'dv.uniqueIdError': 'This student number is already on the roster; student numbers must be unique.',
    'dv.yearPrompt': 'Academic year, e.g. 2026-2027 (the second year is the first plus 1).',
    'dv.termPrompt': 'Pick 第一学期 (first term) or 第二学期 (second term).',
    'dv.termError': 'The term should be 第一学期 or 第二学期. Click Yes to keep it anyway.',
    'dv.startPrompt': 'First day of week 1, e.g. 2026-09-07. Record dates are checked against it.',
    'dv.startErrorTitle': 'Not a date',
    'dv.startError': 'Enter a date, e.g. 2026-09-07.',
    'dv.weeksPrompt': 'Weeks in the term, a whole number from 1 to {max}; blank means {weeks} (note [1]).',
    'dv.weeksErrorTitle': 'Weeks are wrong',
    'dv.weeksError': 'Weeks must be a whole number from 1 to {max}; blank means {weeks}.',
    'dv.versionPrompt': 'Template version; do not change.',
    'dv.endDatePrompt': 'Computed: 学期开始日期 + 7 × 学期周数 − 1. Do not change.',
    'dv.classPrompt': 'Enter the {column}.',
    'note.meetingType':
      'Note [2]: hold a meeting at the start of term, before exams, around holidays, and for assessments, awards, hardship and grants.',
    'note.talkForm': 'Note [3]: talks are mainly one to one; a group talk has at most {max} students.',
    'note.activityType': 'Note [4]: class meetings and assigning or checking work are not class activities.',
    'note.visitReason':
      'Note [5]: a visit may be to see the sick, check hygiene, check absences or look for safety hazards.',
    'note.contactReason':
      'Note [6]: leaving for holidays, academic warnings, good news, or other reasons to contact parents.',
    'note.careCategory': 'Duty 2: every student needing special care needs a 谈话记录 (interview record).',
    'hint.rosterId': 'Student numbers must be unique.',
    'hint.rosterName': 'Records naming students who share a name need the 学号.',
    'hint.rosterDorm': "The class's dorms are taken from this column; dorm visits are checked against it.",
    'hint.student':
      'Fill in 学号 or 姓名 (at least one), as on the roster; students sharing a name need the 学号.',
    'hint.talkSerial': 'Group talk: give every row of it the same 编号 (note [3]: at most {max} students).',
    'hint.dorms': 'One or more dorms separated by 、; 全部 when every dorm was visited.',
    'hint.problem': 'Problems found should be dealt with; fill in 处理情况 (note [5]).',
    'hint.handling': 'Required when 发现问题 is filled in.',
    'hint.absentees': 'Required when fewer attended than expected.',
    'hint.remedy': 'Recommended when someone was absent.',
    'hint.signature': 'Signed by the class monitor and the league secretary.',
  },
);

export type DataValidationMessageKey = keyof (typeof dataValidationMessages)['zh-CN'];
