import { formatAcademicYear, formatTerm } from '../core/calendar';
import { rosterFromWorkbook } from '../core/newTerm';
import { writeTemplate } from '../node/writeXlsx';
import {
  academicYear,
  fullDate,
  noInput,
  OUT_OPTION,
  parse,
  required,
  startWithinYear,
  termNumber,
  weeks,
} from './args';
import { readInput, writeOutput } from './workbookFiles';
import { checkOutput } from './paths';
import type { Context, ExitCode } from './io';
import { CliError, EXIT } from './io';
import { RULES_OPTION, ruleSetOption } from './rulesOption';

const OPTIONS = {
  ...OUT_OPTION,
  ...RULES_OPTION,
  year: { type: 'string' },
  term: { type: 'string' },
  start: { type: 'string' },
  weeks: { type: 'string' },
  major: { type: 'string' },
  class: { type: 'string' },
  teacher: { type: 'string' },
  roster: { type: 'string' },
} as const;

/** `template`: a blank workbook from the template, optionally with a roster from another workbook. */
export async function templateCommand(ctx: Context, args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(ctx, 'template', args, OPTIONS);
  if (values.help) {
    ctx.io.out(ctx.t('help.template'));
    return EXIT.ok;
  }
  noInput(ctx, 'template', positionals);
  const out = required(ctx, 'template', values.out, '-o');
  checkOutput(ctx, 'template', out, values.roster === undefined ? [] : [values.roster]);
  const firstYear = academicYear(ctx, 'template', required(ctx, 'template', values.year, '--year'));
  const term = termNumber(ctx, 'template', required(ctx, 'template', values.term, '--term'));
  const start = fullDate(ctx, 'template', required(ctx, 'template', values.start, '--start'), '--start');
  startWithinYear(ctx, 'template', start, firstYear);
  const termWeeks = values.weeks === undefined ? null : weeks(ctx, 'template', values.weeks);
  const rules = await ruleSetOption(ctx, 'template', values.rules);

  let roster: Parameters<typeof writeTemplate>[0]['roster'] = [];
  let students = 0;
  if (values.roster !== undefined) {
    const imported = rosterFromWorkbook(await readInput(ctx, values.roster));
    if (!imported.ok) throw new CliError(EXIT.file, ctx.t('roster.noSheet', { file: values.roster }));
    roster = imported.students;
    for (const { id, row, first } of imported.repeatedIds)
      ctx.io.err(ctx.t('roster.duplicateId', { file: values.roster, id, row, first }));
    students = roster.length - imported.repeatedIds.length;
  }

  const bytes = await writeTemplate({
    info: {
      firstYear,
      term,
      start,
      weeks: termWeeks,
      major: values.major ?? '',
      className: values.class ?? '',
      teacher: values.teacher ?? '',
    },
    roster,
    rules,
    lang: ctx.lang,
  });
  await writeOutput(ctx, out, bytes);
  ctx.io.out(
    ctx.t('done.template', {
      file: out,
      year: formatAcademicYear(firstYear),
      term: formatTerm(term),
      students,
    }),
  );
  return EXIT.ok;
}
