/**
 * Which cells the add-in marks in the sheets, as pure data. Marks are conditional formats, not
 * cell fills: the teacher's own formatting is never written, so removing a mark restores it
 * exactly, and the marks still show where the pane is closed (and in WPS or LibreOffice, as of the
 * last check). Each mark's rule carries a marker formula (always TRUE) by which the add-in knows
 * its own rules from the teacher's when it opens a workbook again.
 */
import type { Issue, Severity } from '../core';
import { columnLetter } from '../core';

export const SEVERITIES: readonly Severity[] = ['error', 'warning'];

/** The text that tells our rules from the teacher's; Excel keeps it as written inside the formula. */
const MARKER: Readonly<Record<Severity, string>> = {
  error: '班主任工作量化记录:错误',
  warning: '班主任工作量化记录:提醒',
};

/** Always TRUE, and recognisable in Excel's Manage Rules as ours. */
export const MARK_FORMULA: Readonly<Record<Severity, string>> = {
  error: `=LEN("${MARKER.error}")>0`,
  warning: `=LEN("${MARKER.warning}")>0`,
};

/** Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text". */
export const MARK_STYLE: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
};

/** Areas per conditional format: keeps each getRanges address well under Excel's length limits. */
export const AREAS_PER_FORMAT = 100;

/** Which of our marks a rule's formula is, if any (by the marker, should Excel reformat the rest). */
export function markSeverity(formula: string): Severity | null {
  return SEVERITIES.find((s) => formula.includes(`"${MARKER[s]}"`)) ?? null;
}

/** One sheet's marks: the areas (`B3`, `D5:D7`) of each severity, in a stable order. */
export type SheetMarks = Readonly<Record<Severity, readonly string[]>>;

/**
 * The marks the issues call for, per sheet. A cell with an error is not also marked as a warning;
 * runs of marked cells down a column become one area (`D5:D7`).
 */
export function marksOf(issues: readonly Issue[]): Map<string, SheetMarks> {
  const cells = new Map<string, Map<string, Severity>>();
  for (const issue of issues) {
    const col = issue.columnIndex ?? 0;
    const key = `${col},${issue.row}`;
    const sheet = cells.get(issue.sheet) ?? new Map<string, Severity>();
    cells.set(issue.sheet, sheet);
    if (sheet.get(key) !== 'error') sheet.set(key, issue.severity);
  }
  const out = new Map<string, SheetMarks>();
  for (const [sheet, marked] of cells) {
    const bySeverity = (severity: Severity) =>
      columnRuns([...marked].filter(([, s]) => s === severity).map(([key]) => key));
    out.set(sheet, { error: bySeverity('error'), warning: bySeverity('warning') });
  }
  return out;
}

/** `col,row` keys (row as Excel numbers it) → areas, by column then row, consecutive rows merged. */
function columnRuns(keys: readonly string[]): string[] {
  const cells = keys
    .map((key) => key.split(',').map(Number) as [number, number])
    .sort(([c1, r1], [c2, r2]) => c1 - c2 || r1 - r2);
  const areas: string[] = [];
  let start: [number, number] | null = null;
  let last: [number, number] | null = null;
  const flush = () => {
    if (!start || !last) return;
    const letter = columnLetter(start[0]);
    areas.push(start[1] === last[1] ? `${letter}${start[1]}` : `${letter}${start[1]}:${letter}${last[1]}`);
  };
  for (const cell of cells) {
    if (last && start && cell[0] === last[0] && cell[1] === last[1] + 1) {
      last = cell;
      continue;
    }
    flush();
    start = cell;
    last = cell;
  }
  flush();
  return areas;
}

/** Areas grouped for one conditional format each, as getRanges addresses (`B3,D5:D7`). */
export function formatGroups(areas: readonly string[]): string[] {
  const groups: string[] = [];
  for (let i = 0; i < areas.length; i += AREAS_PER_FORMAT) {
    groups.push(areas.slice(i, i + AREAS_PER_FORMAT).join(','));
  }
  return groups;
}
