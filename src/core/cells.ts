import type { Term } from './calendar';
import { inferYear } from './calendar';
import type { Day } from './day';
import { dayFromDate, dayFromParts, dayFromSerial } from './day';
import type { CellValue } from './input';
import { removeWhiteSpace, toHalfWidth, trimText } from './text';

/**
 * One cell as the validators see it. Every value form of docs/rules.md (Cell values) is recognised here and only here.
 */
export type Cell =
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'value'; readonly raw: Exclude<CellValue, null | undefined>; readonly text: string };

const ERROR_VALUE =
  /^(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#GETTING_DATA|#SPILL!|#CALC!|#FIELD!|#BLOCKED!|#CONNECT!|#BUSY!|#UNKNOWN!|Err:\d{3})$/;

export const BLANK: Cell = { kind: 'blank' };

/** Only text starting with `#` or `Err:` can be an error value: most cells are spared the pattern. */
const mayBeError = (text: string): boolean => text.charCodeAt(0) === 35 || text.startsWith('Err:');

export function readCell(value: CellValue): Cell {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'object' && !(value instanceof Date)) {
    return { kind: 'error', code: String((value as { error?: unknown }).error ?? '#VALUE!') };
  }
  if (typeof value === 'string') {
    const text = trimText(value);
    if (text === '') return BLANK;
    if (mayBeError(text) && ERROR_VALUE.test(text)) return { kind: 'error', code: text };
    return { kind: 'value', raw: value, text };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return { kind: 'error', code: '#NUM!' };
  if (value instanceof Date && Number.isNaN(value.getTime())) return { kind: 'error', code: '#VALUE!' };
  return {
    kind: 'value',
    raw: value,
    text: value instanceof Date ? dateText(value) : String(value),
  };
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `2026-09-15`: what `toISOString().slice(0, 10)` gives (the UTC fields), at a fifth of its cost
 * for the four-digit years it pads no differently (record sheets hold a date a row).
 */
function dateText(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return date.toISOString().slice(0, 10);
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** What a cell shows in a message: its text, or the error code. */
export function cellDisplay(cell: Cell): string {
  return cell.kind === 'value' ? cell.text : cell.kind === 'error' ? cell.code : '';
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const FAIL = { ok: false } as const;
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

const TIME = String.raw`(?:\s*(?:T|\s)\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?`;
const FULL_DATE = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME}$`);
const MONTH_DAY = new RegExp(String.raw`^(\d{1,2})\s*[/月]\s*(\d{1,2})\s*日?${TIME}$`);

export interface DateContext {
  readonly term?: Term;
  readonly date1904?: boolean;
}

/**
 * A date in any form of docs/rules.md, Cell values: an Excel serial, a JS Date, `2026-09-15`, `2026/9/15`, `2026.9.15`,
 * `2026年9月15日`, `9月15日` / `9/15` (month first, year from the term), each optionally with a time,
 * full-width digits too.
 */
export function parseDate(cell: Cell, context: DateContext = {}): Parsed<Day> {
  if (cell.kind !== 'value') return FAIL;
  const { raw } = cell;
  let day: Day | null = null;
  if (typeof raw === 'number') day = dayFromSerial(raw, context.date1904);
  else if (raw instanceof Date) day = dayFromDate(raw);
  else if (typeof raw === 'string') day = parseDateText(raw, context.term);
  return day === null ? FAIL : ok(day);
}

function parseDateText(value: string, term: Term | undefined): Day | null {
  const text = toHalfWidth(value).replace(/：/g, ':').trim();
  const full = FULL_DATE.exec(text);
  if (full) return dayFromParts(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = MONTH_DAY.exec(text);
  if (short && term) return inferYear(term, Number(short[1]), Number(short[2]));
  return null;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number, a numeric string, full-width digits, `30分钟` / `30 分钟` / `30min`. */
export function parseNumber(cell: Cell): Parsed<number> {
  if (cell.kind !== 'value') return FAIL;
  const { raw } = cell;
  if (typeof raw === 'number') return ok(raw);
  if (typeof raw !== 'string') return FAIL;
  const text = removeWhiteSpace(toHalfWidth(raw)).replace(/(分钟|分|mins?|minutes?)$/i, '');
  return NUMBER.test(text) ? ok(Number(text)) : FAIL;
}

/** Text of a cell, trimmed; blank and error cells give ''. */
export function cellText(cell: Cell): string {
  return cell.kind === 'value' ? cell.text : '';
}

/** 姓名 as compared: inner white space removed (`张 伟` ≡ `张伟`), half-width. */
export function nameKey(cell: Cell): string {
  return removeWhiteSpace(toHalfWidth(cellText(cell)));
}

/** 学号 as compared: half-width, no white space; a number keeps all its digits. */
export function studentIdKey(cell: Cell): string {
  if (cell.kind === 'value' && typeof cell.raw === 'number' && Number.isInteger(cell.raw)) {
    return cell.raw.toFixed(0);
  }
  return removeWhiteSpace(toHalfWidth(cellText(cell))).toUpperCase();
}

/** 宿舍 as compared: half-width, no white space, upper case (`a101` ≡ `Ａ１０１` ≡ `A101`). */
export function dormKey(value: string): string {
  return removeWhiteSpace(toHalfWidth(value)).toUpperCase();
}

/** 走访宿舍: several dorms separated by `、` `,` `，` `;` `；` `/` or white space, or `全部`. */
export function splitDorms(
  value: string,
): { readonly all: true } | { readonly all: false; readonly dorms: readonly string[] } {
  const text = toHalfWidth(value).trim();
  if (text === '全部') return { all: true };
  const dorms = text
    .split(/[、,，;；/\s\u3000]+/)
    .map(dormKey)
    .filter((d) => d !== '');
  return { all: false, dorms };
}
