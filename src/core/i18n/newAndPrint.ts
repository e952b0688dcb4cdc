import { defineSection } from './catalog';

/**
 * Texts of the pane's 新建与打印 tab: next term's workbook, a
 * blank workbook from the template and the printable record forms, each opened in a new Excel
 * window. The form names in `printDone` come from the forms themselves (always Chinese).
 */
export const newAndPrintMessages = defineSection(
  {
    intro:
      '以下操作都在新的 Excel 窗口中打开一本新工作簿，当前工作簿不会被改动。新工作簿还没有保存，请在新窗口中另存。',
    building: '正在生成…',

    newTermTitle: '新学期',
    newTermText:
      '用本学期的工作簿生成下学期的：基本信息顺延（第一学期 → 同一学年第二学期，第二学期 → 下一学年第一学期），学生名单原样带入，各记录表为空；第一学期转第二学期时，本学期有效的联系家长记录复制到“上学期联系家长”。',
    newTermButton: '生成下学期工作簿',
    newTermDone:
      '已在新窗口中打开 {to} 的工作簿：学生名单 {students} 人，“上学期联系家长” {contacts} 条。请在“基本信息”中填写学期开始日期，然后保存。',
    newTermDoneNoContacts:
      '已在新窗口中打开 {to} 的工作簿：学生名单 {students} 人。请在“基本信息”中填写学期开始日期，然后保存。',
    newTermFailed: '无法生成下学期的工作簿：{error}',

    templateTitle: '空白模板',
    templateText:
      '按模板新建一本空白工作簿：全部工作表、表头和数据验证。学年度、学期、学期开始日期和周数与当前工作簿相同（当前工作簿无法评分时取今天所在的学期）；专业、班级、班主任和学生名单留空。',
    templateButton: '新建空白工作簿',
    templateDone: '已在新窗口中打开空白工作簿（{year} {term}）。',

    printTitle: '打印记录表',
    printText:
      '按学院纸质记录表的格式排好本学期的记录：班会、谈话、班级活动每条一页，谈心、联系家长每页 30 行，走访宿舍每页 25 行。A4，按页宽缩放，已设置分页，在新窗口中“文件 › 打印”或另存为 PDF。',
    printAll: '也打印有错误的记录（标出错误）',
    printAllHint: '默认只打印算数的记录；打开后打印全部记录，有错误的用红字标明，便于核对。',
    printButton: '生成记录表',
    printDone: '已在新窗口中打开记录表：{summary}，共 {pages} 页。',
    printDoneMarked:
      '已在新窗口中打开记录表：{summary}，共 {pages} 页。其中 {count} 条记录有错误或与前面的行完全相同，已用红字标明。',
    printFailed: '无法打印记录表：{error}',

    readFailed: '读取当前工作簿失败：{message}',
    chunkFailed:
      '无法加载生成工作簿所需的程序文件（加载项的网站暂时无法访问，或网络已断开）。请检查网络后再试一次。',
    buildFailed: '生成工作簿时出错：{message}',
    openFailed: 'Excel 未能打开新工作簿：{message}',
  },
  {
    intro:
      'Each action opens a new workbook in a new Excel window; the open workbook is not changed. The new workbook is not saved yet: save it from its window.',
    building: 'Building…',

    newTermTitle: 'New term',
    newTermText:
      "Next term's workbook from this one: 基本信息 moved on (term 1 → term 2 of the same year, term 2 → term 1 of the next), the roster carried over, the record sheets empty; from term 1 to term 2, this term's valid parent contacts are copied to 上学期联系家长.",
    newTermButton: "Create next term's workbook",
    newTermDone:
      'Opened the {to} workbook in a new window: {students} students on the roster, {contacts} rows in 上学期联系家长. Fill in 学期开始日期 in 基本信息, then save it.',
    newTermDoneNoContacts:
      'Opened the {to} workbook in a new window: {students} students on the roster. Fill in 学期开始日期 in 基本信息, then save it.',
    newTermFailed: "Cannot create next term's workbook: {error}",

    templateTitle: 'Blank template',
    templateText:
      'A blank workbook from the template: every sheet, header and data validation. The year, term, start date and weeks are those of the open workbook (or the term today falls in when it cannot be scored); major, class, teacher and roster are left blank.',
    templateButton: 'Create a blank workbook',
    templateDone: 'Opened a blank workbook ({year} {term}) in a new window.',

    printTitle: 'Print the record forms',
    printText:
      "This term's records laid out as the college's paper forms: one page per meeting, interview and activity; 30 rows a page for talks and parent contacts, 25 for dorm visits. A4, fitted to the page width, page breaks set: print it or save it as PDF from the new window.",
    printAll: 'Also print records with errors (marked)',
    printAllHint:
      'Only records that count are printed by default; with this on, every record is printed and those with errors are marked in red, for checking.',
    printButton: 'Create the forms',
    printDone: 'Opened the forms in a new window: {summary}; {pages} pages in all.',
    printDoneMarked:
      'Opened the forms in a new window: {summary}; {pages} pages in all. {count} record(s) with errors, or repeating an earlier row, are marked in red.',
    printFailed: 'Cannot print the forms: {error}',

    readFailed: 'Could not read the open workbook: {message}',
    chunkFailed:
      "Could not load the part of the add-in that builds workbooks (the add-in's web site cannot be reached, or the network is down). Check the connection and try again.",
    buildFailed: 'Building the workbook failed: {message}',
    openFailed: 'Excel could not open the new workbook: {message}',
  },
);

export type NewAndPrintMessageKey = keyof (typeof newAndPrintMessages)['zh-CN'];
