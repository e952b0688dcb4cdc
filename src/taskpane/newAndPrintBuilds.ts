/**
 * The 新建与打印 tab's workbooks: next term's workbook, a blank one
 * from the template, and the printable record forms — each built from the open workbook's rows
 * by the same core functions and .xlsx writers the command line uses (`new-term`, `template`,
 * `forms`). No Office and no React here: rows and the writers in, the file's bytes and what to
 * tell the teacher out. The controller (./useFiles) reads the workbook, loads the writers and
 * opens the result.
 */
import type { Day, Lang, RuleSet, WorkbookInput } from '../core';
import {
  buildPrintBook,
  newAndPrintMessages,
  formatAcademicYear,
  formatTerm,
  formatTermLabel,
  formsCommandMessages,
  printTotals,
  scoreWorkbook,
  translator,
} from '../core';
import type { NewWorkbookInfo } from '../core/newTerm';
import { nextTermWorkbook } from '../core/newTerm';
import { termOfDay } from './setupForm';
import type { XlsxModule } from './xlsx';

export type FileAction = 'newTerm' | 'template' | 'print';

/** A built workbook and the notice that says what it holds, or why there is none (nothing to open). */
export type Built =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly message: string }
  | { readonly ok: false; readonly message: string };

export interface BuildContext {
  readonly lang: Lang;
  readonly rules: RuleSet;
  readonly today: Day;
  /** The writers of the lazily loaded chunk (./xlsx.ts). */
  readonly xlsx: Pick<XlsxModule, 'writeWorkbook' | 'writeTemplate' | 'writeFormsXlsx'>;
}

/** 新学期: what `banzhuren new-term` writes (no start date given: 学期开始日期 is left blank). */
export async function buildNewTerm(input: WorkbookInput, ctx: BuildContext): Promise<Built> {
  const t = translator(newAndPrintMessages, ctx.lang);
  const next = nextTermWorkbook(input, { rules: ctx.rules, lang: ctx.lang });
  if (!next.ok) return { ok: false, message: t('newTermFailed', { error: next.error }) };
  const bytes = await ctx.xlsx.writeWorkbook(next.workbook, { rules: ctx.rules, lang: ctx.lang });
  const params = { to: formatTermLabel(next.to), students: next.students, contacts: next.contacts };
  return {
    ok: true,
    bytes,
    message: t(next.to.term === 2 ? 'newTermDone' : 'newTermDoneNoContacts', params),
  };
}

/**
 * The 基本信息 of a blank workbook (a decision, written in the guide): the open workbook's term —
 * 学年度, 学期, 学期开始日期 and 学期周数, which the whole college shares — when it can be scored,
 * else the term `today` falls in with the start date blank; 专业, 班级 and 班主任 blank, since a
 * blank workbook is for another class or a fresh start.
 */
export function templateInfo(input: WorkbookInput, rules: RuleSet, lang: Lang, today: Day): NewWorkbookInfo {
  const outcome = scoreWorkbook(input, { rules, lang });
  const blankClass = { major: '', className: '', teacher: '' };
  if (outcome.ok) {
    const { term } = outcome.info;
    return {
      firstYear: term.firstYear,
      term: term.term,
      start: term.start,
      weeks: term.weeks,
      ...blankClass,
    };
  }
  return { ...termOfDay(today), start: null, weeks: null, ...blankClass };
}

/** 空白模板: what `banzhuren template` writes for {@link templateInfo}, without a roster. */
export async function buildTemplate(input: WorkbookInput, ctx: BuildContext): Promise<Built> {
  const t = translator(newAndPrintMessages, ctx.lang);
  const info = templateInfo(input, ctx.rules, ctx.lang, ctx.today);
  const bytes = await ctx.xlsx.writeTemplate({ info, roster: [], rules: ctx.rules, lang: ctx.lang });
  return {
    ok: true,
    bytes,
    message: t('templateDone', { year: formatAcademicYear(info.firstYear), term: formatTerm(info.term) }),
  };
}

/** 打印记录表: what `banzhuren forms` writes; `all` as its `--all`. */
export async function buildForms(input: WorkbookInput, ctx: BuildContext, all: boolean): Promise<Built> {
  const t = translator(newAndPrintMessages, ctx.lang);
  const printed = buildPrintBook(input, { all, rules: ctx.rules, lang: ctx.lang });
  if (!printed.ok) return { ok: false, message: t('printFailed', { error: printed.error }) };
  const bytes = await ctx.xlsx.writeFormsXlsx(printed.book);
  const totals = printTotals(printed.book);
  // Each form's pages as the forms command words them.
  const f = translator(formsCommandMessages, ctx.lang);
  const summary = totals.forms.map((form) => f('formPages', form)).join(f('listSeparator'));
  const { pages, marked } = totals;
  const message =
    marked > 0 ? t('printDoneMarked', { summary, pages, count: marked }) : t('printDone', { summary, pages });
  return { ok: true, bytes, message };
}
