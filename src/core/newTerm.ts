import type { RecordValues } from './build';
import { infoRows, tableRows } from './build';
import { formatAcademicYear, formatTerm, nextTermOf, parseAcademicYear, parseTermNumber } from './calendar';
import { cellText, parseDate, readCell, studentIdKey } from './cells';
import type { Day } from './day';
import { dayToDate } from './day';
import type { Lang } from './i18n/catalog';
import { DEFAULT_LANG, translator } from './i18n/catalog';
import { scoreSheetMessages } from './i18n/scoreSheet';
import type { CellValue, SheetRows, WorkbookInput } from './input';
import type { RuleSet } from './rules';
import { DEFAULT_RULE_SET } from './rules';
import { scoreWorkbook } from './score';
import type { SheetKey } from './template';
import { SHEETS, sheetDef } from './template';
import type { TableSheet } from './workbook';
import { locateHeader, readStructure } from './workbook';

/**
 * New workbooks: a blank one from the template, and next term's from this
 * term's. Pure: workbook rows in, workbook rows out; the .xlsx writer turns them into a file.
 */

/** The term a new workbook is for, and the class it belongs to. */
export interface NewWorkbookInfo {
  /** First calendar year of the 学年度 (2026 for 2026-2027). */
  readonly firstYear: number;
  readonly term: 1 | 2;
  /** First day of week 1; null leaves 学期开始日期 blank for the teacher to fill in. */
  readonly start: Day | null;
  /** null leaves 学期周数 blank (the rule set's default, 18). */
  readonly weeks: number | null;
  readonly major: string;
  readonly className: string;
  readonly teacher: string;
}

export interface BlankWorkbookOptions {
  readonly info: NewWorkbookInfo;
  /** Students, keyed by roster column (学号 → studentId, …). */
  readonly roster?: readonly RecordValues[];
  readonly lang?: Lang;
}

/**
 * A blank workbook in template layout: 基本信息 filled in, the roster, every record sheet with
 * its header row, 上学期联系家长 in term 2 (empty, to paste term 1's rows into), and the 评分
 * sheet with a note.
 */
export function blankWorkbook(options: BlankWorkbookOptions): WorkbookInput {
  return assemble(
    options.info,
    tableRows('roster', options.roster ?? []),
    options.info.term === 2 ? tableRows('prevContacts') : null,
    options.lang,
  );
}

export interface NextTermOptions {
  /** Next term's 学期开始日期; blank when not given. */
  readonly start?: Day | null;
  /** Next term's 学期周数; blank (the default) when not given. */
  readonly weeks?: number | null;
  readonly rules?: RuleSet;
  readonly lang?: Lang;
}

export type NextTerm =
  | {
      readonly ok: true;
      readonly workbook: WorkbookInput;
      readonly from: { readonly firstYear: number; readonly term: 1 | 2 };
      readonly to: { readonly firstYear: number; readonly term: 1 | 2 };
      /** Roster rows carried over. */
      readonly students: number;
      /** 联系家长 rows copied to 上学期联系家长 (term 1 → term 2 only). */
      readonly contacts: number;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Next term's workbook from this term's: 基本信息 advanced (term 1 → term 2 of the
 * same year, term 2 → term 1 of the next; 专业, 班级, 班主任 kept), the roster carried over
 * unchanged (rewritten in template column order, extra columns after the template's), record
 * sheets empty, and for term 1 → term 2 this term's valid 联系家长 rows (rows without errors,
 * an identical repeated row once) copied to 上学期联系家长, their dates written as real dates.
 *
 * The workbook must be scorable (the same check as `scoreWorkbook`); otherwise the result is
 * `ok: false` with the core's message. One exception: a term-2 workbook whose 学年度 and 学期 can
 * be read rolls over even when 学期开始日期 is blank or wrong (nothing of it is checked against
 * the term). Sheets that are not part of the template are left behind.
 */
export function nextTermWorkbook(input: WorkbookInput, options: NextTermOptions = {}): NextTerm {
  const rules = options.rules ?? DEFAULT_RULE_SET;
  const outcome = scoreWorkbook(input, { rules, lang: options.lang ?? DEFAULT_LANG });
  const structure = readStructure(input);
  // scoreWorkbook fails whenever the structure does; the test is for the types.
  if (!structure.ok) return { ok: false, error: outcome.ok ? '' : outcome.error };
  const entry = (key: string) =>
    cellText(structure.structure.info.entries.get(key)?.cell ?? { kind: 'blank' });

  let from: { firstYear: number; term: 1 | 2 };
  let classInfo: { major: string; className: string; teacher: string };
  if (outcome.ok) {
    from = { firstYear: outcome.info.term.firstYear, term: outcome.info.term.term };
    classInfo = outcome.info;
  } else {
    const firstYear = parseAcademicYear(entry('year'));
    if (firstYear === null || parseTermNumber(entry('term')) !== 2)
      return { ok: false, error: outcome.error };
    from = { firstYear, term: 2 };
    classInfo = { major: entry('major'), className: entry('className'), teacher: entry('teacher') };
  }
  const to = nextTermOf(from.firstYear, from.term);
  const info: NewWorkbookInfo = {
    ...to,
    start: options.start ?? null,
    weeks: options.weeks ?? null,
    major: classInfo.major,
    className: classInfo.className,
    teacher: classInfo.teacher,
  };

  const rosterTable = structure.structure.tables.get('roster');
  const roster = rosterTable
    ? copyRows(
        input,
        rosterTable,
        'roster',
        rosterTable.rows.map((r) => r.row),
      )
    : tableRows('roster');

  let prevContacts: SheetRows | null = null;
  let contacts = 0;
  if (to.term === 2 && outcome.ok) {
    const current = outcome.info.term;
    const table = structure.structure.tables.get('contacts');
    const rejected = new Set(
      outcome.issues
        .filter(
          (i) => table && i.sheet === table.name && (i.severity === 'error' || i.rule === 'duplicateRow'),
        )
        .map((i) => i.row),
    );
    const valid = table ? table.rows.map((r) => r.row).filter((row) => !rejected.has(row)) : [];
    contacts = valid.length;
    const toDate = (value: CellValue): CellValue => {
      const day = parseDate(readCell(value), { term: current, date1904: input.date1904 ?? false });
      return day.ok ? dayToDate(day.value) : value;
    };
    prevContacts = table ? copyRows(input, table, 'prevContacts', valid, toDate) : tableRows('prevContacts');
  }

  return {
    ok: true,
    workbook: assemble(info, roster, prevContacts, options.lang),
    from,
    to,
    students: roster.length - 1,
    contacts,
  };
}

export type RosterImport =
  | {
      readonly ok: true;
      readonly students: readonly RecordValues[];
      /** Rows repeating an earlier row's 学号 (Excel rows): imported all the same, scored once. */
      readonly repeatedIds: readonly { readonly id: string; readonly row: number; readonly first: number }[];
    }
  | { readonly ok: false };

/**
 * The students of a roster workbook (for a template from a roster): the sheet named 学生名单,
 * else the first sheet with 学号 and 姓名 headers in its first rows. Only the template's roster
 * columns are taken (a college export may hold personal data the records do not need).
 */
export function rosterFromWorkbook(input: WorkbookInput): RosterImport {
  const def = sheetDef('roster');
  const names = Object.keys(input.sheets);
  const ordered = [
    ...names.filter((n) => n.trim() === def.name),
    ...names.filter((n) => n.trim() !== def.name),
  ];
  for (const name of ordered) {
    const rows = input.sheets[name] ?? [];
    const header = locateHeader(def, rows);
    if (!header.columns.has('studentId') || !header.columns.has('studentName')) continue;
    const students: RecordValues[] = [];
    const firstRow = new Map<string, number>();
    const repeatedIds: { id: string; row: number; first: number }[] = [];
    for (let i = header.index + 1; i < rows.length; i++) {
      const row = rows[i] ?? [];
      const record: Record<string, CellValue> = {};
      let content = false;
      for (const [key, index] of header.columns) {
        const value = row[index] ?? null;
        record[key] = value;
        if (readCell(value).kind !== 'blank') content = true;
      }
      if (!content) continue;
      students.push(record);
      const id = studentIdKey(readCell(record['studentId'] ?? null));
      const first = firstRow.get(id);
      if (id === '') continue;
      if (first === undefined) firstRow.set(id, i + 1);
      else repeatedIds.push({ id: cellText(readCell(record['studentId'] ?? null)), row: i + 1, first });
    }
    return { ok: true, students, repeatedIds };
  }
  return { ok: false };
}

// ---------------------------------------------------------------------------------------------

function assemble(
  info: NewWorkbookInfo,
  roster: SheetRows,
  prevContacts: SheetRows | null,
  lang: Lang = DEFAULT_LANG,
): WorkbookInput {
  const t = translator(scoreSheetMessages, lang);
  const sheets: Record<string, SheetRows> = {};
  for (const def of SHEETS) {
    if (def.key === 'info') {
      sheets[def.name] = infoRows({
        year: formatAcademicYear(info.firstYear),
        term: formatTerm(info.term),
        start: info.start === null ? null : dayToDate(info.start),
        weeks: info.weeks,
        major: info.major,
        className: info.className,
        teacher: info.teacher,
      });
    } else if (def.key === 'roster') sheets[def.name] = roster;
    else if (def.key === 'prevContacts') {
      if (prevContacts) sheets[def.name] = prevContacts;
    } else if (def.layout === 'output') sheets[def.name] = [[t('sheet.scoreNote')]];
    else sheets[def.name] = tableRows(def.key);
  }
  return { sheets };
}

/**
 * The given Excel rows of a table, rewritten in `target`'s template column order with the sheet's
 * extra columns after them; `convert` rewrites the template's date columns.
 */
function copyRows(
  input: WorkbookInput,
  table: TableSheet,
  target: SheetKey,
  rowNumbers: readonly number[],
  convert?: (value: CellValue) => CellValue,
): SheetRows {
  const rows = input.sheets[table.name] ?? [];
  const { index: headerIndex } = locateHeader(table.def, rows);
  const header = rows[headerIndex] ?? [];
  const taken = new Set(table.columns.values());
  const extras: number[] = [];
  header.forEach((value, i) => {
    if (!taken.has(i) && readCell(value).kind === 'value') extras.push(i);
  });
  const columns = sheetDef(target).columns;
  const out: CellValue[][] = [[...columns.map((c) => c.header), ...extras.map((i) => header[i] ?? null)]];
  for (const rowNumber of rowNumbers) {
    const raw = rows[rowNumber - 1] ?? [];
    out.push([
      ...columns.map((c) => {
        const index = table.columns.get(c.key);
        const value = index === undefined ? null : (raw[index] ?? null);
        return convert && c.kind.type === 'date' ? convert(value) : value;
      }),
      ...extras.map((i) => raw[i] ?? null),
    ]);
  }
  return out;
}
