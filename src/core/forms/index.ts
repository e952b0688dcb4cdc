import type { Lang } from '../i18n/catalog';
import { DEFAULT_LANG } from '../i18n/catalog';
import type { Issue } from '../issues';
import type { WorkbookInput } from '../input';
import { DEFAULT_RULE_SET } from '../rules';
import { scoreWorkbook } from '../score';
import type { CheckContext } from '../validate/context';
import type { Roster } from '../validate/roster';
import { readRoster } from '../validate/roster';
import type { Structure } from '../workbook';
import { readStructure } from '../workbook';
import { formLabel } from './labels';
import { pageFormSheet } from './recordForms';
import type { FormContext } from './records';
import { formRows } from './records';
import { FORM_FONT, FORM_STYLES } from './styles';
import { tableFormSheet } from './tableForms';
import type { FormKey, PrintBook, PrintOptions, PrintResult, PrintSheet } from './types';
import { FORM_KEYS } from './types';

export * from './types';
export { FORM_FONT, FORM_STYLES, FORM_MARGINS, PAGE_BUDGET } from './styles';
export { formsCommandMessages } from '../i18n/forms';
export type { FormLabel } from './labels';

export interface PrintBookOptions extends PrintOptions {
  /** Language of the error returned for a workbook that cannot be printed; the forms are always Chinese. */
  readonly lang?: Lang;
}

/**
 * A workbook's records laid out as the source document's paper forms, one sheet per form, ready
 * for a host to write and print. The checks that scoring runs decide which rows are valid, so
 * the printout holds exactly the records that count.
 */
export function buildPrintBook(input: WorkbookInput, options: PrintBookOptions = {}): PrintResult {
  const rules = options.rules ?? DEFAULT_RULE_SET;
  const outcome = scoreWorkbook(input, { rules, lang: options.lang ?? DEFAULT_LANG });
  const structure = readStructure(input);
  // Scoring fails exactly when the structure or the term is unusable; either leaves nothing to print.
  if (!outcome.ok || !structure.ok) return { ok: false, error: outcome.ok ? '' : outcome.error };

  const date1904 = input.date1904 ?? false;
  const ctx: FormContext = {
    info: outcome.info,
    roster: rosterOf(structure.structure, { rules, term: outcome.info.term, date1904 }),
    date1904,
    all: options.all ?? false,
    t: formLabel,
  };
  const sheets = FORM_KEYS.map((form) => formSheet(form, structure.structure, outcome.issues, ctx));
  return { ok: true, book: { font: FORM_FONT, styles: FORM_STYLES, sheets } };
}

const NO_STUDENTS: Roster = { students: [], byId: new Map(), byName: new Map(), dorms: [] };

function rosterOf(structure: Structure, context: CheckContext): Roster {
  const table = structure.tables.get('roster');
  // The roster's own issues are in the outcome already; here it only names students.
  return table ? readRoster(table, context, []) : NO_STUDENTS;
}

function formSheet(
  form: FormKey,
  structure: Structure,
  issues: readonly Issue[],
  ctx: FormContext,
): PrintSheet {
  const rows = formRows(structure.tables.get(form), issues, ctx);
  return form === 'talks' || form === 'visits' || form === 'contacts'
    ? tableFormSheet(form, rows, ctx)
    : pageFormSheet(form, rows, ctx);
}

/** Sheets of paper a printed sheet takes: one more than its page breaks. */
export function paperCount(sheet: PrintSheet): number {
  return sheet.rowBreaks.length + 1;
}

export interface PrintTotals {
  /** Each form's name (`班会记录表`) and sheets of paper, in print order. */
  readonly forms: readonly { readonly form: string; readonly pages: number }[];
  readonly pages: number;
  /** Records printed with an error mark (`--all`). */
  readonly marked: number;
}

/** What a print run comes to: the command line and the pane both report it. */
export function printTotals(book: PrintBook): PrintTotals {
  const forms = book.sheets.map((s) => ({ form: s.name, pages: paperCount(s) }));
  return {
    forms,
    pages: forms.reduce((sum, f) => sum + f.pages, 0),
    marked: book.sheets.flatMap((s) => s.pages.flatMap((p) => p.records)).filter((r) => r.mark !== null)
      .length,
  };
}
