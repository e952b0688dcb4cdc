import { nameKey } from '../cells';
import { rowCell } from '../workbook';
import { address, SheetGrid } from './grid';
import { lineCount, rowHeightFor } from './measure';
import type { FormContext, FormRow } from './records';
import { show, showShortDate, studentName, studentOf, termLine } from './records';
import { finishSheet, formTitle } from './sheet';
import { FORM_STYLES, PAGE_BUDGET } from './styles';
import type { PrintedRecord, PrintPage, PrintSheet } from './types';
import type { FormLabel } from './labels';

/**
 * The tabular forms (谈心记录表, 走访宿舍记录表, 联系学生家长记录表): numbered lines, up to 30
 * (or 25) a page as on paper, each page a complete form with its own heading. A page takes
 * fewer lines when long texts make them taller, so that no page runs past A4.
 */

/** One printed record on a line: the columns (1-based) that show each of its fields. */
export interface LineRecord {
  readonly sourceRow: number;
  readonly fields: Readonly<Record<string, number>>;
  readonly mark: string | null;
}

export interface TableLine {
  /** The line's cells after the 序号 column. */
  readonly cells: readonly string[];
  readonly records: readonly LineRecord[];
  /** What to print in the 核对结果 column (with `all`); null when the line is clean. */
  readonly mark: string | null;
}

interface TableSpec {
  readonly form: 'talks' | 'visits' | 'contacts';
  readonly headers: readonly FormLabel[];
  readonly widths: readonly number[];
  readonly linesPerPage: number;
  /** The smallest line height; the paper's lines are roomy enough to write in by hand. */
  readonly lineHeight: number;
}

const MARK_WIDTH = 10;
const HEADING_HEIGHTS = { number: 22, title: 36, subtitle: 24, header: 26 } as const;

function columns(spec: TableSpec, ctx: FormContext): { headers: string[]; widths: number[] } {
  const headers = spec.headers.map((key) => ctx.t(key));
  return ctx.all
    ? { headers: [...headers, ctx.t('mark.column')], widths: [...spec.widths, MARK_WIDTH] }
    : { headers, widths: [...spec.widths] };
}

/** 编号 (the page's number within the form), title, term line and column headers; returns the next row. */
function heading(
  grid: SheetGrid,
  top: number,
  spec: TableSpec,
  headers: readonly string[],
  page: number,
  ctx: FormContext,
): number {
  const cols = headers.length;
  const lines: readonly [string, 'number' | 'title' | 'subtitle'][] = [
    [ctx.t('number', { value: page }), 'number'],
    [formTitle(spec.form), 'title'],
    [termLine(ctx), 'subtitle'],
  ];
  lines.forEach(([text, style], i) => {
    grid.put(top + i, 1, text, style, { cols });
    grid.atLeast(top + i, HEADING_HEIGHTS[style]);
  });
  const headerRow = top + lines.length;
  headers.forEach((header, i) => grid.put(headerRow, i + 1, header, 'header'));
  grid.atLeast(headerRow, HEADING_HEIGHTS.header);
  return headerRow + 1;
}

const HEADING_TOTAL =
  HEADING_HEIGHTS.number + HEADING_HEIGHTS.title + HEADING_HEIGHTS.subtitle + HEADING_HEIGHTS.header;

/**
 * A line's cells; with `all`, the 核对结果 column holds only `⚠ 见注 n` so that an error never
 * makes a line tall: the paper keeps its 30/25 numbered lines a page, and the notes follow the
 * table on pages of their own.
 */
function lineCells(
  line: TableLine | null,
  note: number | undefined,
  ctx: FormContext,
  width: number,
): string[] {
  const cells = line ? [...line.cells] : Array<string>(width).fill('');
  return ctx.all ? [...cells, note === undefined ? '' : ctx.t('mark.ref', { n: note })] : cells;
}

/** The notes' numbers, in print order: the marked lines are numbered 1, 2, … */
function noteNumbers(lines: readonly TableLine[]): Map<TableLine, number> {
  const numbers = new Map<TableLine, number>();
  for (const line of lines) if (line.mark !== null) numbers.set(line, numbers.size + 1);
  return numbers;
}

/** After the table, on new pages: each note's number and full text, as many to a page as fit. */
function notePages(
  grid: SheetGrid,
  notes: ReadonlyMap<TableLine, number>,
  cols: number,
  pages: PrintPage[],
  breaks: number[],
  ctx: FormContext,
): void {
  if (notes.size === 0) return;
  breaks.push(grid.lastRow);
  let top = grid.lastRow + 1;
  grid.put(top, 1, ctx.t('mark.notesTitle'), 'subtitle', { cols });
  grid.atLeast(top, HEADING_HEIGHTS.subtitle);
  let height = grid.heightOf(top);
  let row = top + 1;
  for (const [line, n] of notes) {
    const text = line.mark ?? '';
    const h = rowHeightFor(
      lineCount(text, grid.widthOf(2, cols - 1), FORM_STYLES.cell.fontSize),
      FORM_STYLES.cell.fontSize,
    );
    if (height + h > PAGE_BUDGET) {
      pages.push({ firstRow: top, lastRow: row - 1, records: [] });
      breaks.push(row - 1);
      top = row;
      height = 0;
    }
    grid.put(row, 1, String(n), 'index', { flagged: true });
    grid.put(row, 2, text, 'cell', { cols: cols - 1, flagged: true });
    height += grid.heightOf(row);
    row++;
  }
  pages.push({ firstRow: top, lastRow: row - 1, records: [] });
}

/** How tall a line will be, before placing it. */
function measure(grid: SheetGrid, cells: readonly string[], spec: TableSpec): number {
  const { fontSize } = FORM_STYLES.cell;
  return cells.reduce(
    (tallest, text, i) =>
      Math.max(tallest, rowHeightFor(lineCount(text, grid.widthOf(i + 2), fontSize), fontSize)),
    spec.lineHeight,
  );
}

function placeLine(
  grid: SheetGrid,
  row: number,
  index: number,
  cells: readonly string[],
  height: number,
  flagged: boolean,
): void {
  grid.put(row, 1, String(index), 'index', { flagged });
  cells.forEach((text, i) => grid.put(row, i + 2, text, 'cell', { flagged }));
  grid.atLeast(row, height);
}

function printed(line: TableLine, row: number): PrintedRecord[] {
  return line.records.map((r) => ({
    sourceRow: r.sourceRow,
    mark: r.mark,
    fields: Object.fromEntries(Object.entries(r.fields).map(([key, col]) => [key, address(row, col)])),
  }));
}

/** Lays the lines out page by page; the last page is filled up with blank numbered lines, as on paper. */
function tableSheet(spec: TableSpec, lines: readonly TableLine[], ctx: FormContext): PrintSheet {
  const { headers, widths } = columns(spec, ctx);
  const grid = new SheetGrid(widths);
  const pages: PrintPage[] = [];
  const breaks: number[] = [];
  const notes = ctx.all ? noteNumbers(lines) : new Map<TableLine, number>();
  let next = 0;
  let index = 0;
  do {
    const top = grid.lastRow + 1;
    let row = heading(grid, top, spec, headers, pages.length + 1, ctx);
    let height = HEADING_TOTAL;
    const records: PrintedRecord[] = [];
    for (let count = 0; count < spec.linesPerPage; count++) {
      const line = lines[next] ?? null;
      const cells = lineCells(line, line ? notes.get(line) : undefined, ctx, spec.headers.length - 1);
      const h = measure(grid, cells, spec);
      if (height + h > PAGE_BUDGET && count > 0) break;
      placeLine(grid, row, ++index, cells, h, line?.mark != null);
      if (line) {
        records.push(...printed(line, row));
        next++;
      }
      height += h;
      row++;
    }
    pages.push({ firstRow: top, lastRow: row - 1, records });
    if (next < lines.length) breaks.push(row - 1);
  } while (next < lines.length);
  notePages(grid, notes, headers.length, pages, breaks, ctx);
  return finishSheet(spec.form, grid, pages, breaks, ctx);
}

// ---- 谈心记录表: one line per student, first and second talk side by side ----

const TALKS: TableSpec = {
  form: 'talks',
  headers: [
    'talks.serial',
    'talks.name',
    'talks.time',
    'talks.place',
    'talks.content',
    'talks.time',
    'talks.place',
    'talks.content',
  ],
  widths: [4, 8, 11, 7, 25, 11, 7, 25],
  linesPerPage: 30,
  lineHeight: 19,
};

/** Which student a talk row is about, to put a student's talks on one line. */
function studentKey(row: FormRow, ctx: FormContext): string {
  const student = studentOf(row.row, ctx.roster);
  if (student) return `id:${student.id}`;
  const name = nameKey(rowCell(row.row, 'studentName'));
  return name !== '' ? `name:${name}` : `row:${row.row.row}`;
}

/** Students in roster order; those not on the roster (printed with `all`) after them, by first talk. */
function byStudent(rows: readonly FormRow[], ctx: FormContext): FormRow[][] {
  const groups = new Map<string, FormRow[]>();
  for (const row of rows) {
    const key = studentKey(row, ctx);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const order = new Map(ctx.roster.students.map((s, i) => [`id:${s.id}`, i]));
  return [...groups.entries()]
    .map(([key, talks], i) => ({ rank: order.get(key) ?? order.size + i, talks }))
    .sort((a, b) => a.rank - b.rank)
    .map((g) => g.talks);
}

function talkContent(row: FormRow, ctx: FormContext): string {
  const minutes = show(row.row, 'minutes');
  const content = show(row.row, 'content');
  if (show(row.row, 'form') === '集体')
    return content + ctx.t('talks.group', { serial: show(row.row, 'serial'), minutes });
  return minutes === '' ? content : content + ctx.t('talks.minutes', { minutes });
}

function talkRecord(row: FormRow, col: number): LineRecord {
  const fields: Record<string, number> = {
    studentName: 2,
    date: col,
    place: col + 1,
    content: col + 2,
    minutes: col + 2,
    form: col + 2,
  };
  if (show(row.row, 'form') === '集体') fields['serial'] = col + 2;
  return { sourceRow: row.row.row, fields, mark: row.mark };
}

/** A student's talks two to a line: first and second talk, then third and fourth on the next line. */
export function talkLines(rows: readonly FormRow[], ctx: FormContext): TableLine[] {
  return byStudent(rows, ctx).flatMap((talks) => {
    const lines: TableLine[] = [];
    for (let i = 0; i < talks.length; i += 2) {
      const pair = talks.slice(i, i + 2);
      const cells = [studentName((pair[0] as FormRow).row, ctx.roster)];
      for (const talk of pair)
        cells.push(showShortDate(talk, ctx), show(talk.row, 'place'), talkContent(talk, ctx));
      while (cells.length < TALKS.headers.length - 1) cells.push('');
      const marks = pair.flatMap((talk, j) =>
        talk.mark ? [ctx.t('talks.which', { n: i + j + 1, text: talk.mark })] : [],
      );
      lines.push({
        cells,
        records: pair.map((talk, j) => talkRecord(talk, 3 + 3 * j)),
        mark: marks.length > 0 ? marks.join('\n') : null,
      });
    }
    return lines;
  });
}

// ---- 走访宿舍记录表 ----

const VISITS: TableSpec = {
  form: 'visits',
  headers: ['visits.serial', 'visits.time', 'visits.dorms', 'visits.reason', 'visits.handling'],
  widths: [6, 12, 18, 34, 26],
  linesPerPage: 25,
  lineHeight: 23,
};

export function visitLines(rows: readonly FormRow[], ctx: FormContext): TableLine[] {
  return rows.map((row) => {
    const reason = show(row.row, 'reason');
    const problem = show(row.row, 'problem');
    return {
      cells: [
        showShortDate(row, ctx),
        show(row.row, 'dorms'),
        problem === '' ? reason : ctx.t('visits.reasonProblem', { reason, problem }),
        show(row.row, 'handling'),
      ],
      records: [
        {
          sourceRow: row.row.row,
          fields: { date: 2, dorms: 3, reason: 4, problem: 4, handling: 5 },
          mark: row.mark,
        },
      ],
      mark: row.mark,
    };
  });
}

// ---- 联系学生家长记录表 ----

const CONTACTS: TableSpec = {
  form: 'contacts',
  headers: [
    'contacts.serial',
    'contacts.name',
    'contacts.time',
    'contacts.parent',
    'contacts.contact',
    'contacts.reason',
    'contacts.result',
  ],
  widths: [5, 9, 11, 12, 15, 11, 33],
  linesPerPage: 30,
  lineHeight: 19,
};

export function contactLines(rows: readonly FormRow[], ctx: FormContext): TableLine[] {
  return rows.map((row) => ({
    cells: [
      studentName(row.row, ctx.roster),
      showShortDate(row, ctx),
      show(row.row, 'parentName'),
      show(row.row, 'contact'),
      show(row.row, 'reason'),
      show(row.row, 'result'),
    ],
    records: [
      {
        sourceRow: row.row.row,
        fields: { studentName: 2, date: 3, parentName: 4, contact: 5, reason: 6, result: 7 },
        mark: row.mark,
      },
    ],
    mark: row.mark,
  }));
}

const SPECS: Readonly<Record<'talks' | 'visits' | 'contacts', TableSpec>> = {
  talks: TALKS,
  visits: VISITS,
  contacts: CONTACTS,
};

const LINES: Readonly<
  Record<'talks' | 'visits' | 'contacts', (rows: readonly FormRow[], ctx: FormContext) => TableLine[]>
> = {
  talks: talkLines,
  visits: visitLines,
  contacts: contactLines,
};

export function tableFormSheet(
  form: 'talks' | 'visits' | 'contacts',
  rows: readonly FormRow[],
  ctx: FormContext,
): PrintSheet {
  return tableSheet(SPECS[form], LINES[form](rows, ctx), ctx);
}
