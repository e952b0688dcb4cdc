/**
 * The 评分 tab's list of errors and warnings, grouped so that hundreds of near-identical rows read
 * as one line each: by sheet, then by kind of problem (the rule, and the column it is about). Pure,
 * so the list component stays a view.
 */
import type { Issue, Severity } from '../core';

export interface IssueGroup {
  /** Stable across re-reads while the same problem remains, so an opened group stays open. */
  readonly key: string;
  readonly severity: Severity;
  readonly rule: Issue['rule'];
  readonly column: string;
  readonly issues: readonly Issue[];
}

export interface SheetGroups {
  readonly sheet: string;
  readonly count: number;
  readonly groups: readonly IssueGroup[];
}

export type SeverityFilter = 'all' | Severity;

export interface IssueFilter {
  readonly severity: SeverityFilter;
  /** One sheet's issues only; null for every sheet. */
  readonly sheet: string | null;
}

export const NO_FILTER: IssueFilter = { severity: 'all', sheet: null };

export function filterIssues(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  return issues.filter(
    (i) =>
      (filter.severity === 'all' || i.severity === filter.severity) &&
      (filter.sheet === null || i.sheet === filter.sheet),
  );
}

/** The sheets that have issues, in the order the core reported them. */
export function sheetsOf(issues: readonly Issue[]): string[] {
  return [...new Set(issues.map((i) => i.sheet))];
}

/**
 * Sheets in the order the core checked them; within a sheet, errors first (they change the
 * score), then warnings, each kind in the order it first appears, its rows in row order.
 */
export function groupIssues(issues: readonly Issue[]): SheetGroups[] {
  const sheets = new Map<string, Map<string, Issue[]>>();
  for (const issue of issues) {
    const groups = sheets.get(issue.sheet) ?? new Map<string, Issue[]>();
    sheets.set(issue.sheet, groups);
    const key = `${issue.severity}\u0000${issue.rule}\u0000${issue.column}`;
    const rows = groups.get(key);
    if (rows) rows.push(issue);
    else groups.set(key, [issue]);
  }
  return [...sheets].map(([sheet, groups]) => {
    const all = [...groups].map(([key, rows]): IssueGroup => {
      const [first] = rows as [Issue, ...Issue[]];
      return {
        key: `${sheet}\u0000${key}`,
        severity: first.severity,
        rule: first.rule,
        column: first.column,
        issues: [...rows].sort((a, b) => a.row - b.row),
      };
    });
    return {
      sheet,
      count: all.reduce((sum, g) => sum + g.issues.length, 0),
      groups: [...all.filter((g) => g.severity === 'error'), ...all.filter((g) => g.severity === 'warning')],
    };
  });
}
