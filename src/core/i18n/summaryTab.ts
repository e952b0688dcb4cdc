import { defineSection } from './catalog';

/**
 * Texts of the task pane's 汇总 tab: the counsellor picks the term's workbooks,
 * the pane scores and grades them and writes the summary workbook. The summary workbook's own
 * words are in ./summaryWorkbook.ts, which the command line's batch uses too: both write one file.
 * Its messages — keys `file…` and `…Failed` — are explained in the guide's message table
 * (scripts/messages-doc.ts); the other keys are labels.
 */
export const summaryTabMessages = defineSection(
  {
    title: '全院汇总与评优',
    intro:
      '选择全院班主任本学期的工作簿（.xlsx，可以一次选多个），在本机评分，并按“优秀名额不超过全体班主任的 30%”评定等级。文件只在本机读取，不会上传到任何地方。',
    pick: '选择工作簿…',
    pickAgain: '重新选择工作簿…',
    starting: '正在准备读取…',
    reading: '正在读取 {done}/{total}：{file}',
    loadFailed: '无法加载读取工作簿的程序：{message}。请关闭任务窗格后重新打开，再试一次。',

    quota: '优秀名额 {quota} 名',
    quotaDetail: '参与评定 {total} 人（含不合格，不含无法评分的文件）的 30%，向下取整。',
    counts: '共 {total} 个文件：评分 {scored} 个，无法评分 {failed} 个。',
    rankingTitle: '排名',
    classTeacher: '{className} · {teacher}',
    noScore: '—',
    tied: '并列待定',
    tiedNote:
      '并列待定：名额线上同分的一组，全部评为优秀会超出名额，所以这一组暂定“合格”，交评审小组决定。名额不会被超出。',
    noneScored: '没有可以评分的工作簿。',

    failedTitle: '无法评分的文件（{count} 个）',
    fileUnreadable:
      '文件“{file}”无法读取：{message}。请确认文件没有被移动、删除或被其他程序占用，然后重新选择。',

    write: '写出汇总工作簿',
    writeHint:
      '汇总工作簿在新的 Excel 窗口中打开：每位班主任一行（等级、得分、各项加分、未达到的基本要求），另有无法评分的文件及原因；请在新窗口中保存。',
    written: '汇总工作簿已在新的 Excel 窗口中打开，请在那里保存。',
    writeFailed: '汇总工作簿没有打开：{message}',
    writeUnsupported:
      '这个版本的 Excel 不能由加载项打开新的工作簿（需要 ExcelApi 1.8），所以不能在这里写出汇总工作簿；可以用命令行 banzhuren batch 写出。',
  },
  {
    title: 'Summary and grades for the college',
    intro:
      "Pick the term's workbooks of every class teacher (.xlsx, several at once). They are scored on this computer and graded with 优秀 places capped at 30 % of all class teachers. The files are only read here; nothing is uploaded anywhere.",
    pick: 'Pick workbooks…',
    pickAgain: 'Pick workbooks again…',
    starting: 'Getting ready to read…',
    reading: 'Reading {done}/{total}: {file}',
    loadFailed:
      'Could not load the workbook reader: {message}. Close the task pane, open it again and try once more.',

    quota: '{quota} 优秀 {quota:place|places}',
    quotaDetail:
      '30 % of the {total} {total:teacher|teachers} graded (不合格 included, files that could not be scored not), rounded down.',
    counts: '{total} {total:file|files}: {scored} scored, {failed} could not be scored.',
    rankingTitle: 'Ranking',
    classTeacher: '{className} · {teacher}',
    noScore: '—',
    tied: 'tied',
    tiedNote:
      'Tied: a group with the same score at the cut-off that would exceed the places if all were 优秀; the group stays 合格 for now and the committee decides. The places are never exceeded.',
    noneScored: 'No workbook could be scored.',

    failedTitle: 'Files that could not be scored ({count})',
    fileUnreadable:
      'File "{file}" could not be read: {message}. Make sure it was not moved, deleted or locked by another program, then pick it again.',

    write: 'Write the summary workbook',
    writeHint:
      'The summary workbook opens in a new Excel window: one row per class teacher (grade, score, each bonus, unmet minimums) and the files that could not be scored with the reason; save it there.',
    written: 'The summary workbook is open in a new Excel window; save it there.',
    writeFailed: 'The summary workbook did not open: {message}',
    writeUnsupported:
      'This version of Excel does not let add-ins open a new workbook (needs ExcelApi 1.8), so the summary workbook cannot be written here; banzhuren batch on the command line writes it.',
  },
);

export type SummaryTabMessageKey = keyof (typeof summaryTabMessages)['zh-CN'];
