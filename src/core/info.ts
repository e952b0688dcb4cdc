import type { Term } from './calendar';
import { parseAcademicYear, parseTermNumber } from './calendar';
import { cellDisplay, cellText, parseDate, parseNumber } from './cells';
import type { Issue } from './issues';
import type { RuleSet } from './rules';
import { MAX_TERM_WEEKS, sheetDef } from './template';
import type { InfoSheet } from './workbook';

/** 基本信息 read and checked: the term, and the class it belongs to. */
export interface ClassInfo {
  readonly term: Term;
  readonly major: string;
  readonly className: string;
  readonly teacher: string;
}

export type InfoResult =
  | { readonly ok: true; readonly info: ClassInfo; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export function readInfo(sheet: InfoSheet, rules: RuleSet, date1904 = false): InfoResult {
  const def = sheetDef('info');
  const issues: Issue[] = [];
  const entry = (key: string) => sheet.entries.get(key);
  const issue = (key: string, rule: Issue['rule'], params: Issue['params'] = {}): void => {
    const column = def.columns.find((c) => c.key === key);
    issues.push({
      severity: 'error',
      rule,
      sheet: sheet.name,
      row: entry(key)?.row ?? 1,
      column: column?.header ?? key,
      columnIndex: 1,
      params,
    });
  };
  const text = (key: string): string => {
    const cell = entry(key)?.cell;
    if (!cell || cell.kind === 'blank') issue(key, 'infoRequired');
    else if (cell.kind === 'error') issue(key, 'errorValue', { value: cellDisplay(cell) });
    return cell ? cellText(cell) : '';
  };

  const yearText = text('year');
  const firstYear = yearText === '' ? null : parseAcademicYear(yearText);
  if (yearText !== '' && firstYear === null) issue('year', 'academicYearInvalid', { value: yearText });

  const termText = text('term');
  const termNumber = termText === '' ? null : parseTermNumber(termText);
  if (termText !== '' && termNumber === null) issue('term', 'termInvalid', { value: termText });

  const startCell = entry('start')?.cell;
  const startText = text('start');
  const start = startCell ? parseDate(startCell, { date1904 }) : { ok: false as const };
  if (startText !== '' && !start.ok) issue('start', 'startUnrecognised', { value: startText });

  const weeksCell = entry('weeks')?.cell;
  let weeks = rules.defaultWeeks;
  if (weeksCell && weeksCell.kind !== 'blank') {
    const parsed = parseNumber(weeksCell);
    if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= MAX_TERM_WEEKS)
      weeks = parsed.value;
    else issue('weeks', 'weeksInvalid', { value: cellDisplay(weeksCell), default: rules.defaultWeeks });
  }

  const termIssues = issues.length;
  const major = text('major');
  const className = text('className');
  const teacher = text('teacher');

  if (termIssues > 0 || firstYear === null || termNumber === null || !start.ok) {
    return { ok: false, issues: issues.slice(0, termIssues) };
  }
  return {
    ok: true,
    info: { term: { firstYear, term: termNumber, start: start.value, weeks }, major, className, teacher },
    issues,
  };
}
