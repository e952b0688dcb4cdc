/**
 * The setup form's data: defaults, checks and the 基本信息 values it writes. Pure, so the form
 * component stays a view.
 */
import type { Assessment, Day, PaneMessageKey, RecordValues, WorkbookInput } from '../core';
import {
  LISTS,
  MAX_TERM_WEEKS,
  cellDisplay,
  dayFromParts,
  dayParts,
  dayToSerial,
  formatAcademicYear,
  formatDay,
  parseAcademicYear,
  parseDate,
  readInfoSheet,
} from '../core';

export interface SetupForm {
  readonly year: string;
  readonly term: '1' | '2';
  /** `YYYY-MM-DD` as an <input type="date"> gives it, or blank. */
  readonly start: string;
  readonly weeks: string;
  readonly major: string;
  readonly className: string;
  readonly teacher: string;
}

export type SetupFormField = keyof SetupForm;

/**
 * The term a day falls in, for defaults: August–December → the first term of the year beginning
 * that autumn, January → still that first term, February–July → its second term.
 */
export function termOfDay(today: Day): { readonly firstYear: number; readonly term: 1 | 2 } {
  const { year, month } = dayParts(today);
  const autumn = month >= 8;
  return { firstYear: autumn ? year : year - 1, term: autumn || month === 1 ? 1 : 2 };
}

/**
 * Defaults: the workbook's own 基本信息 when it can be read, otherwise the term today falls in
 * (autumn → first term of this year, spring → second term of the year that began last autumn).
 */
export function initialForm(outcome: Assessment | null, today: Day): SetupForm {
  if (outcome) {
    const { term, major, className, teacher } = outcome.info;
    return {
      year: formatAcademicYear(term.firstYear),
      term: term.term === 1 ? '1' : '2',
      start: formatDay(term.start),
      weeks: String(term.weeks),
      major,
      className,
      teacher,
    };
  }
  const { firstYear, term } = termOfDay(today);
  return {
    year: formatAcademicYear(firstYear),
    term: term === 1 ? '1' : '2',
    start: '',
    weeks: '',
    major: '',
    className: '',
    teacher: '',
  };
}

/** A filled 基本信息 cell as the teacher sees it: its value, and where it is. */
export interface InfoCell {
  readonly value: string;
  readonly address: string;
}

/** The filled 基本信息 cells of the form's fields; blank ones are absent (the form may fill them). */
export interface InfoCells {
  readonly sheet: string;
  readonly cells: Partial<Record<SetupFormField, InfoCell>>;
}

const FIELDS: readonly SetupFormField[] = ['year', 'term', 'start', 'weeks', 'major', 'className', 'teacher'];

/**
 * What the 基本信息 cells hold, as text — a date as 2026-09-07, anything unreadable as typed — so a
 * repair form shows the workbook's values, not guesses, even when they stop the scoring.
 */
export function infoCells(input: WorkbookInput): InfoCells | null {
  const info = readInfoSheet(input);
  if (!info) return null;
  const cells: Partial<Record<SetupFormField, InfoCell>> = {};
  for (const field of FIELDS) {
    const entry = info.entries.get(field);
    if (!entry || entry.cell.kind === 'blank') continue;
    const date = field === 'start' ? parseDate(entry.cell, { date1904: input.date1904 ?? false }) : null;
    cells[field] = {
      value: date?.ok ? formatDay(date.value) : cellDisplay(entry.cell),
      address: `B${entry.row}`,
    };
  }
  return { sheet: info.name, cells };
}

/**
 * Field → message key of what is wrong. The start date is required (the term cannot be scored
 * without it) unless the workbook already holds one; other blank fields stay blank in the workbook.
 */
export function formErrors(
  form: SetupForm,
  filled: InfoCells['cells'] = {},
): Partial<Record<SetupFormField, PaneMessageKey>> {
  const errors: Partial<Record<SetupFormField, PaneMessageKey>> = {};
  if (form.year.trim() !== '' && parseAcademicYear(form.year) === null) errors.year = 'formYearInvalid';
  if (form.start.trim() === '' && !filled.start) errors.start = 'formStartRequired';
  const weeks = form.weeks.trim();
  if (weeks !== '' && !(/^\d+$/.test(weeks) && Number(weeks) >= 1 && Number(weeks) <= MAX_TERM_WEEKS))
    errors.weeks = 'formWeeksInvalid';
  return errors;
}

/** The start date as an Excel serial, so Excel stores a real date whatever the locale parses. */
function startSerial(start: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start.trim());
  const day = m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return day === null ? null : dayToSerial(day);
}

/** 基本信息 values keyed as the template names them; blank fields are left out. */
export function formToInfo(form: SetupForm): RecordValues {
  const info: Record<string, string | number> = {};
  const text = (key: string, value: string) => {
    if (value.trim() !== '') info[key] = value.trim();
  };
  text('year', form.year);
  info.term = LISTS.term[form.term === '1' ? 0 : 1];
  const start = startSerial(form.start);
  if (start !== null) info.start = start;
  if (form.weeks.trim() !== '') info.weeks = Number(form.weeks);
  text('major', form.major);
  text('className', form.className);
  text('teacher', form.teacher);
  return info;
}
