import type { Bonuses, Minimums } from './assess';
import { allMet, assessBonuses, assessMinimums } from './assess';
import { countRecords } from './count';
import type { Lang } from './i18n/catalog';
import { DEFAULT_LANG, translator } from './i18n/catalog';
import { issueMessages } from './i18n/issues';
import type { Term } from './calendar';
import type { ClassInfo } from './info';
import { readInfo } from './info';
import type { WorkbookInput } from './input';
import type { Issue, IssueOut } from './issues';
import { issueAddress, renderIssue } from './issues';
import type { Progress } from './progress';
import { weeklyProgress } from './progress';
import type { RuleSet } from './rules';
import { BONUS_KEYS, DEFAULT_RULE_SET } from './rules';
import type { StructureProblems } from './workbook';
import { readStructure } from './workbook';
import type { ValidRecords } from './validate';
import { validateRecords } from './validate';

export type Grade = '优秀' | '合格' | '不合格';

/** A workbook that could be scored: everything the panel shows and the JSON score prints. */
export interface Assessment {
  readonly ok: true;
  readonly ruleSet: string;
  readonly info: ClassInfo;
  readonly rosterSize: number;
  /** 合格 or 不合格 on its own; 优秀 is decided across teachers (cohort). */
  readonly grade: Exclude<Grade, '优秀'>;
  /** 60 + bonuses when every minimum is met, otherwise null (不合格者不再参加打分). */
  readonly score: number | null;
  readonly minimums: Minimums;
  readonly bonuses: Bonuses;
  /** Each minimum week by week beside the calendar's expectation, for pacing. */
  readonly progress: Progress;
  readonly issues: readonly Issue[];
}

/** A workbook that cannot be scored, with one message naming what is missing or wrong. */
export interface Failure {
  readonly ok: false;
  readonly error: string;
  /** Cell-level reasons when 基本信息 is unusable, so the pane can point at the cell. */
  readonly issues: readonly Issue[];
}

export type Outcome = Assessment | Failure;

export interface ScoreOptions {
  readonly rules?: RuleSet;
  readonly lang?: Lang;
}

/**
 * An outcome without its week-by-week progress: what the score report and the command line's
 * `score` show. Progress is a fifth of scoring a workbook, and most of the outcome's size.
 */
export type UnpacedAssessment = Omit<Assessment, 'progress'>;
export type UnpacedOutcome = UnpacedAssessment | Failure;

/** Workbook rows in, checked and scored result out. Never throws on any cell content. */
export function scoreWorkbook(input: WorkbookInput, options: ScoreOptions = {}): Outcome {
  const scored = assess(input, options);
  if (!('records' in scored)) return scored.outcome;
  const { outcome, records, term, rules } = scored;
  return { ...outcome, progress: weeklyProgress(records, term, rules) };
}

/** {@link scoreWorkbook} without the week-by-week progress. */
export function scoreWithoutProgress(input: WorkbookInput, options: ScoreOptions = {}): UnpacedOutcome {
  return assess(input, options).outcome;
}

type Assessed =
  | { readonly outcome: Failure }
  | {
      readonly outcome: UnpacedAssessment;
      /** What the progress is counted from. */
      readonly records: ValidRecords;
      readonly term: Term;
      readonly rules: RuleSet;
    };

function assess(input: WorkbookInput, options: ScoreOptions): Assessed {
  const rules = options.rules ?? DEFAULT_RULE_SET;
  const lang = options.lang ?? DEFAULT_LANG;
  const t = translator(issueMessages, lang);

  const structure = readStructure(input);
  if (!structure.ok)
    return {
      outcome: {
        ok: false,
        error: t('notAWorkbook', { details: describeProblems(structure.problems, lang) }),
        issues: [],
      },
    };

  const date1904 = input.date1904 ?? false;
  const info = readInfo(structure.structure.info, rules, date1904);
  if (!info.ok) {
    const details = info.issues
      .map((i) =>
        t('infoCell', { sheet: i.sheet, cell: issueAddress(i), message: renderIssue(i, lang).message }),
      )
      .join(' ');
    return { outcome: { ok: false, error: t('termUnusable', { details }), issues: info.issues } };
  }

  const { term } = info.info;
  const records = validateRecords(structure.structure, { rules, term, date1904 });
  const counts = countRecords(records);
  const minimums = assessMinimums(counts, records.roster, term, rules);
  const bonuses = assessBonuses(counts, records.roster, rules);
  const met = allMet(minimums);
  return {
    outcome: {
      ok: true,
      ruleSet: rules.name,
      info: info.info,
      rosterSize: records.roster.students.length,
      grade: met ? '合格' : '不合格',
      score: met ? rules.basePoints + BONUS_KEYS.reduce((sum, key) => sum + bonuses[key].points, 0) : null,
      minimums,
      bonuses,
      issues: [...info.issues, ...records.issues],
    },
    records,
    term,
    rules,
  };
}

/** One sentence naming everything that makes a workbook not a class-teacher workbook. */
export function describeProblems(problems: StructureProblems, lang: Lang): string {
  const t = translator(issueMessages, lang);
  const list = (items: readonly string[]) => items.join(t('listSeparator'));
  const parts: string[] = [];
  if (problems.missingSheets.length > 0)
    parts.push(t('missingSheets', { names: list(problems.missingSheets) }));
  for (const { sheet, columns } of problems.missingColumns)
    parts.push(t('missingColumns', { sheet, columns: list(columns) }));
  if (problems.missingInfo.length > 0) parts.push(t('missingInfo', { labels: list(problems.missingInfo) }));
  return parts.join(t('detailSeparator'));
}

export function issuesOf(outcome: UnpacedOutcome, severity: Issue['severity'], lang: Lang): IssueOut[] {
  return outcome.issues.filter((i) => i.severity === severity).map((i) => renderIssue(i, lang));
}
