import type { Lang, Params } from './i18n/catalog';
import { translator } from './i18n/catalog';
import type { IssueMessageKey } from './i18n/issues';
import { issueMessages } from './i18n/issues';

export type Severity = 'error' | 'warning';

/**
 * One error or warning, the same shape for every rule: where (sheet, Excel row, column header and
 * index), what rule, and the parameters its message needs. Messages are rendered per language.
 */
export interface Issue {
  readonly severity: Severity;
  readonly rule: IssueMessageKey;
  readonly sheet: string;
  /** The row number as Excel shows it. */
  readonly row: number;
  /** The column's header as the template names it. */
  readonly column: string;
  /** 0-based column index in the sheet, when the column exists there (to select the cell). */
  readonly columnIndex: number | null;
  readonly params: Params;
}

/** An issue as the JSON score prints it (docs/rules.md, The machine-readable score). */
export interface IssueOut {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export function renderIssue(issue: Issue, lang: Lang): IssueOut {
  const t = translator(issueMessages, lang);
  return {
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    message: t(issue.rule, { column: issue.column, ...issue.params }),
  };
}

/** A1-style address of an issue's cell (`D5`), or of its row's first cell when the column is absent. */
export function issueAddress(issue: Issue): string {
  return `${columnLetter(issue.columnIndex ?? 0)}${issue.row}`;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
