import { defineSection } from './catalog';

/**
 * Texts of the printed record forms (src/core/forms) and of the `forms` command.
 *
 * The forms are the college's paper forms, so their texts are always Chinese: the `en` half
 * mirrors the labels unchanged (it exists because every section has both languages) and
 * translates only what the command line says to the user. The spacing inside labels such as
 * `主    题` is the paper form's own, kept so the printout looks like the original.
 */
export const formMessages = defineSection(
  {
    // ---- every form ----
    number: '编号：{value}',
    termLine: '（{first}{dash}{second}学年度第{term}学期）',
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
    'mark.errors': '⚠ 有错误，本记录不计入：{messages}',
    'mark.warning': '⚠ {message}',

    // ---- the forms command ----
    'cli.help':
      '用法：banzhuren forms 工作簿.xlsx -o 记录表.xlsx [--pdf] [--all] [--lang en]\n\n按学院纸质记录表的格式打印本学期的记录：班会记录表、班主任谈话记录表（每条一页）、\n谈心记录表（每页 30 行）、班级活动登记表（每条一页）、走访宿舍记录表（每页 25 行）、\n联系学生家长记录表（每页 30 行）。A4 纸，按页宽缩放，已设置分页，可直接打印或导出 PDF。\n默认只打印有效的记录（没有错误的行）；--all 打印全部记录，并在有错误的记录上标明错误。\n\n选项：\n  -o, --out <文件>  输出的 .xlsx 文件（必填）\n  --pdf             同时用 LibreOffice 转换为 PDF（与输出文件同名，需要安装 LibreOffice）\n  --all             打印全部记录，标出有错误的记录\n  --lang en         使用英文输出（记录表本身始终为中文）\n  --help            显示本帮助\n\n退出码：0 成功；1 用法错误；2 文件无法读取、不是班主任工作记录工作簿、无法写入或无法转换为 PDF。',
    'cli.notXlsx': '输出文件“{file}”应以 .xlsx 结尾（PDF 用 --pdf 另外生成）',
    'cli.notPrintable': '文件“{file}”无法打印记录表：{error}',
    'cli.written': '已写入 {file}：{summary}，共 {pages} 页。',
    'cli.formPages': '{form} {pages} 页',
    'cli.listSeparator': '，',
    'cli.marked': '其中 {count} 条记录有错误或与前面的行完全相同，已在记录表上标明。',
    'cli.pdfWritten': '已写入 {file}。',
    'cli.noSoffice':
      '没有找到 LibreOffice（soffice），无法转换为 PDF。请安装 LibreOffice，或在 Excel 中打开 {file} 后“另存为 PDF”。',
    'cli.pdfFailed':
      '用 LibreOffice 把 {file} 转换为 PDF 失败：{reason}。可在 Excel 中打开它后“另存为 PDF”。',
  },
  {
    number: '编号：{value}',
    termLine: '（{first}{dash}{second}学年度第{term}学期）',
    date: '{year}年{month}月{day}日',
    shortDate: '{year}.{month}.{day}',
    dateLine: '年　　月　　日',
    attachNote: '如有图片等其他材料，可另附页',
    footer: '{major} {className}　班主任：{teacher}',
    pageOf: '第 {page} 页，共 {pages} 页',

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

    'talks.serial': '序号',
    'talks.name': '姓名',
    'talks.time': '时间',
    'talks.place': '地点',
    'talks.content': '谈心内容',
    'talks.minutes': '（{minutes}分钟）',
    'talks.group': '（集体谈心，编号{serial}，{minutes}分钟）',
    'talks.which': '第{n}次：{text}',

    'visits.serial': '次数',
    'visits.time': '时  间',
    'visits.dorms': '走访宿舍',
    'visits.reason': '事由或发现问题',
    'visits.handling': '处理情况',
    'visits.reasonProblem': '{reason}；发现问题：{problem}',

    'contacts.serial': '序号',
    'contacts.name': '姓名',
    'contacts.time': '时间',
    'contacts.parent': '学生家长姓名',
    'contacts.contact': '联系方式',
    'contacts.reason': '事由',
    'contacts.result': '结果',

    'mark.column': '核对结果',
    'mark.errors': '⚠ 有错误，本记录不计入：{messages}',
    'mark.warning': '⚠ {message}',

    'cli.help':
      "Usage: banzhuren forms WORKBOOK.xlsx -o FORMS.xlsx [--pdf] [--all] [--lang en]\n\nPrints this term's records laid out as the college's paper forms: 班会记录表 and 班主任谈话记录表\n(one page per record), 谈心记录表 (30 rows a page), 班级活动登记表 (one page per activity),\n走访宿舍记录表 (25 rows a page) and 联系学生家长记录表 (30 rows a page). A4, fitted to the page\nwidth, page breaks set: ready to print or to save as PDF. Only valid records (rows without errors)\nare printed unless --all is given, which prints every record and marks the ones with errors.\n\nOptions:\n  -o, --out <file>  the .xlsx file to write (required)\n  --pdf             also convert it to PDF with LibreOffice (same name, .pdf; LibreOffice must be installed)\n  --all             print every record, marking those with errors\n  --lang en         English messages (the forms themselves are always Chinese)\n  --help            show this help\n\nExit codes: 0 success; 1 usage error; 2 the file cannot be read, is not a class-teacher workbook, or the output cannot be written or converted to PDF.",
    'cli.notXlsx': 'The output file "{file}" should end in .xlsx (use --pdf for a PDF as well)',
    'cli.notPrintable': 'Cannot print the forms of "{file}": {error}',
    'cli.written': 'Wrote {file}: {summary}; {pages} pages in all.',
    'cli.formPages': '{form} {pages} page(s)',
    'cli.listSeparator': ', ',
    'cli.marked': '{count} record(s) with errors, or repeating an earlier row, are marked on the forms.',
    'cli.pdfWritten': 'Wrote {file}.',
    'cli.noSoffice':
      'LibreOffice (soffice) was not found, so no PDF was made. Install LibreOffice, or open {file} in Excel and save it as PDF.',
    'cli.pdfFailed':
      'Converting {file} to PDF with LibreOffice failed: {reason}. Open it in Excel and save it as PDF instead.',
  },
);

export type FormMessageKey = keyof (typeof formMessages)['zh-CN'];
