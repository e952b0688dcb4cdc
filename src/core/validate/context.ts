import type { Term } from '../calendar';
import { inTerm, termEnd } from '../calendar';
import type { Cell } from '../cells';
import { cellDisplay, cellText, parseDate, parseNumber } from '../cells';
import type { Day } from '../day';
import { formatDay } from '../day';
import type { IssueMessageKey } from '../i18n/issues';
import type { Issue, Severity } from '../issues';
import type { RuleSet } from '../rules';
import type { ColumnDef } from '../template';
import { LISTS } from '../template';
import { removeWhiteSpace, toHalfWidth } from '../text';
import type { TableRow, TableSheet } from '../workbook';
import { rowCell } from '../workbook';

export interface CheckContext {
  readonly rules: RuleSet;
  readonly term: Term;
  readonly date1904: boolean;
}

/** The values of one row after its cells were checked: dates as days, numbers, chosen list items. */
export type RowValues = ReadonlyMap<string, Day | number | string>;

/**
 * One row under check: the validators read its cells through it and report its errors and
 * warnings to it. A row with any error does not count, which `hasError` tells the sheet's
 * validator.
 */
export class RowCheck {
  private errors = 0;

  constructor(
    private readonly table: TableSheet,
    readonly row: TableRow,
    private readonly out: Issue[],
  ) {}

  get hasError(): boolean {
    return this.errors > 0;
  }

  add(severity: Severity, columnKey: string, rule: IssueMessageKey, params: Issue['params'] = {}): void {
    if (severity === 'error') this.errors++;
    const column = this.table.def.columns.find((c) => c.key === columnKey);
    this.out.push({
      severity,
      rule,
      sheet: this.table.name,
      row: this.row.row,
      column: column?.header ?? columnKey,
      columnIndex: this.table.columns.get(columnKey) ?? null,
      params,
    });
  }

  error(columnKey: string, rule: IssueMessageKey, params: Issue['params'] = {}): void {
    this.add('error', columnKey, rule, params);
  }

  warning(columnKey: string, rule: IssueMessageKey, params: Issue['params'] = {}): void {
    this.add('warning', columnKey, rule, params);
  }

  /** The sheet's template columns, in the order of the row's cells. */
  get columns(): readonly ColumnDef[] {
    return this.table.def.columns;
  }

  cell(columnKey: string): Cell {
    return rowCell(this.row, columnKey);
  }

  text(columnKey: string): string {
    return cellText(this.cell(columnKey));
  }
}

/** A list value as compared: half-width, no white space. */
export function listKey(value: string): string {
  return removeWhiteSpace(toHalfWidth(value));
}

export interface ColumnCheckOptions {
  /** False for 上学期联系家长, whose dates belong to the previous term. */
  readonly checkTerm: boolean;
}

/**
 * The checks every column gets from its kind in the template: required, error values, dates in
 * the term, whole numbers, durations, dropdown lists. Student and dorm columns are resolved by
 * their sheets, which know the roster.
 */
export function checkColumns(check: RowCheck, context: CheckContext, options: ColumnCheckOptions): RowValues {
  const values = new Map<string, Day | number | string>();
  const { columns } = check;
  const { cells } = check.row;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ColumnDef;
    const cell = cells[i] as Cell;
    const severity: Severity = column.required ? 'error' : 'warning';
    if (cell.kind === 'error') {
      const matters = column.required || !['text', 'serial'].includes(column.kind.type);
      check.add(matters ? 'error' : 'warning', column.key, 'errorValue', { value: cell.code });
      continue;
    }
    if (cell.kind === 'blank') {
      if (column.required) check.error(column.key, 'required');
      else if (column.kind.type === 'list' && column.kind.blankMeans)
        values.set(column.key, column.kind.blankMeans);
      continue;
    }
    const kind = column.kind;
    switch (kind.type) {
      case 'date': {
        const day = parseDate(cell, context);
        if (!day.ok) check.error(column.key, 'dateUnrecognised', { value: cellDisplay(cell) });
        else if (options.checkTerm && !inTerm(context.term, day.value)) {
          check.error(column.key, 'dateOutsideTerm', {
            value: formatDay(day.value),
            start: formatDay(context.term.start),
            end: formatDay(termEnd(context.term)),
          });
        } else values.set(column.key, day.value);
        break;
      }
      case 'wholeNumber': {
        const n = parseNumber(cell);
        if (n.ok && Number.isInteger(n.value) && n.value >= 0) values.set(column.key, n.value);
        else check.add(severity, column.key, 'notWholeNumber', { value: cellDisplay(cell) });
        break;
      }
      case 'minutes': {
        const n = parseNumber(cell);
        if (!n.ok) check.error(column.key, 'notANumber', { value: cellDisplay(cell) });
        else if (n.value < context.rules.minimums.talkMinutes) {
          check.error(column.key, 'talkTooShort', {
            value: n.value,
            min: context.rules.minimums.talkMinutes,
          });
        } else values.set(column.key, n.value);
        break;
      }
      case 'list': {
        const value = listKey(cellText(cell));
        const options: readonly string[] = LISTS[kind.list];
        if (options.includes(value)) values.set(column.key, value);
        else if (kind.list === 'activityType' && (LISTS.notActivity as readonly string[]).includes(value)) {
          check.error(column.key, 'notAnActivity', { value });
        } else
          check.add(kind.severity, column.key, 'notInList', {
            value: cellText(cell),
            options: options.join('、'),
          });
        break;
      }
      default:
        break;
    }
  }
  return values;
}

/**
 * Adds the 'identical to an earlier row' warning to every repeated row of a sheet: identical is
 * every column showing the same text. Most rows differ in a way a few characters of each cell
 * show, so rows are told apart by a hash of those, and only rows whose hashes meet are compared
 * by their whole content — building and hashing every row's whole text cost a tenth of scoring.
 */
export function warnDuplicateRows(table: TableSheet, out: Issue[]): void {
  // The first row of each hash; null once its content is in `byContent`.
  const byHash = new Map<number, TableRow | null>();
  const byContent = new Map<string, number>();
  for (const row of table.rows) {
    const hash = sampleHash(row);
    const met = byHash.get(hash);
    if (met === undefined) {
      byHash.set(hash, row);
      continue;
    }
    if (met !== null) {
      byContent.set(rowContent(met), met.row);
      byHash.set(hash, null);
    }
    const content = rowContent(row);
    const earlier = byContent.get(content);
    if (earlier === undefined) byContent.set(content, row.row);
    else
      new RowCheck(table, row, out).warning(table.def.columns[0]?.key ?? '', 'duplicateRow', {
        first: earlier,
      });
  }
}

/** Characters of a cell's text sampled for {@link sampleHash}: all of a shorter text. */
const SAMPLES = 8;

/** A hash of each cell's length and of up to {@link SAMPLES} characters spread over its text. */
function sampleHash(row: TableRow): number {
  let hash = 0x811c9dc5;
  const mix = (code: number) => (hash = Math.imul(hash ^ code, 0x01000193));
  for (const cell of row.cells) {
    const text = cellDisplay(cell);
    mix(text.length);
    const step = text.length <= SAMPLES ? 1 : text.length / SAMPLES;
    for (let at = 0; at < text.length; at += step) mix(text.charCodeAt(Math.floor(at)));
  }
  return hash;
}

/** The row's whole content: each cell's text, separated. */
function rowContent(row: TableRow): string {
  return row.cells.map(cellDisplay).join('\u0001');
}

/**
 * The loop every record sheet shares: check each row's columns, let the sheet add its own checks
 * and build the record, and keep the records of rows without errors.
 */
export function validRows<T>(
  table: TableSheet,
  context: CheckContext,
  out: Issue[],
  build: (check: RowCheck, values: RowValues) => T | null,
  options: ColumnCheckOptions = { checkTerm: true },
): T[] {
  const valid: T[] = [];
  for (const row of table.rows) {
    const check = new RowCheck(table, row, out);
    const record = build(check, checkColumns(check, context, options));
    warnRecommendedBlanks(check, table);
    if (!check.hasError && record !== null) valid.push(record);
  }
  return valid;
}

/** A blank in an optional column the paper form has (the template's `recommended`) is a warning. */
function warnRecommendedBlanks(check: RowCheck, table: TableSheet): void {
  for (const column of table.def.columns) {
    if (column.recommended && check.cell(column.key).kind === 'blank')
      check.warning(column.key, column.recommended, { form: table.def.form ?? '' });
  }
}

/** A row's date, when its 日期 cell held a date in range. */
export function rowDay(values: RowValues): Day | null {
  const date = values.get('date');
  return typeof date === 'number' ? (date as Day) : null;
}
