import ExcelJS from 'exceljs';
import type { MinimumKey } from '../core/assess';
import { MINIMUM_KEYS } from '../core/assess';
import { formatAcademicYear, formatTerm } from '../core/calendar';
import type { Cohort } from '../core/cohort';
import type { CellValue } from '../core/input';
import { BONUS_KEYS, DEFAULT_RULE_SET } from '../core/rules';
import type { Outcome } from '../core/score';
import type { T } from './io';

/** One table of the summary workbook: a header row and its rows. */
export interface SummaryTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface SummaryInput {
  readonly folder: string;
  readonly files: readonly { readonly file: string; readonly outcome: Outcome }[];
  readonly cohort: Cohort;
  readonly computedAt: Date;
}

/**
 * The counsellor's summary (SPEC §10 汇总): one row per scored teacher (file, class, teacher,
 * grade, score, each bonus, the unmet minimums, tiedAtCutoff, error and warning counts), the files
 * that could not be scored with their message, and when and how it was computed.
 */
export function summaryTables(input: SummaryInput, t: T): SummaryTable[] {
  const yesNo = (value: boolean) => (value ? t('summary.yes') : t('summary.no'));
  const scored: CellValue[][] = [];
  const failed: CellValue[][] = [];
  input.files.forEach(({ file, outcome }, i) => {
    if (!outcome.ok) {
      failed.push([file, outcome.error]);
      return;
    }
    const graded = input.cohort.grades[i] ?? { grade: outcome.grade, tiedAtCutoff: false };
    const unmet = MINIMUM_KEYS.filter((k: MinimumKey) => !outcome.minimums[k].met).map((k) =>
      t(`minimum.${k}`),
    );
    const { term } = outcome.info;
    scored.push([
      file,
      outcome.info.major,
      outcome.info.className,
      outcome.info.teacher,
      `${formatAcademicYear(term.firstYear)} ${formatTerm(term.term)}`,
      graded.grade,
      outcome.score,
      ...BONUS_KEYS.map((k) => outcome.bonuses[k].points),
      unmet.length > 0 ? unmet.join(t('listSeparator')) : null,
      yesNo(graded.tiedAtCutoff),
      outcome.issues.filter((x) => x.severity === 'error').length,
      outcome.issues.filter((x) => x.severity === 'warning').length,
    ]);
  });
  return [
    {
      name: t('summary.sheet'),
      header: [
        t('summary.file'),
        t('summary.major'),
        t('summary.className'),
        t('summary.teacher'),
        t('summary.term'),
        t('summary.grade'),
        t('summary.score'),
        ...BONUS_KEYS.map((k) => t('summary.bonus', { name: t(`bonus.${k}`) })),
        t('summary.unmet'),
        t('summary.tied'),
        t('summary.errors'),
        t('summary.warnings'),
      ],
      widths: [28, 12, 12, 10, 20, 8, 8, ...BONUS_KEYS.map(() => 12), 30, 10, 8, 8],
      rows: scored,
    },
    {
      name: t('summary.failedSheet'),
      header: [t('summary.file'), t('summary.reason')],
      widths: [32, 100],
      rows: failed,
    },
    {
      name: t('summary.aboutSheet'),
      header: ['', ''],
      widths: [28, 40],
      rows: [
        [t('summary.about.folder'), input.folder],
        [t('summary.about.computedAt'), input.computedAt],
        [t('summary.about.ruleSet'), DEFAULT_RULE_SET.name],
        [t('summary.about.scored'), scored.length],
        [t('summary.about.quota'), input.cohort.excellentQuota],
        [t('summary.about.failed'), failed.length],
      ],
    },
  ];
}

/** The summary tables as an .xlsx: bold header, widths, frozen header, filter on the teachers' table. */
export async function writeSummary(tables: readonly SummaryTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'banzhuren';
  for (const [index, table] of tables.entries()) {
    const worksheet = workbook.addWorksheet(table.name);
    const hasHeader = table.header.some((h) => h !== '');
    if (hasHeader) worksheet.addRow([...table.header]);
    for (const row of table.rows) {
      const added = worksheet.addRow(row.map((v) => (v === undefined ? null : v)));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      });
    }
    table.widths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
    if (hasHeader) {
      const header = worksheet.getRow(1);
      header.font = { bold: true };
      header.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBDD7EE' } };
        cell.alignment = { vertical: 'middle', wrapText: true };
      });
      worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
      if (index === 0 && table.rows.length > 0) {
        worksheet.autoFilter = {
          from: { row: 1, column: 1 },
          to: { row: table.rows.length + 1, column: table.header.length },
        };
      }
    }
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
