import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { UnpacedOutcome } from '../core/score';
import type { SummaryOutcome } from '../core/summaryTables';
import { usageError } from './args';
import type { Scored } from './workbookFiles';
import type { Context } from './io';

/**
 * Where a path really leads: symbolic links, `.` and `..` resolved, so two spellings of one file
 * compare equal. A file not there yet is its folder's real path joined with its name. Asked
 * synchronously: for thousands of files, a promise and a request each would take tens of
 * megabytes at once, and one after another each would wait for a turn of the event loop.
 */
export function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    try {
      return path.join(realpathSync.native(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** What an output must not be: a file the command reads, or a workbook `batch` is scoring. */
export type Overwrite = 'input' | 'scanned';

/**
 * Refuses (exit 1) before anything is read or written: an output whose name is not .xlsx (every
 * command writes an .xlsx workbook), and one that would overwrite one of `inputs` however it is
 * spelled — writing it would destroy the records it is made from.
 */
export function checkOutput(
  ctx: Context,
  command: string,
  out: string,
  inputs: readonly string[],
  overwrite: Overwrite = 'input',
): void {
  if (!/\.xlsx$/i.test(out)) throw usageError(ctx, command, ctx.t('usage.notXlsx', { file: out }));
  const target = realPath(path.resolve(ctx.io.cwd, out));
  for (const input of inputs) {
    if (realPath(path.resolve(ctx.io.cwd, input)) !== target) continue;
    const shown = overwrite === 'scanned' ? path.relative(ctx.io.cwd, input) || input : input;
    const key = overwrite === 'scanned' ? 'usage.overwritesScanned' : 'usage.sameFile';
    throw usageError(ctx, command, ctx.t(key, { file: out, input: shown }));
  }
}

/**
 * The files with each real file once, in order: the same file named again (another spelling, a
 * symbolic link) is dropped with a warning on stderr, so it is not counted twice in the cohort.
 */
export function uniqueFiles<F extends { readonly file: string; readonly absolute: string }>(
  ctx: Context,
  files: readonly F[],
): F[] {
  const seen = new Map<string, string>();
  const unique: F[] = [];
  for (const entry of files) {
    const real = realPath(entry.absolute);
    const first = seen.get(real);
    if (first === undefined) {
      seen.set(real, entry.file);
      unique.push(entry);
    } else ctx.io.err(ctx.t('warn.sameFile', { file: entry.file, first }));
  }
  return unique;
}

/**
 * The one rule for files a command could not use, in every command: stdout holds results only,
 * and each such file gets its one message on stderr (new-term and forms fail with it, exit 2).
 */
export function reportUnusable(
  ctx: Context,
  scored: readonly Scored<UnpacedOutcome | SummaryOutcome>[],
): void {
  for (const s of scored) {
    if (s.outcome.ok) continue;
    const error = s.outcome.error;
    ctx.io.err(s.readable ? ctx.t('file.notScorable', { file: s.file, error }) : error);
  }
}
