import { defineSection } from './catalog';

/**
 * What the `forms` command says to the user. The printed forms' own labels are not here: they are
 * the college's paper forms, always Chinese (src/core/forms/labels.ts).
 */
export const formsCommandMessages = defineSection(
  {
    help: '用法：banzhuren forms 工作簿.xlsx -o 记录表.xlsx [--pdf] [--all] [--lang en]\n\n按学院纸质记录表的格式打印本学期的记录：班会记录表、班主任谈话记录表（每条一页）、\n谈心记录表（每页 30 行）、班级活动登记表（每条一页）、走访宿舍记录表（每页 25 行）、\n联系学生家长记录表（每页 30 行）。A4 纸，按页宽缩放，已设置分页，可直接打印或导出 PDF。\n默认只打印有效的记录（没有错误的行）；--all 打印全部记录，并在有错误的记录上标明错误。\n\n选项：\n  -o, --out <文件>  输出的 .xlsx 文件（必填）\n  --pdf             同时用 LibreOffice 转换为 PDF（与输出文件同名，需要安装 LibreOffice）\n  --all             打印全部记录，标出有错误的记录\n  --rules <规则.json> 按学院自己的计分规则文件评分，代替内置的“财经学院 v1”（写法见 README 的“其他学院的计分规则”）\n  --lang en         使用英文输出（记录表本身始终为中文）\n  --help            显示本帮助\n\n退出码：0 成功；1 用法错误；2 文件无法读取、不是班主任工作记录工作簿、无法写入或无法转换为 PDF。',
    notPrintable: '文件“{file}”无法打印记录表：{error}',
    written: '已写入 {file}：{summary}，共 {pages} 页。',
    formPages: '{form} {pages} 页',
    listSeparator: '，',
    marked: '其中 {count} 条记录有错误或与前面的行完全相同，已在记录表上标明。',
    pdfWritten: '已写入 {file}。',
    noSoffice:
      '没有找到 LibreOffice（soffice），无法转换为 PDF。请安装 LibreOffice，或在 Excel 中打开 {file} 后“另存为 PDF”。',
    pdfFailed: '用 LibreOffice 把 {file} 转换为 PDF 失败：{reason}。可在 Excel 中打开它后“另存为 PDF”。',
  },
  {
    help: "Usage: banzhuren forms WORKBOOK.xlsx -o FORMS.xlsx [--pdf] [--all] [--lang en]\n\nPrints this term's records laid out as the college's paper forms: 班会记录表 and 班主任谈话记录表\n(one page per record), 谈心记录表 (30 rows a page), 班级活动登记表 (one page per activity),\n走访宿舍记录表 (25 rows a page) and 联系学生家长记录表 (30 rows a page). A4, fitted to the page\nwidth, page breaks set: ready to print or to save as PDF. Only valid records (rows without errors)\nare printed unless --all is given, which prints every record and marks the ones with errors.\n\nOptions:\n  -o, --out <file>  the .xlsx file to write (required)\n  --pdf             also convert it to PDF with LibreOffice (same name, .pdf; LibreOffice must be installed)\n  --all             print every record, marking those with errors\n  --rules <rules.json> the college's own rule set file instead of the built-in 财经学院 v1 (see \"Another college's numbers\" in docs/rules.md)\n  --lang en         English messages (the forms themselves are always Chinese)\n  --help            show this help\n\nExit codes: 0 success; 1 usage error; 2 the file cannot be read, is not a class-teacher workbook, or the output cannot be written or converted to PDF.",
    notPrintable: 'Cannot print the forms of "{file}": {error}',
    written: 'Wrote {file}: {summary}; {pages} {pages:page|pages} in all.',
    formPages: '{form} {pages} {pages:page|pages}',
    listSeparator: ', ',
    marked:
      '{count} {count:record|records} with errors, or repeating an earlier row, {count:is|are} marked on the forms.',
    pdfWritten: 'Wrote {file}.',
    noSoffice:
      'LibreOffice (soffice) was not found, so no PDF was made. Install LibreOffice, or open {file} in Excel and save it as PDF.',
    pdfFailed:
      'Converting {file} to PDF with LibreOffice failed: {reason}. Open it in Excel and save it as PDF instead.',
  },
);
