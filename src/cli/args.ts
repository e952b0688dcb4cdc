import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { formatAcademicYear, parseAcademicYear, parseTermNumber } from '../core/calendar';
import { parseDate, readCell } from '../core/cells';
import type { Day } from '../core/day';
import { dayParts, formatDay } from '../core/day';
import { MAX_TERM_WEEKS } from '../core/template';
import type { Context } from './io';
import { CliError, EXIT } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies Options;

export const OUT_OPTION = { out: { type: 'string', short: 'o' } } as const satisfies Options;

/** A usage error (exit 1) for `command`, with the hint to run its --help. */
export function usageError(ctx: Context, command: string, message: string): CliError {
  return new CliError(EXIT.usage, ctx.t('usage.invalid', { message, command }));
}

/**
 * node:util parseArgs in strict mode, its errors turned into the catalogue's words (exit 1).
 * Values are strings or booleans as the options declare.
 */
export function parse<O extends Options>(ctx: Context, command: string, args: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw usageError(ctx, command, ctx.t('usage.unknownOption', { option: quoted }));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /(--?[\w-]+)/.exec(message)?.[1] ?? quoted;
      throw usageError(ctx, command, ctx.t('usage.optionValue', { option }));
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw usageError(ctx, command, ctx.t('usage.unexpectedArg', { value: quoted }));
    throw error;
  }
}

/** The one file (or folder) a command reads: none, or more than one, is a usage error. */
export function oneInput(
  ctx: Context,
  command: string,
  positionals: readonly string[],
  what: 'file' | 'dir',
): string {
  const [input, ...extra] = positionals;
  if (input === undefined)
    throw usageError(ctx, command, ctx.t(what === 'file' ? 'usage.missingFile' : 'usage.missingDir'));
  if (extra.length > 0) {
    const named = ctx.t(what === 'file' ? 'usage.what.file' : 'usage.what.dir');
    throw usageError(ctx, command, ctx.t('usage.tooManyFiles', { what: named, extra: extra.join(' ') }));
  }
  return input;
}

/** A command that reads no file: any argument besides its options is a usage error. */
export function noInput(ctx: Context, command: string, positionals: readonly string[]): void {
  const [first] = positionals;
  if (first !== undefined) throw usageError(ctx, command, ctx.t('usage.unexpectedArg', { value: first }));
}

export function required(ctx: Context, command: string, value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '')
    throw usageError(ctx, command, ctx.t('usage.missingOption', { option }));
  return value;
}

export function academicYear(ctx: Context, command: string, value: string): number {
  const year = parseAcademicYear(value);
  if (year === null) throw usageError(ctx, command, ctx.t('usage.badYear', { value }));
  return year;
}

export function termNumber(ctx: Context, command: string, value: string): 1 | 2 {
  const term = parseTermNumber(value);
  if (term === null) throw usageError(ctx, command, ctx.t('usage.badTerm', { value }));
  return term;
}

/** A full date (`2026-09-07`, `2026/9/7`, `2026年9月7日`); a month and day alone are not enough. */
export function fullDate(ctx: Context, command: string, value: string, option: string): Day {
  const day = parseDate(readCell(value));
  if (!day.ok) throw usageError(ctx, command, ctx.t('usage.badDate', { value, option }));
  return day.value;
}

/** Refuses (exit 1) a term start outside the academic year's two calendar years: a typo in one of them. */
export function startWithinYear(ctx: Context, command: string, start: Day, firstYear: number): void {
  const { year } = dayParts(start);
  if (year === firstYear || year === firstYear + 1) return;
  throw usageError(
    ctx,
    command,
    ctx.t('usage.startOutsideYear', {
      start: formatDay(start),
      year: formatAcademicYear(firstYear),
      first: firstYear,
      second: firstYear + 1,
    }),
  );
}

export function weeks(ctx: Context, command: string, value: string): number {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_TERM_WEEKS) {
    throw usageError(ctx, command, ctx.t('usage.badWeeks', { value, max: MAX_TERM_WEEKS }));
  }
  return n;
}
