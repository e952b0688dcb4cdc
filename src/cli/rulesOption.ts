/**
 * `--rules FILE.json`: a college's own numbers (docs/rules.md, Another college's numbers), read
 * and checked before any workbook is read. Without the option the built-in rule set applies.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { translator } from '../core/i18n/catalog';
import { ruleSetFileMessages } from '../core/i18n/ruleSetFile';
import type { RuleSet } from '../core/rules';
import { DEFAULT_RULE_SET } from '../core/rules';
import { usageError } from './args';
import type { Context } from './io';
import { CliError, EXIT } from './io';

export const RULES_OPTION = { rules: { type: 'string' } } as const;

/** A rule set is a page of numbers; anything much larger is the wrong file, not read into memory. */
const MAX_KB = 256;

/**
 * The rule set `--rules` names, or the built-in one without the option. A file that cannot be
 * read or is not a valid rule set is exit 2, with the first problem and how to fix it.
 */
export async function ruleSetOption(
  ctx: Context,
  command: string,
  file: string | undefined,
): Promise<RuleSet> {
  if (file === undefined) return DEFAULT_RULE_SET;
  if (file.trim() === '') throw usageError(ctx, command, ctx.t('usage.optionValue', { option: '--rules' }));
  const text = await readRuleSetFile(ctx, file);
  // Loaded here, not at the top: zod is most of the command line's code, and only a rule set
  // file needs it (scripts/build-cli.cjs keeps it out of the bundle).
  const { parseRuleSet, ruleSetProblemMessage } = await import('../core/ruleSetSchema');
  const result = parseRuleSet(text);
  if (!result.ok) throw new CliError(EXIT.file, ruleSetProblemMessage(result.problem, file, ctx.lang));
  return result.rules;
}

async function readRuleSetFile(ctx: Context, file: string): Promise<string> {
  const r = translator(ruleSetFileMessages, ctx.lang);
  const absolute = path.resolve(ctx.io.cwd, file);
  try {
    const { size } = await stat(absolute);
    if (size > MAX_KB * 1024) throw new CliError(EXIT.file, r('read.tooLarge', { file, limit: MAX_KB }));
    return await readFile(absolute, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(EXIT.file, r('read.notFound', { file }));
    const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.file, r('read.failed', { file, reason }));
  }
}
