import { infoRowOf } from './build';
import type { Lang, Params } from './i18n/catalog';
import { DEFAULT_LANG, translator } from './i18n/catalog';
import type { DataValidationMessageKey } from './i18n/dataValidation';
import { dataValidationMessages } from './i18n/dataValidation';
import { columnLetter } from './issues';
import type { RuleSet } from './rules';
import { DEFAULT_RULE_SET } from './rules';
import type { ListKey, SheetDef, SheetKey } from './template';
import { LISTS, MAX_TERM_WEEKS, SHEETS, sheetDef } from './template';

/**
 * The native data validation of the template, as plain data: which cells get
 * which rule, prompt and error alert, and the workbook names the rules use. The .xlsx writer
 * (exceljs) and the add-in (Office.js) both apply this one description, so a workbook checks
 * itself the same way in Excel, WPS and LibreOffice without the add-in.
 *
 * Conventions (host-neutral):
 * - ranges are A1 strings relative to their sheet (`B2:B1000`); a single cell is `B4`;
 * - formulas have no leading `=` (OOXML stores them so; Office.js wants one added);
 *   a relative reference in a formula is relative to the top-left cell of the range;
 * - operators are OOXML's names (`between`, `greaterThanOrEqual`);
 * - list values are given as data too, for hosts that take a list rather than a formula.
 *
 * Everything is derived from the column kinds in template.ts and the rule set:
 * lists → dropdowns; 日期 → between the names 学期开始日期 and 学期结束日期; whole numbers ≥ 0 with
 * 实到 ≤ 应到; 时长 ≥ rules.minimums.talkMinutes; 学号 unique on the roster; every other column
 * gets an input prompt only (Excel cannot enforce "required").
 */

/** The name of 学期开始日期's cell; record dates are validated against it. */
export const TERM_START_NAME = '学期开始日期';
/** The name of the cell that computes the last day of the term (start + 7 × weeks − 1). */
export const TERM_END_NAME = '学期结束日期';
/** Rows 2…this get the validation by default: a term's records fit easily. */
export const DEFAULT_LAST_ROW = 1000;
/** Excel's limit on a list validation written inline (`"a,b,c"`), in characters. */
export const INLINE_LIST_LIMIT = 255;
/** The hidden sheet that holds a dropdown list too long to write inline. */
export const LIST_SHEET_NAME = '下拉选项';
/** Excel's limits on the texts of a data validation. */
export const TEXT_LIMITS = { promptTitle: 32, prompt: 255, errorTitle: 32, error: 225 } as const;
/** The largest date serial (9999-12-31): the upper bound while the term has no start date. */
const LAST_SERIAL = 2_958_465;

export type ValidationRule =
  /** No restriction; the entry exists for its input prompt. */
  | { readonly type: 'none' }
  /** `source` is the formula: `"a,b,c"` inline, or a name / range of a hidden list. */
  | { readonly type: 'list'; readonly values: readonly string[]; readonly source: string }
  | {
      readonly type: 'date' | 'whole' | 'decimal';
      readonly operator: 'between' | 'greaterThanOrEqual';
      readonly formula1: string;
      readonly formula2?: string;
    }
  /** Valid when the formula is true; relative references are relative to the range's top-left cell. */
  | { readonly type: 'custom'; readonly formula: string };

export interface ValidationPrompt {
  readonly title: string;
  readonly message: string;
}

export interface ValidationAlert {
  /** `stop` refuses the value; `warning` asks, as for lists whose other values are only warnings. */
  readonly style: 'stop' | 'warning' | 'information';
  readonly title: string;
  readonly message: string;
}

export interface CellValidation {
  /** Template column key (基本信息: the entry key). */
  readonly key: string;
  /** The column's header (基本信息: the entry's label). */
  readonly column: string;
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  readonly prompt: ValidationPrompt;
  /** Absent for `none` rules. */
  readonly alert?: ValidationAlert;
}

export interface SheetValidation {
  readonly sheet: SheetKey;
  /** The sheet's name in the workbook. */
  readonly name: string;
  readonly validations: readonly CellValidation[];
}

/** A workbook-scoped defined name; `refersTo` without `=`, e.g. `'基本信息'!$B$4`. */
export interface DefinedName {
  readonly name: string;
  readonly refersTo: string;
}

/** A cell the description needs written: a label, or a formula with its number format. */
export type CellContent =
  | { readonly sheet: string; readonly address: string; readonly value: string }
  | { readonly sheet: string; readonly address: string; readonly formula: string; readonly numFmt: string };

export interface ListSheet {
  readonly name: string;
  /** One column per list, from A, values from row 1. */
  readonly columns: readonly { readonly list: string; readonly values: readonly string[] }[];
}

export interface ValidationPlan {
  readonly names: readonly DefinedName[];
  /** Cells to write before the names are used: 基本信息's 学期结束日期 label and formula. */
  readonly cells: readonly CellContent[];
  readonly sheets: readonly SheetValidation[];
  /** A hidden sheet with the lists too long to write inline; null when every list fits. */
  readonly listSheet: ListSheet | null;
}

/** Where a table sheet's header and columns are in a given workbook. */
export interface SheetLayout {
  readonly name: string;
  /** Excel row of the header; validation covers the rows below it up to `lastRow`. */
  readonly headerRow: number;
  /** Template column key → 0-based column index, for the columns the sheet has. */
  readonly columns: ReadonlyMap<string, number>;
}

/** Where 基本信息's entries are: label in column A, value in column B. */
export interface InfoLayout {
  readonly name: string;
  /** Entry key → Excel row of the entry. */
  readonly rows: ReadonlyMap<string, number>;
  /** The free row that gets the computed 学期结束日期. */
  readonly endDateRow: number;
}

export interface ValidationOptions {
  readonly rules?: RuleSet;
  readonly lang?: Lang;
  readonly lastRow?: number;
  /** A table sheet's layout; the template's when not given; `null` leaves the sheet out. */
  readonly sheets?: Partial<Record<SheetKey, SheetLayout | null>>;
  /** 基本信息's layout; the template's (infoRows) when not given; `null` when the workbook has none. */
  readonly info?: InfoLayout | null;
  /** Longest inline list; lists beyond it go to the hidden list sheet (for tests). */
  readonly inlineListLimit?: number;
}

/** The template's own layout of a table sheet: header in row 1, columns in template order. */
export function templateLayout(key: SheetKey): SheetLayout {
  const def = sheetDef(key);
  return { name: def.name, headerRow: 1, columns: new Map(def.columns.map((c, i) => [c.key, i])) };
}

/** The template's 基本信息 layout: `infoRows` order, 学期结束日期 on the row after the last entry. */
export function templateInfoLayout(): InfoLayout {
  const def = sheetDef('info');
  const rows = new Map(def.columns.map((c) => [c.key, infoRowOf(c.key)]));
  return { name: def.name, rows, endDateRow: Math.max(...rows.values()) + 1 };
}

/** `'基本信息'` — a sheet name quoted for a formula. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The description of every validation, name and helper cell (see the module comment). */
export function describeValidation(options: ValidationOptions = {}): ValidationPlan {
  const rules = options.rules ?? DEFAULT_RULE_SET;
  const t = translator(dataValidationMessages, options.lang ?? DEFAULT_LANG);
  const lastRow = options.lastRow ?? DEFAULT_LAST_ROW;
  const info = options.info === undefined ? templateInfoLayout() : options.info;
  const limit = options.inlineListLimit ?? INLINE_LIST_LIMIT;
  const lang = options.lang ?? DEFAULT_LANG;
  const ctx: Context = { rules, t, join: joiner(lang), lists: new ListCollector(limit) };

  const startRow = info?.rows.get('start');
  const weeksRow = info?.rows.get('weeks');
  const names: DefinedName[] = [];
  const cells: CellContent[] = [];
  if (info && startRow !== undefined) {
    const infoRef = (row: number) => `${quoteSheet(info.name)}!$B$${row}`;
    names.push({ name: TERM_START_NAME, refersTo: infoRef(startRow) });
    const weeks =
      weeksRow === undefined
        ? String(rules.defaultWeeks)
        : `IF(B${weeksRow}="",${rules.defaultWeeks},B${weeksRow})`;
    cells.push({ sheet: info.name, address: `A${info.endDateRow}`, value: t('info.endDateLabel') });
    cells.push({
      sheet: info.name,
      address: `B${info.endDateRow}`,
      formula: `IF(ISNUMBER(B${startRow}),B${startRow}+7*${weeks}-1,"")`,
      numFmt: 'yyyy-mm-dd',
    });
    names.push({ name: TERM_END_NAME, refersTo: infoRef(info.endDateRow) });
  }

  const sheets: SheetValidation[] = [];
  if (info) sheets.push({ sheet: 'info', name: info.name, validations: describeInfo(info, ctx) });
  for (const def of SHEETS) {
    if (def.layout !== 'table') continue;
    const layout =
      options.sheets?.[def.key] === undefined ? templateLayout(def.key) : options.sheets[def.key];
    if (!layout) continue;
    sheets.push({
      sheet: def.key,
      name: layout.name,
      validations: describeTable(def, layout, lastRow, ctx, startRow !== undefined),
    });
  }

  const long = ctx.lists.long();
  return { names: [...names, ...long.names], cells, sheets, listSheet: long.sheet };
}

// ---------------------------------------------------------------------------------------------

interface Context {
  readonly rules: RuleSet;
  readonly t: (key: DataValidationMessageKey, params?: Params) => string;
  readonly join: (...parts: readonly string[]) => string;
  readonly lists: ListCollector;
}

/** Lists as validation sources: inline when they fit, else a name over a column of the hidden list sheet. */
class ListCollector {
  private readonly hidden: { list: string; values: readonly string[] }[] = [];

  constructor(private readonly limit: number) {}

  source(list: string, values: readonly string[]): string {
    const inline = `"${values.join(',')}"`;
    if (inline.length - 2 <= this.limit) return inline;
    if (!this.hidden.some((h) => h.list === list)) this.hidden.push({ list, values });
    return listName(list);
  }

  long(): { names: DefinedName[]; sheet: ListSheet | null } {
    if (this.hidden.length === 0) return { names: [], sheet: null };
    const names = this.hidden.map((h, i) => {
      const col = columnLetter(i);
      return {
        name: listName(h.list),
        refersTo: `${quoteSheet(LIST_SHEET_NAME)}!$${col}$1:$${col}$${h.values.length}`,
      };
    });
    return { names, sheet: { name: LIST_SHEET_NAME, columns: this.hidden } };
  }
}

function listName(list: string): string {
  return `选项_${list}`;
}

/** Source notes of the lists (note.* keys), with the parameters they need. */
const LIST_NOTES: Readonly<Record<ListKey, DataValidationMessageKey | null>> = {
  careCategory: 'note.careCategory',
  meetingType: 'note.meetingType',
  talkForm: 'note.talkForm',
  activityType: 'note.activityType',
  notActivity: null,
  visitReason: 'note.visitReason',
  contactReason: 'note.contactReason',
  term: null,
  gender: null,
};

/** Column-specific hints (hint.* keys), by `sheet.column`. */
const HINTS: Readonly<Record<string, DataValidationMessageKey>> = {
  'roster.studentId': 'hint.rosterId',
  'roster.studentName': 'hint.rosterName',
  'roster.dorm': 'hint.rosterDorm',
  'talks.serial': 'hint.talkSerial',
  'visits.dorms': 'hint.dorms',
  'visits.problem': 'hint.problem',
  'visits.handling': 'hint.handling',
  'meetings.absentees': 'hint.absentees',
  'meetings.remedy': 'hint.remedy',
  'meetings.signature': 'hint.signature',
};

function describeTable(
  def: SheetDef,
  layout: SheetLayout,
  lastRow: number,
  ctx: Context,
  hasTermNames: boolean,
): CellValidation[] {
  const { rules, t, join } = ctx;
  const firstRow = layout.headerRow + 1;
  const out: CellValidation[] = [];
  const letterOf = (key: string): string | null => {
    const index = layout.columns.get(key);
    return index === undefined ? null : columnLetter(index);
  };
  const params = {
    max: rules.minimums.groupTalkMaxStudents,
    min: rules.minimums.talkMinutes,
    weeks: rules.defaultWeeks,
  };

  for (const column of def.columns) {
    const letter = letterOf(column.key);
    if (letter === null) continue;
    const range = `${letter}${firstRow}:${letter}${Math.max(lastRow, firstRow)}`;
    const cell = `${letter}${firstRow}`;
    const id = `${def.key}.${column.key}`;
    const lead = column.required
      ? t('dv.required')
      : column.recommended
        ? t('dv.recommended')
        : t('dv.optional');
    const isRecordStudent =
      def.key !== 'roster' && (column.kind.type === 'studentId' || column.kind.type === 'studentName');
    const hintKey = HINTS[id] ?? (isRecordStudent ? 'hint.student' : null);
    const hint = hintKey ? t(hintKey, params) : '';
    const base = { key: column.key, column: column.header, range, allowBlank: true };
    const prompt = (message: string): ValidationPrompt => ({
      title: column.header,
      message: join(lead, message, hint),
    });
    const kind = column.kind;

    switch (kind.type) {
      case 'list': {
        const values: readonly string[] = LISTS[kind.list];
        const options = values.join(t('listSeparator'));
        const noteKey = LIST_NOTES[kind.list];
        const note = noteKey ? t(noteKey, params) : '';
        const blank = kind.blankMeans ? t('dv.listBlankMeans', { value: kind.blankMeans }) : '';
        const warning = kind.severity === 'warning';
        out.push({
          ...base,
          rule: { type: 'list', values, source: ctx.lists.source(kind.list, values) },
          prompt: prompt(join(t('dv.listPrompt', { options }), blank, note)),
          alert: {
            style: warning ? 'warning' : 'stop',
            title: t('dv.listErrorTitle'),
            message: join(
              t(warning ? 'dv.listWarning' : 'dv.listError', { column: column.header, options }),
              note,
            ),
          },
        });
        break;
      }
      case 'date': {
        const inTerm = def.key !== 'prevContacts' && hasTermNames;
        out.push(
          inTerm
            ? {
                ...base,
                rule: {
                  type: 'date',
                  operator: 'between',
                  formula1: `IF(ISNUMBER(${TERM_START_NAME}),${TERM_START_NAME},1)`,
                  formula2: `IF(ISNUMBER(${TERM_END_NAME}),${TERM_END_NAME},${LAST_SERIAL})`,
                },
                prompt: prompt(t('dv.datePrompt', params)),
                alert: { style: 'stop', title: t('dv.dateErrorTitle'), message: t('dv.dateError', params) },
              }
            : {
                ...base,
                rule: { type: 'date', operator: 'between', formula1: '1', formula2: String(LAST_SERIAL) },
                prompt: prompt(t('dv.anyDatePrompt')),
                alert: { style: 'stop', title: t('dv.anyDateErrorTitle'), message: t('dv.anyDateError') },
              },
        );
        break;
      }
      case 'wholeNumber': {
        const expected = def.key === 'meetings' && column.key === 'present' ? letterOf('expected') : null;
        out.push(
          expected
            ? {
                ...base,
                rule: {
                  type: 'custom',
                  formula: `AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=0,OR(NOT(ISNUMBER(${expected}${firstRow})),${cell}<=${expected}${firstRow}))`,
                },
                prompt: prompt(t('dv.presentPrompt')),
                alert: { style: 'stop', title: t('dv.presentErrorTitle'), message: t('dv.presentError') },
              }
            : {
                ...base,
                rule: { type: 'whole', operator: 'greaterThanOrEqual', formula1: '0' },
                prompt: prompt(t('dv.wholePrompt')),
                alert: {
                  style: 'stop',
                  title: t('dv.wholeErrorTitle'),
                  message: t('dv.wholeError', { column: column.header }),
                },
              },
        );
        break;
      }
      case 'minutes':
        out.push({
          ...base,
          rule: {
            type: 'decimal',
            operator: 'greaterThanOrEqual',
            formula1: String(rules.minimums.talkMinutes),
          },
          prompt: prompt(t('dv.minutesPrompt', params)),
          alert: { style: 'stop', title: t('dv.minutesErrorTitle'), message: t('dv.minutesError', params) },
        });
        break;
      case 'studentId':
        if (def.key === 'roster') {
          const all = `$${letter}$${firstRow}:$${letter}$${Math.max(lastRow, firstRow)}`;
          out.push({
            ...base,
            rule: { type: 'custom', formula: `COUNTIF(${all},${cell})<=1` },
            prompt: prompt(''),
            alert: { style: 'stop', title: t('dv.uniqueIdErrorTitle'), message: t('dv.uniqueIdError') },
          });
          break;
        }
        if (hint !== '') out.push({ ...base, rule: { type: 'none' }, prompt: prompt('') });
        break;
      default:
        // Plain text: a prompt only when there is more to say than 必填/选填 (a prompt on every
        // cell of every column would cover the sheet; required headers are styled instead).
        if (hint !== '') out.push({ ...base, rule: { type: 'none' }, prompt: prompt('') });
        break;
    }
  }
  return out;
}

function describeInfo(info: InfoLayout, ctx: Context): CellValidation[] {
  const { rules, t, join } = ctx;
  const def = sheetDef('info');
  const params = { max: MAX_TERM_WEEKS, weeks: rules.defaultWeeks };
  const out: CellValidation[] = [];
  for (const column of def.columns) {
    const row = info.rows.get(column.key);
    if (row === undefined) continue;
    const base = { key: column.key, column: column.header, range: `B${row}`, allowBlank: true };
    const lead = column.required ? t('dv.required') : t('dv.optional');
    const prompt = (message: string): ValidationPrompt => ({
      title: column.header,
      message: join(lead, message),
    });
    switch (column.key) {
      case 'term': {
        const values: readonly string[] = LISTS.term;
        out.push({
          ...base,
          rule: { type: 'list', values, source: ctx.lists.source('term', values) },
          prompt: prompt(t('dv.termPrompt')),
          // The core also accepts 1, 2, 一, 二: other spellings are asked about, not refused.
          alert: { style: 'warning', title: t('dv.listErrorTitle'), message: t('dv.termError') },
        });
        break;
      }
      case 'start':
        out.push({
          ...base,
          rule: { type: 'date', operator: 'between', formula1: '1', formula2: String(LAST_SERIAL) },
          prompt: prompt(t('dv.startPrompt')),
          alert: { style: 'stop', title: t('dv.startErrorTitle'), message: t('dv.startError') },
        });
        break;
      case 'weeks':
        out.push({
          ...base,
          rule: { type: 'whole', operator: 'between', formula1: '1', formula2: String(MAX_TERM_WEEKS) },
          prompt: prompt(t('dv.weeksPrompt', params)),
          alert: { style: 'stop', title: t('dv.weeksErrorTitle'), message: t('dv.weeksError', params) },
        });
        break;
      case 'year':
        out.push({ ...base, rule: { type: 'none' }, prompt: prompt(t('dv.yearPrompt')) });
        break;
      case 'templateVersion':
        out.push({ ...base, rule: { type: 'none' }, prompt: prompt(t('dv.versionPrompt')) });
        break;
      default:
        out.push({
          ...base,
          rule: { type: 'none' },
          prompt: prompt(t('dv.classPrompt', { column: column.header })),
        });
        break;
    }
  }
  if (info.rows.has('start')) {
    const label = t('info.endDateLabel');
    out.push({
      key: 'endDate',
      column: label,
      range: `B${info.endDateRow}`,
      allowBlank: true,
      rule: { type: 'none' },
      prompt: { title: label, message: t('dv.endDatePrompt') },
    });
  }
  return out;
}

/** Sentences joined: Chinese ones need no space between them, English ones one. */
function joiner(lang: Lang): (...parts: readonly string[]) => string {
  const separator = lang === 'en' ? ' ' : '';
  return (...parts) => parts.filter((p) => p !== '').join(separator);
}
