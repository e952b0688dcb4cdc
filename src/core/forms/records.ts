import { formatAcademicYear } from '../calendar';
import { cellDisplay, nameKey, parseDate, studentIdKey } from '../cells';
import type { Day } from '../day';
import { dayParts } from '../day';
import type { Translate } from '../i18n/catalog';
import type { ClassInfo } from '../info';
import type { Issue } from '../issues';
import { renderIssue } from '../issues';
import type { Roster, Student } from '../validate/roster';
import type { TableRow, TableSheet } from '../workbook';
import { rowCell } from '../workbook';
import type { FormLabel } from './labels';

/** What every form needs besides its rows: the class, the roster, the texts. */
export interface FormContext {
  readonly info: ClassInfo;
  readonly roster: Roster;
  readonly date1904: boolean;
  readonly all: boolean;
  readonly t: Translate<FormLabel>;
}

/** A source row chosen for printing, with its date and, when it has errors, the note to print. */
export interface FormRow {
  readonly row: TableRow;
  readonly day: Day | null;
  readonly mark: string | null;
}

/**
 * The rows of a sheet to print, by date (undated last) then row. By default the valid ones:
 * no error, and not a repeat of an earlier identical row (which counts once, so prints once).
 * With `all`, every row, the faulty ones carrying their messages.
 */
export function formRows(
  table: TableSheet | undefined,
  issues: readonly Issue[],
  ctx: FormContext,
): FormRow[] {
  if (!table) return [];
  const rows = table.rows.map((row) => {
    const own = issues.filter((i) => i.sheet === table.name && i.row === row.row);
    return { row, day: rowDay(row, ctx), mark: markOf(own, ctx) };
  });
  return rows
    .filter((r) => ctx.all || r.mark === null)
    .sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.row.row - b.row.row);
}

function markOf(issues: readonly Issue[], ctx: FormContext): string | null {
  const message = (i: Issue) => renderIssue(i, 'zh-CN').message;
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return ctx.t('mark.errors', { messages: errors.map(message).join('') });
  const repeat = issues.find((i) => i.rule === 'duplicateRow');
  return repeat ? ctx.t('mark.warning', { message: message(repeat) }) : null;
}

function rowDay(row: TableRow, ctx: FormContext): Day | null {
  const parsed = parseDate(rowCell(row, 'date'), { term: ctx.info.term, date1904: ctx.date1904 });
  return parsed.ok ? parsed.value : null;
}

/** A cell as printed: its text as entered (an error value shows its code, so `all` prints it). */
export function show(row: TableRow, key: string): string {
  return cellDisplay(rowCell(row, key));
}

/** The row's date, `2026年9月8日`; an unreadable date as entered. */
export function showDate(row: FormRow, ctx: FormContext): string {
  return dateText(row, ctx, 'date');
}

/** The row's date as a table's narrow column has it, `2026.9.8`; an unreadable date as entered. */
export function showShortDate(row: FormRow, ctx: FormContext): string {
  return dateText(row, ctx, 'shortDate');
}

function dateText(row: FormRow, ctx: FormContext, format: 'date' | 'shortDate'): string {
  if (row.day === null) return show(row.row, 'date');
  const { year, month, day } = dayParts(row.day);
  return ctx.t(format, { year, month, day });
}

/** The roster student a row names (by 学号, else by a unique 姓名), or null. */
export function studentOf(row: TableRow, roster: Roster): Student | null {
  const id = studentIdKey(rowCell(row, 'studentId'));
  if (id !== '') return roster.byId.get(id) ?? null;
  const named = roster.byName.get(nameKey(rowCell(row, 'studentName'))) ?? [];
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** 姓名 as written, else the roster's name for the 学号, else the 学号. */
export function studentName(row: TableRow, roster: Roster): string {
  return show(row, 'studentName') || studentOf(row, roster)?.name || show(row, 'studentId');
}

/**
 * `（2026-2027学年度第一学期）` on every form: the paper forms mix `2026-2027` (four of them) and
 * `2026—2027` (two); the printed forms use one style, the one 基本信息 and the rest of the product use.
 */
export function termLine(ctx: FormContext): string {
  return ctx.t('termLine', {
    year: formatAcademicYear(ctx.info.term.firstYear),
    term: ctx.info.term.term === 1 ? '一' : '二',
  });
}
