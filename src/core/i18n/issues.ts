import { defineSection } from './catalog';

/** Messages of row issues and of workbooks that cannot be scored (docs/rules.md, Which records count and Messages). Each says what is wrong and how to fix it. */
export const issueMessages = defineSection(
  {
    required: '{column}为空。请填写{column}，填好之前这条记录不计入。',
    errorValue: '{column}是错误值 {value}。请改为实际内容，或修正产生它的公式。',
    dateUnrecognised: '无法识别的日期：“{value}”。请写成 2026-09-15、2026/9/15 或 9月15日 这样的日期。',
    dateOutsideTerm:
      '日期 {value} 不在本学期（{start} 至 {end}）内，这条记录不计入。请核对日期，或检查基本信息中的学期开始日期和学期周数。',
    notWholeNumber: '{column}应为不小于 0 的整数，现在是“{value}”。请填写人数，例如 40。',
    presentOverExpected: '实到人数 {present} 大于应到人数 {expected}。请核对两个人数。',
    absenteesMissing:
      '实到 {present} 人少于应到 {expected} 人，但未到名单及原因为空。请写明谁未到会、原因是什么。',
    expectedNotRoster: '应到人数 {expected} 与学生名单的 {roster} 人不一致。请核对应到人数或学生名单。',
    remedyMissing: '有 {absent} 人未到会，补救措施为空。请写明补救措施，例如会后单独传达。',
    signatureMissing: '签字为空。班会记录表需班长、团支书签字。',
    notInList: '{column}“{value}”不是可选项。请从下拉列表中选择：{options}。',
    notAnActivity:
      '“{value}”不属于班级活动（注释[4]：班会、布置和检查工作不属于班级活动），这条记录不计入。请删除本行或改为实际的班级集体活动。',
    studentMissing: '学号和姓名都为空。请至少填写一项，写明是哪位学生。',
    unknownStudentId: '学号 {value} 不在学生名单中。请核对学号，或先把该学生加入学生名单。',
    unknownStudentName: '姓名“{value}”不在学生名单中。请核对姓名，或先把该学生加入学生名单。',
    ambiguousName: '学生名单中有 {count} 名学生叫“{value}”。请填写学号以区分。',
    studentMismatch: '学号 {id} 是“{rosterName}”，与姓名“{value}”不符。请核对学号或姓名。',
    notANumber: '{column}“{value}”不是数字。请填写分钟数，例如 15。',
    talkTooShort: '谈心时长 {value} 分钟，少于 {min} 分钟，不算一次谈心（每次谈心不少于 {min} 分钟）。',
    groupWithoutSerial: '集体谈心没有编号。同一次集体谈心的各行请填写相同的编号，才能核对人数。',
    groupTooLarge:
      '集体谈心（编号 {serial}，{date}）有 {count} 名学生，超过 {max} 人，整次不算谈心（注释[3]）。请分成每组不超过 {max} 人。',
    recommendedBlank: '{column}为空。{form}有这一栏，建议填写。',
    unknownDorm:
      '宿舍“{value}”不是本班学生的宿舍（学生名单的宿舍列中没有）。请核对宿舍号，或在学生名单中补上宿舍。',
    problemUnhandled: '填写了发现问题，但处理情况为空。发现问题应及时解决，请写明处理情况（注释[5]）。',
    duplicateRow: '与第 {first} 行完全相同，只计一次。如是重复录入，请删除本行。',
    duplicateStudentId: '学号 {value} 在学生名单中重复（第 {first} 行已有）。请核对学号。',
    academicYearInvalid: '学年度“{value}”无法识别。请写成 2026-2027（后一年为前一年加 1）。',
    termInvalid: '学期“{value}”无法识别。请填写“第一学期”或“第二学期”。',
    weeksInvalid: '学期周数“{value}”应为 1 到 30 之间的整数；空白按 {default} 周计算。',
    notAWorkbook: '不是班主任工作量化记录工作簿：{details}。可在加载项中点击“设置”补齐，或用模板新建。',
    missingSheets: '缺少工作表 {names}',
    missingColumns: '工作表“{sheet}”缺少列 {columns}',
    missingInfo: '基本信息缺少 {labels}',
    termUnusable: '无法确定学期：{details}',
    infoRequired: '{column}为空。请在基本信息中填写{column}。',
    startUnrecognised: '学期开始日期“{value}”无法识别。请写成 2026-09-07 这样的完整日期（第 1 周的第一天）。',
    infoCell: '{sheet} {cell} 格：{message}',
    listSeparator: '、',
    detailSeparator: '；',
  },
  {
    required: '{column} is blank. Fill in {column}; until then this record does not count.',
    errorValue:
      '{column} holds the error value {value}. Replace it with the actual content, or fix the formula behind it.',
    dateUnrecognised: 'Unrecognised date "{value}". Write dates like 2026-09-15, 2026/9/15 or 9月15日.',
    dateOutsideTerm:
      'The date {value} is outside this term ({start} to {end}); this record does not count. Check the date, or the term start date and weeks in 基本信息.',
    notWholeNumber:
      '{column} must be a whole number of at least 0, not "{value}". Enter a head count such as 40.',
    presentOverExpected: 'Attendance {present} is more than the expected {expected}. Check both numbers.',
    absenteesMissing:
      '{present} attended out of {expected}, but 未到名单及原因 is blank. Write who was absent and why.',
    expectedNotRoster:
      'The expected attendance {expected} differs from the {roster} students on the roster. Check the number or the roster.',
    remedyMissing:
      '{absent} student(s) were absent and 补救措施 is blank. Write what was done, e.g. briefed them afterwards.',
    signatureMissing: '签字 is blank. The class monitor and league secretary should sign the meeting record.',
    notInList: '{column} "{value}" is not one of the choices. Pick one from the dropdown: {options}.',
    notAnActivity:
      '"{value}" is not a class activity (note [4]: class meetings and assigning or checking work are not class activities); this record does not count. Delete the row or record an actual class activity.',
    studentMissing: 'Both 学号 and 姓名 are blank. Fill in at least one to say which student this is.',
    unknownStudentId:
      'Student number {value} is not on the roster (学生名单). Check it, or add the student to the roster first.',
    unknownStudentName:
      'Name "{value}" is not on the roster (学生名单). Check it, or add the student to the roster first.',
    ambiguousName: '{count} students on the roster are named "{value}". Fill in 学号 to tell them apart.',
    studentMismatch:
      'Student number {id} belongs to "{rosterName}", not "{value}". Check the number or the name.',
    notANumber: '{column} "{value}" is not a number. Enter the minutes, e.g. 15.',
    talkTooShort:
      'A talk of {value} minutes is shorter than {min} minutes and does not count (each talk must last at least {min} minutes).',
    groupWithoutSerial:
      'A group talk has no 编号. Give every row of the same group talk the same 编号 so its size can be checked.',
    groupTooLarge:
      'The group talk (编号 {serial}, {date}) has {count} students, more than {max}; none of it counts (note [3]). Split it into groups of at most {max}.',
    recommendedBlank: '{column} is blank. The paper form {form} has this field; please fill it in.',
    unknownDorm:
      'Dorm "{value}" is not a dorm of this class (not in the 宿舍 column of 学生名单). Check it, or add the dorm to the roster.',
    problemUnhandled:
      '发现问题 is filled in but 处理情况 is blank. Problems found should be dealt with; write what was done (note [5]).',
    duplicateRow: 'Identical to row {first}; counted once. If it was entered twice, delete this row.',
    duplicateStudentId:
      'Student number {value} appears twice on the roster (already in row {first}). Check it.',
    academicYearInvalid:
      'Academic year "{value}" is not recognised. Write it as 2026-2027 (the second year is the first plus 1).',
    termInvalid: 'Term "{value}" is not recognised. Enter 第一学期 (first term) or 第二学期 (second term).',
    weeksInvalid: 'Term weeks "{value}" must be a whole number from 1 to 30; blank means {default} weeks.',
    notAWorkbook:
      'Not a class-teacher record workbook: {details}. Use Set up in the add-in to add what is missing, or start from the template.',
    missingSheets: 'missing sheet(s) {names}',
    missingColumns: 'sheet "{sheet}" is missing column(s) {columns}',
    missingInfo: '基本信息 is missing {labels}',
    termUnusable: 'The term cannot be determined: {details}',
    infoRequired: '{column} is blank. Fill in {column} in 基本信息.',
    startUnrecognised:
      'The term start date (学期开始日期) "{value}" is not a recognised date. Write a full date such as 2026-09-07 (the first day of week 1).',
    infoCell: '{sheet} cell {cell}: {message}',
    listSeparator: ', ',
    detailSeparator: '; ',
  },
);

export type IssueMessageKey = keyof (typeof issueMessages)['zh-CN'];
