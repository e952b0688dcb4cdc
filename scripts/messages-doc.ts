/**
 * The guide's table of messages, generated from the message catalogue so the docs cannot drift
 * from what the product says: every row and workbook message (src/core/i18n/issues.ts) and every
 * message about a file that cannot be used (src/core/i18n/cli.ts, `file.*`; the pane's 汇总 tab,
 * src/core/i18n/summaryTab.ts; the pane's 新建与打印 tab, src/core/i18n/newAndPrint.ts), with when it appears.
 *
 *   npx tsx scripts/messages-doc.ts            print the Chinese table
 *   npx tsx scripts/messages-doc.ts --lang en  print the English table
 *   npx tsx scripts/messages-doc.ts --write    rewrite the tables in docs/guide.zh-CN.md and docs/guide.en.md
 *
 * test/forms/guide.test.ts fails when a guide's table differs from this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../src/core/i18n/catalog';
import type { CliMessageKey } from '../src/core/i18n/cli';
import { cliMessages } from '../src/core/i18n/cli';
import type { NewAndPrintMessageKey } from '../src/core/i18n/newAndPrint';
import { newAndPrintMessages } from '../src/core/i18n/newAndPrint';
import type { IssueMessageKey } from '../src/core/i18n/issues';
import { issueMessages } from '../src/core/i18n/issues';
import type { SummaryTabMessageKey } from '../src/core/i18n/summaryTab';
import { summaryTabMessages } from '../src/core/i18n/summaryTab';

type Kind = 'error' | 'warning' | 'either' | 'workbook' | 'file';

interface Meaning {
  readonly kind: Kind;
  readonly zh: string;
  readonly en: string;
}

/** The separators are pieces of punctuation, not messages. */
type IssueKey = Exclude<IssueMessageKey, 'listSeparator' | 'detailSeparator'>;
type FileKey = Extract<CliMessageKey, `file.${string}`>;
/** The 汇总 tab's messages about picked files and the summary workbook (the rest of its texts are labels). */
type SummaryKey = Extract<SummaryTabMessageKey, `file${string}` | `${string}Failed`>;
/** The 新建与打印 tab's failures (its other texts are labels and what it made). */
type NewFilesKey = Extract<NewAndPrintMessageKey, `${string}Failed`>;

/** When each row or workbook message appears. A new message key fails the type check until it is explained here. */
const ISSUES: Readonly<Record<IssueKey, Meaning>> = {
  required: {
    kind: 'error',
    zh: '必填的列（README 表中粗体的列）为空。',
    en: 'A required column (bold in the README table) is blank.',
  },
  errorValue: {
    kind: 'either',
    zh: '单元格是 Excel 错误值（#N/A、#REF! 等）。在必填列或影响计数的列中是错误，在选填的文字列中是警告（决定 14）。',
    en: 'The cell holds an Excel error value (#N/A, #REF!…): an error in a required or counted column, a warning in an optional text column (decision 14).',
  },
  dateUnrecognised: {
    kind: 'error',
    zh: '日期列的内容无法识别为日期（可接受的写法见决定 10）。',
    en: 'A date column holds something that is not a date (accepted forms: decision 10).',
  },
  dateOutsideTerm: {
    kind: 'error',
    zh: '日期不在本学期：学期开始日期起 7 × 学期周数 天（注释[1]）。',
    en: 'The date is outside the term: 7 × weeks days from the start date (note [1]).',
  },
  notWholeNumber: {
    kind: 'either',
    zh: '人数不是不小于 0 的整数：班会的应到、实到人数是错误；班级活动的参加人数（选填）是警告。',
    en: 'A head count is not a whole number ≥ 0: an error for 应到/实到人数 of a meeting, a warning for the optional 参加人数 of an activity.',
  },
  presentOverExpected: {
    kind: 'error',
    zh: '班会记录：实到人数大于应到人数。',
    en: 'Meeting: more attended than expected.',
  },
  absenteesMissing: {
    kind: 'error',
    zh: '班会记录：有人未到会，但“未到名单及原因”为空（纸质表的“未到会名单、原因及补救措施”）。',
    en: 'Meeting: fewer attended than expected but 未到名单及原因 is blank.',
  },
  expectedNotRoster: {
    kind: 'warning',
    zh: '班会记录：应到人数与学生名单人数不同（可能有休学、实习等情况，只提示）。',
    en: 'Meeting: the expected count differs from the roster size (there may be a reason; a reminder only).',
  },
  remedyMissing: {
    kind: 'warning',
    zh: '班会记录：有人未到会，补救措施为空。',
    en: 'Meeting: someone was absent and 补救措施 is blank.',
  },
  signatureMissing: {
    kind: 'warning',
    zh: '班会记录：签字为空（纸质表要求班长、团支书签字）。',
    en: 'Meeting: 签字 is blank (the paper form is signed by the monitor and the league secretary).',
  },
  notInList: {
    kind: 'either',
    zh: '下拉列表列填了列表以外的内容。关照类别、谈心形式、班级活动类型、走访事由、联系家长事由、学期是错误；班会类型和性别只是警告。',
    en: 'A dropdown column holds a value outside its list: an error for 关照类别, 形式, activity 类型, visit and contact 事由 and 学期; a warning for the meeting 类型 and 性别.',
  },
  notAnActivity: {
    kind: 'error',
    zh: '班级活动的类型填了“班会”“布置工作”“检查工作”（注释[4]）。',
    en: 'An activity of type 班会, 布置工作 or 检查工作 (note [4]).',
  },
  studentMissing: {
    kind: 'error',
    zh: '谈心、谈话、联系家长记录没有写明学生（学号、姓名都空）。',
    en: 'A talk, interview or parent contact names no student (学号 and 姓名 both blank).',
  },
  unknownStudentId: { kind: 'error', zh: '学号不在学生名单中。', en: 'The 学号 is not on the roster.' },
  unknownStudentName: {
    kind: 'error',
    zh: '只填了姓名，且该姓名不在学生名单中。',
    en: 'Only a name is given, and it is not on the roster.',
  },
  ambiguousName: {
    kind: 'error',
    zh: '只填了姓名，名单里有同名学生，无法确定是谁。',
    en: 'Only a name is given and several students share it.',
  },
  studentMismatch: {
    kind: 'error',
    zh: '学号和姓名指的是名单上不同的学生。',
    en: 'The 学号 and the 姓名 name different students.',
  },
  notANumber: { kind: 'error', zh: '谈心时长不是数字。', en: 'A talk’s length is not a number.' },
  talkTooShort: {
    kind: 'error',
    zh: '谈心时长少于 5 分钟（量化指标 2：每次谈心不少于 5 分钟）。',
    en: 'A talk shorter than 5 minutes (duty 2: each talk lasts at least 5 minutes).',
  },
  groupWithoutSerial: {
    kind: 'error',
    zh: '形式为“集体”的谈心没有编号，无法核对人数（决定 8）。',
    en: 'A group talk without 编号, so its size cannot be checked (decision 8).',
  },
  groupTooLarge: {
    kind: 'error',
    zh: '一次集体谈心（同编号、同日期）超过 8 名学生，这次谈心的每一行都不算（注释[3]）。',
    en: 'A group talk (same 编号 and date) of more than 8 students: none of its rows counts (note [3]).',
  },
  recommendedBlank: {
    kind: 'warning',
    zh: '纸质表上有、但不是必填的栏为空：谈话记录的建议、学生意见，班级活动的效果评价及建议。',
    en: 'A field of the paper form that is not required is blank: 建议 and 学生意见 of an interview, 效果评价及建议 of an activity.',
  },
  unknownDorm: {
    kind: 'error',
    zh: '走访的宿舍不在学生名单的“宿舍”列中（决定 4）。',
    en: 'A visited dorm is not in the roster’s 宿舍 column (decision 4).',
  },
  problemUnhandled: {
    kind: 'error',
    zh: '走访宿舍填了发现的问题，处理情况为空（注释[5]，决定 17）。',
    en: 'A dorm visit found a problem but 处理情况 is blank (note [5], decision 17).',
  },
  duplicateRow: {
    kind: 'warning',
    zh: '与同一工作表中前面的某一行完全相同，只计一次（决定 13）。',
    en: 'Identical to an earlier row of the same sheet; counted once (decision 13).',
  },
  duplicateStudentId: {
    kind: 'error',
    zh: '学生名单中学号重复，保留第一行（决定 16）。',
    en: 'A 学号 repeated on the roster; the first row is kept (decision 16).',
  },
  academicYearInvalid: {
    kind: 'error',
    zh: '基本信息的学年度无法识别，无法确定学期，不评分（决定 15）。',
    en: '基本信息: the academic year is not recognised, so the term and the score cannot be determined (decision 15).',
  },
  termInvalid: {
    kind: 'error',
    zh: '基本信息的学期无法识别，不评分（决定 15）。',
    en: '基本信息: the term is not recognised; not scored (decision 15).',
  },
  weeksInvalid: {
    kind: 'error',
    zh: '基本信息的学期周数不是 1–30 的整数，不评分（决定 15）。',
    en: '基本信息: the weeks are not a whole number from 1 to 30; not scored (decision 15).',
  },
  notAWorkbook: {
    kind: 'workbook',
    zh: '缺少必需的工作表、列或基本信息项，不是班主任工作量化记录工作簿，不评分（决定 19）。',
    en: 'A required sheet, column or 基本信息 entry is missing: not a class-teacher workbook; not scored (decision 19).',
  },
  missingSheets: {
    kind: 'workbook',
    zh: '“不是班主任工作量化记录工作簿”的一部分：缺少的工作表。',
    en: 'Part of the message above: the missing sheets.',
  },
  missingColumns: {
    kind: 'workbook',
    zh: '同上：某个工作表缺少的列。',
    en: 'Part of the message above: the columns a sheet lacks.',
  },
  missingInfo: {
    kind: 'workbook',
    zh: '同上：基本信息缺少的项目。',
    en: 'Part of the message above: the missing 基本信息 entries.',
  },
  infoRequired: {
    kind: 'error',
    zh: '基本信息中的一项为空：学年度、学期、学期开始日期为空时不评分，专业、班级、班主任为空照常评分（决定 15）。',
    en: 'A 基本信息 entry is blank: without the year, term or start date nothing is scored; a blank major, class or teacher is only reported (decision 15).',
  },
  startUnrecognised: {
    kind: 'error',
    zh: '基本信息的学期开始日期无法识别，无法确定学期，不评分（决定 15）。',
    en: '基本信息: the term start date is not recognised, so the term and the score cannot be determined (decision 15).',
  },
  infoCell: {
    kind: 'workbook',
    zh: '“无法确定学期”（termUnusable）的一部分：哪一格有什么问题。',
    en: 'Part of termUnusable: which cell is wrong, and how.',
  },
  termUnusable: {
    kind: 'workbook',
    zh: '学年度、学期、学期开始日期或学期周数有误，无法确定学期，不评分；后面列出具体是哪一格（决定 15）。',
    en: 'The year, term, start date or weeks are wrong, so the term is unknown and nothing is scored; the cells are listed (decision 15).',
  },
};

/** Messages about files (command line, 汇总). */
const FILES: Readonly<Record<FileKey, Meaning>> = {
  'file.not-found': {
    kind: 'file',
    zh: '文件不存在或路径写错。',
    en: 'The file does not exist, or the path is wrong.',
  },
  'file.empty': { kind: 'file', zh: '文件为 0 字节。', en: 'The file is empty (0 bytes).' },
  'file.xls': {
    kind: 'file',
    zh: '旧版 .xls 格式，须另存为 .xlsx。',
    en: 'The old .xls format; save it as .xlsx.',
  },
  'file.encrypted': { kind: 'file', zh: '设置了打开密码。', en: 'The file is protected with a password.' },
  'file.csv': { kind: 'file', zh: '改了扩展名的 CSV 文本文件。', en: 'A CSV text file renamed to .xlsx.' },
  'file.corrupt': { kind: 'file', zh: '文件损坏或不完整。', en: 'The file is damaged or incomplete.' },
  'file.not-xlsx': {
    kind: 'file',
    zh: '其他格式（如 .docx、.ods）改了扩展名。',
    en: 'Another format (.docx, .ods…) renamed to .xlsx.',
  },
  'file.unsafe-xml': {
    kind: 'file',
    zh: '文件中的 XML 带有 DOCTYPE（Office 不会写出，可能是恶意构造的文件），拒绝读取。',
    en: 'The XML inside has a DOCTYPE (Office never writes one; possibly a crafted file), so it is refused.',
  },
  'file.too-large': {
    kind: 'file',
    zh: '文件本身或解压后的内容超过上限（可能是“压缩炸弹”），读到上限即停止。',
    en: 'The file, or its unzipped content, is past the bound (possibly a zip bomb); reading stops at the bound.',
  },
  'file.part-too-large': {
    kind: 'file',
    zh: '某一张工作表（或共享文字）解压后超过上限。',
    en: 'One sheet (or the shared text) is past the bound once unzipped.',
  },
  'file.too-many-rows': {
    kind: 'file',
    zh: '填有内容的行数超过上限。',
    en: 'More rows with content than the bound.',
  },
  'file.too-many-cells': {
    kind: 'file',
    zh: '单元格（含合并区域）数超过上限。',
    en: 'More cells (merged areas included) than the bound.',
  },
  'file.string-too-long': {
    kind: 'file',
    zh: '某一格的文字超过 Excel 一格的上限 32767 个字符。',
    en: 'A cell holds more text than Excel allows in a cell (32,767 characters).',
  },
  'file.writeFailed': {
    kind: 'file',
    zh: '无法写出结果文件（文件夹不存在、没有权限，或文件正在 Excel 中打开）。',
    en: 'The output cannot be written (no such folder, no permission, or open in Excel).',
  },
  'file.notScorable': {
    kind: 'file',
    zh: '文件能打开，但不是可评分的工作簿；后面是原因（上面“工作簿”类的消息）。',
    en: 'The file opens but cannot be scored; the reason (a “workbook” message above) follows.',
  },
  'file.noNextTerm': {
    kind: 'file',
    zh: 'new-term：文件能打开，但不是班主任工作簿或无法确定学期，不能生成下学期的工作簿；后面是原因（上面“工作簿”类的消息）。',
    en: 'new-term: the file opens but is not a class-teacher workbook or its term is unknown, so next term’s cannot be made; the reason (a “workbook” message above) follows.',
  },
};

/** Messages of the pane's 汇总 tab (the counsellor's summary). */
const SUMMARY: Readonly<Record<SummaryKey, Meaning>> = {
  fileUnreadable: {
    kind: 'file',
    zh: '汇总页：选择的文件读不出来（选择后被移动、删除，或被其他程序锁住）；其他文件照常评分。',
    en: 'Summary tab: a picked file cannot be read (moved, deleted or locked after it was picked); the other files are still scored.',
  },
  loadFailed: {
    kind: 'file',
    zh: '汇总页：加载项读取工作簿的程序没能加载（加载项所在的服务器暂时连不上）；一个文件也没有读。',
    en: 'Summary tab: the add-in could not load its workbook reader (its server was unreachable); no file was read.',
  },
  writeFailed: {
    kind: 'file',
    zh: '汇总页：Excel 没有打开新的汇总工作簿，冒号后是 Excel 给出的原因；评分结果仍在页面上，可以再试一次。',
    en: 'Summary tab: Excel did not open the new summary workbook; Excel’s reason follows the colon. The results stay in the pane; try again.',
  },
};

/** Messages of the pane's 新建与打印 tab (next term, blank template, printable forms); nothing is opened after any of them. */
const NEW_FILES: Readonly<Record<NewFilesKey, Meaning>> = {
  newTermFailed: {
    kind: 'workbook',
    zh: '新建与打印页：当前工作簿无法评分，不能生成下学期的工作簿；冒号后是原因（上面“工作簿”类的消息），改正后再试。',
    en: 'New & print tab: the open workbook cannot be scored, so next term’s cannot be made; the reason (a “workbook” message above) follows. Fix it and try again.',
  },
  printFailed: {
    kind: 'workbook',
    zh: '新建与打印页：当前工作簿无法评分，不能打印记录表；冒号后是原因（上面“工作簿”类的消息），改正后再试。',
    en: 'New & print tab: the open workbook cannot be scored, so its forms cannot be printed; the reason (a “workbook” message above) follows. Fix it and try again.',
  },
  readFailed: {
    kind: 'file',
    zh: '新建与打印页：Excel 没能把当前工作簿的内容交给加载项；冒号后是 Excel 给出的原因。稍后再试，或关闭任务窗格后重新打开。',
    en: 'New & print tab: Excel did not hand the open workbook’s contents to the add-in; Excel’s reason follows the colon. Try again, or close and reopen the task pane.',
  },
  chunkFailed: {
    kind: 'file',
    zh: '新建与打印页：加载项生成工作簿的程序没能加载（加载项所在的服务器暂时连不上）；联网后再试。',
    en: 'New & print tab: the add-in could not load its workbook writer (its server was unreachable); try again once connected.',
  },
  buildFailed: {
    kind: 'file',
    zh: '新建与打印页：生成工作簿时出了意外的错误，冒号后是原因；请把这条消息告诉维护加载项的老师，或改用命令行。',
    en: 'New & print tab: building the workbook failed unexpectedly; the reason follows the colon. Report it to whoever maintains the add-in, or use the command line.',
  },
  openFailed: {
    kind: 'file',
    zh: '新建与打印页：Excel 没有打开新工作簿（例如工作簿太大），冒号后是 Excel 给出的原因；当前工作簿没有改动，可以再试或改用命令行。',
    en: 'New & print tab: Excel did not open the new workbook (it may be too large); Excel’s reason follows the colon. The open workbook is unchanged; try again or use the command line.',
  },
};

const KIND_LABEL: Readonly<Record<Lang, Readonly<Record<Kind, string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', either: '错误或警告', workbook: '工作簿', file: '文件' },
  en: { error: 'error', warning: 'warning', either: 'error or warning', workbook: 'workbook', file: 'file' },
};

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  'zh-CN': ['消息键', '类别', '何时出现', '消息原文（{…} 处为实际内容）'],
  en: ['Key', 'Kind', 'When it appears', 'Message ({…} is filled in)'],
};

/** Table cells cannot hold a `|` or a line break. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Every message the guide must explain, with its text in `lang`. */
export function documentedMessages(lang: Lang): { key: string; kind: Kind; meaning: string; text: string }[] {
  /** The rows of one section: each documented key with its meaning and its text in that section. */
  const rows = <K extends string>(
    meanings: Readonly<Record<K, Meaning>>,
    texts: Readonly<Record<K, string>>,
  ) =>
    (Object.keys(meanings) as K[]).map((key) => ({
      key,
      kind: meanings[key].kind,
      meaning: lang === 'en' ? meanings[key].en : meanings[key].zh,
      text: texts[key],
    }));
  return [
    ...rows(ISSUES, issueMessages[lang]),
    ...rows(FILES, cliMessages[lang]),
    ...rows(SUMMARY, summaryTabMessages[lang]),
    ...rows(NEW_FILES, newAndPrintMessages[lang]),
  ];
}

export function messagesTable(lang: Lang): string {
  const header = HEADER[lang];
  const rows = documentedMessages(lang).map(
    (m) => `| \`${m.key}\` | ${KIND_LABEL[lang][m.kind]} | ${cell(m.meaning)} | ${cell(m.text)} |`,
  );
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows].join('\n');
}

export const BEGIN = '<!-- messages:begin (generated by scripts/messages-doc.ts; do not edit) -->';
export const END = '<!-- messages:end -->';

export const GUIDES: Readonly<Record<Lang, string>> = {
  'zh-CN': path.join(__dirname, '..', 'docs', 'guide.zh-CN.md'),
  en: path.join(__dirname, '..', 'docs', 'guide.en.md'),
};

/**
 * Markdown with its table rows reduced to their cells: prettier pads table columns to line them
 * up, which changes no content, so guides are compared in this form.
 */
export function normaliseTables(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|')) return line;
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      return `|${cells.map((c) => (/^:?-+:?$/.test(c) ? '---' : c)).join('|')}|`;
    })
    .join('\n');
}

/** The guide's text with the table between the markers replaced by the current one. */
export function withTable(guide: string, lang: Lang): string {
  const start = guide.indexOf(BEGIN);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the guide has no ${BEGIN} … ${END} block`);
  return `${guide.slice(0, start + BEGIN.length)}\n\n${messagesTable(lang)}\n\n${guide.slice(end)}`;
}

/** Rewrites both guides' tables, formatted by prettier as the rest of the repository. */
async function writeGuides(): Promise<void> {
  // Loaded only here: prettier's module set-up needs a real ESM loader, which the tests importing this file lack.
  const prettier = await import('prettier');
  for (const lang of Object.keys(GUIDES) as Lang[]) {
    const file = GUIDES[lang];
    const config = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(
      file,
      await prettier.format(withTable(readFileSync(file, 'utf8'), lang), { ...config, filepath: file }),
    );
    console.log(`updated ${path.relative(process.cwd(), file)}`);
  }
}

function run(args: readonly string[]): void {
  if (args.includes('--write')) {
    void writeGuides();
    return;
  }
  const lang: Lang = args.includes('en') || args.includes('--lang=en') ? 'en' : 'zh-CN';
  console.log(messagesTable(lang));
}

if (require.main === module) run(process.argv.slice(2));
