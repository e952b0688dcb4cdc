import { stat } from 'node:fs/promises';
import path from 'node:path';
import { gradeCohort } from '../core/cohort';
import { localDay } from '../core/day';
import { writeSummary } from '../node/writeSummary';
import { oneInput, OUT_OPTION, parse, required } from './args';
import { findWorkbooks, writeOutput } from './workbookFiles';
import { formatCohort } from './format';
import { checkOutput, reportUnusable, uniqueFiles } from './paths';
import type { Context, ExitCode } from './io';
import { CliError, EXIT } from './io';
import { scoreAll } from './pool';
import { RULES_OPTION, ruleSetOption } from './rulesOption';

/**
 * `batch DIR -o 汇总.xlsx`: every .xlsx under DIR scored and graded together (docs/rules.md, Grades across teachers), the
 * summary workbook written. Files that could not be scored are listed in it and on stderr, and
 * make the exit code 2.
 */
export async function batchCommand(ctx: Context, args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(ctx, 'batch', args, { ...OUT_OPTION, ...RULES_OPTION });
  if (values.help) {
    ctx.io.out(ctx.t('help.batch'));
    return EXIT.ok;
  }
  const dir = oneInput(ctx, 'batch', positionals, 'dir');
  const out = required(ctx, 'batch', values.out, '-o');
  const rules = await ruleSetOption(ctx, 'batch', values.rules);
  const folder = path.resolve(ctx.io.cwd, dir);
  const isDirectory = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new CliError(EXIT.file, ctx.t('usage.notDirectory', { dir }));
  const found = await findWorkbooks(folder);
  checkOutput(ctx, 'batch', out, found, 'scanned');
  if (found.length === 0) throw new CliError(EXIT.file, ctx.t('usage.noWorkbooks', { dir }));
  const paths = uniqueFiles(
    ctx,
    found.map((absolute) => ({ file: path.relative(folder, absolute).split(path.sep).join('/'), absolute })),
  );

  const computedAt = new Date();
  const scored = await scoreAll(
    ctx,
    paths,
    rules,
    (i, { file }) => ctx.io.progress?.(ctx.t('progress', { done: i + 1, total: paths.length, file })),
    { as: 'summary', day: localDay(computedAt) },
  );
  ctx.io.progress?.('');
  const cohort = gradeCohort(
    scored.map((s) => s.outcome),
    rules,
  );

  const summary = writeSummary({ folder: dir, files: scored, cohort, rules, computedAt }, ctx.lang);
  await writeOutput(ctx, out, summary);

  const failed = scored.filter((s) => !s.outcome.ok);
  reportUnusable(ctx, scored);
  ctx.io.out(formatCohort(scored, cohort.grades, cohort.excellentQuota, rules, ctx.t).slice(1).join('\n'));
  ctx.io.out(
    ctx.t('done.batch', {
      file: out,
      total: scored.length,
      scored: scored.length - failed.length,
      failed: failed.length,
      quota: cohort.excellentQuota,
    }),
  );
  return failed.length === 0 ? EXIT.ok : EXIT.file;
}
