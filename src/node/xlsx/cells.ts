/**
 * A stored cell → the core's CellValue, and the number formats that make a number a date.
 * (The conversions are the ones README's reader contract lists; see src/node/readXlsx.ts.)
 */
import type { CellValue } from '../../core/input';
import type { PlainCell } from './xml';

/** What a `<c>` element holds once parsed: its `t`, its `<v>`/`<t>` text, whether it has a formula. */
export interface StoredCell {
  type: string | undefined;
  text: string | undefined;
  formula: boolean;
  date: boolean;
}

export function cellValue(cell: StoredCell, sharedStrings: readonly string[], date1904: boolean): CellValue {
  const text = cell.text;
  if (text === undefined) return null;
  switch (cell.type) {
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    case 's':
      if (cell.formula) return number(text, cell.date, date1904);
      return sharedString(sharedStrings, text);
    case 'd':
      return isoDate(text);
    default:
      return number(text, cell.date, date1904);
  }
}

/**
 * The value of a plain cell (./xml.ts, PlainCell) whose style does or does not show a date: a
 * number or a shared string's index written in digits, as most cells are, read where it stands;
 * any other cell copied out and read by {@link cellValue}.
 */
export function plainCellValue(
  cell: PlainCell,
  date: boolean,
  sharedStrings: readonly string[],
  date1904: boolean,
): CellValue {
  const { xml, typeStart, valueStart, valueEnd } = cell;
  if (valueEnd === valueStart) return null;
  const type = typeStart < 0 ? NUMBER : cell.typeEnd - typeStart === 1 ? xml.charCodeAt(typeStart) : 0;
  if (type === NUMBER || type === SHARED) {
    const digits = digitsAt(xml, valueStart, valueEnd);
    if (digits !== undefined) {
      if (type === NUMBER) return dateOrNumber(digits, date, date1904);
      const shared = sharedStrings[digits];
      if (shared !== undefined) return shared;
    }
  }
  const stored: StoredCell = {
    type: typeStart < 0 ? undefined : xml.slice(typeStart, cell.typeEnd),
    text: xml.slice(valueStart, valueEnd),
    formula: false,
    date,
  };
  return cellValue(stored, sharedStrings, date1904);
}

/** `t="n"`, the type of a cell without one. */
const NUMBER = 110;
/** `t="s"`. */
const SHARED = 115;

export class MissingSharedString extends Error {}

function sharedString(sharedStrings: readonly string[], text: string): string {
  const value = sharedStrings[digitsAt(text, 0, text.length) ?? parseInt(text, 10)];
  if (value === undefined) throw new MissingSharedString(`shared string ${text} does not exist`);
  return value;
}

function number(text: string, date: boolean, date1904: boolean): CellValue {
  const value = digitsAt(text, 0, text.length) ?? parseFloat(text);
  if (!Number.isFinite(value)) return { error: '#VALUE!' };
  return dateOrNumber(value, date, date1904);
}

function dateOrNumber(value: number, date: boolean, date1904: boolean): CellValue {
  if (!date) return value;
  const shown = serialToDate(value, date1904);
  return shown ?? value;
}

/**
 * `text` from `start` to `end` as a number when it is nothing but a few decimal digits (most
 * stored values: indexes, counts, day serials, styles), read by hand; otherwise undefined, for
 * parseInt or parseFloat to read, which cost more than the reading itself on such short texts.
 */
export function digitsAt(text: string, start: number, end: number): number | undefined {
  if (end <= start || end - start > 15) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** Excel serial → the Date whose UTC fields are the day and time Excel shows; null past JS's range. */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `t="d"` (ISO 8601, written by Strict-mode producers): the day and time as written, read as UTC. */
function isoDate(text: string): CellValue {
  const trimmed = text.trim();
  const local = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?$/.test(trimmed);
  const date = new Date(local ? (trimmed.length === 10 ? `${trimmed}T00:00:00Z` : `${trimmed}Z`) : trimmed);
  return Number.isNaN(date.getTime()) ? { error: '#VALUE!' } : date;
}

/**
 * A format code shows a date or a time when, outside quoted text and `[…]` sections, it has a
 * y, m, d, h, s or b (Buddhist year) placeholder.
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * Built-in number formats (ids without a `<numFmt>` in styles.xml) that show dates or times:
 * 14–22 and 45–47 everywhere, and 27–36 and 50–58, which the zh-CN (and other East Asian)
 * editions of Excel and WPS write for their 年/月/日 and 时/分 formats.
 */
export function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}
