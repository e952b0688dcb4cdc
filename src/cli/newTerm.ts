import { formatTermLabel } from '../core/calendar';
import { nextTermWorkbook } from '../core/newTerm';
import { writeWorkbook } from '../node/writeXlsx';
import { fullDate, oneInput, OUT_OPTION, parse, required, startWithinYear, weeks } from './args';
import { readInput, writeOutput } from './workbookFiles';
import { checkOutput } from './paths';
import type { Context, ExitCode } from './io';
import { CliError, EXIT } from './io';
import { RULES_OPTION, ruleSetOption } from './rulesOption';

const OPTIONS = {
  ...OUT_OPTION,
  ...RULES_OPTION,
  start: { type: 'string' },
  weeks: { type: 'string' },
} as const;

/** `new-term`: next term's workbook from this term's. */
export async function newTermCommand(ctx: Context, args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(ctx, 'new-term', args, OPTIONS);
  if (values.help) {
    ctx.io.out(ctx.t('help.new-term'));
    return EXIT.ok;
  }
  const input = oneInput(ctx, 'new-term', positionals, 'file');
  const out = required(ctx, 'new-term', values.out, '-o');
  checkOutput(ctx, 'new-term', out, [input]);
  const start = values.start === undefined ? null : fullDate(ctx, 'new-term', values.start, '--start');
  const termWeeks = values.weeks === undefined ? null : weeks(ctx, 'new-term', values.weeks);
  const rules = await ruleSetOption(ctx, 'new-term', values.rules);

  const next = nextTermWorkbook(await readInput(ctx, input), {
    start,
    weeks: termWeeks,
    rules,
    lang: ctx.lang,
  });
  if (!next.ok) throw new CliError(EXIT.file, ctx.t('file.noNextTerm', { file: input, error: next.error }));
  if (start !== null) startWithinYear(ctx, 'new-term', start, next.to.firstYear);

  await writeOutput(ctx, out, await writeWorkbook(next.workbook, { rules, lang: ctx.lang }));
  ctx.io.out(
    ctx.t('done.newTerm', {
      file: out,
      from: formatTermLabel(next.from),
      to: formatTermLabel(next.to),
      students: next.students,
      contacts: next.contacts,
    }),
  );
  if (start === null) ctx.io.out(ctx.t('done.newTermNoStart'));
  return EXIT.ok;
}
