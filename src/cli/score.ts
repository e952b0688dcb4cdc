import path from 'node:path';
import { gradeCohort } from '../core/cohort';
import { scoreReport } from '../core/report';
import { parse, usageError } from './args';
import { formatCohort, formatOutcome } from './format';
import { reportUnusable, uniqueFiles } from './paths';
import type { Context, ExitCode } from './io';
import { EXIT } from './io';
import { scoreAll } from './pool';
import { RULES_OPTION, ruleSetOption } from './rulesOption';

const OPTIONS = { ...RULES_OPTION, json: { type: 'boolean' } } as const;

/**
 * `score FILE…`: every file read and scored, then graded together (docs/rules.md, Grades across teachers). Files that cannot
 * be read or scored are reported in place (`ok: false`) and make the exit code 2.
 */
export async function scoreCommand(ctx: Context, args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(ctx, 'score', args, OPTIONS);
  if (values.help) {
    ctx.io.out(ctx.t('help.score'));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw usageError(ctx, 'score', ctx.t('usage.missingFile'));
  const rules = await ruleSetOption(ctx, 'score', values.rules);

  const files = uniqueFiles(
    ctx,
    positionals.map((file) => ({ file, absolute: path.resolve(ctx.io.cwd, file) })),
  );
  const scored = await scoreAll(
    ctx,
    files,
    rules,
    (i, { file }) => ctx.io.progress?.(ctx.t('progress', { done: i + 1, total: files.length, file })),
    { as: 'report' },
  );
  ctx.io.progress?.('');
  const cohort = gradeCohort(
    scored.map((s) => s.outcome),
    rules,
  );

  reportUnusable(ctx, scored);
  if (values.json) {
    ctx.io.out(JSON.stringify(scoreReport(scored, cohort, ctx.lang), null, 2));
  } else {
    const blocks = scored.map((s, i) =>
      formatOutcome(s.file, s.outcome, cohort.grades[i] ?? null, rules, ctx.t, ctx.lang).join('\n'),
    );
    if (scored.length > 1)
      blocks.push(formatCohort(scored, cohort.grades, cohort.excellentQuota, rules, ctx.t).join('\n'));
    ctx.io.out(blocks.join('\n\n'));
  }
  return scored.every((s) => s.outcome.ok) ? EXIT.ok : EXIT.file;
}
