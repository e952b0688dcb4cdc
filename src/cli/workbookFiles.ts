import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { WorkbookInput } from '../core/input';
import type { Failure, Outcome } from '../core/score';
import { isLockFile } from '../core/summaryTables';
import { compareCodeUnits } from '../core/text';
import { fileErrorMessage, WorkbookFileError } from '../node/readXlsx';
import { readWorkbookFile } from '../node/readXlsxFile';
import { saveWorkbook } from '../node/writeXlsx';
import type { Context } from './io';
import { CliError, EXIT } from './io';

/** Reads a workbook; a file that cannot be read becomes a CliError (exit 2) naming `file`. */
export async function readInput(ctx: Context, file: string): Promise<WorkbookInput> {
  try {
    return await readWorkbookFile(path.resolve(ctx.io.cwd, file));
  } catch (error) {
    if (error instanceof WorkbookFileError)
      throw new CliError(EXIT.file, fileErrorMessage(error, file, ctx.t));
    throw error;
  }
}

/** Writes the output file; a failure becomes a CliError (exit 2) naming `file`. */
export async function writeOutput(ctx: Context, file: string, bytes: Uint8Array): Promise<void> {
  try {
    await saveWorkbook(path.resolve(ctx.io.cwd, file), bytes);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.file, ctx.t('file.writeFailed', { file, reason }));
  }
}

export interface Scored<O = Outcome> {
  /** The file as the user named it (score) or relative to the folder (batch). */
  readonly file: string;
  readonly outcome: O;
  /** False when the file could not be read at all (as opposed to read but not scorable). */
  readonly readable: boolean;
}

/**
 * Reads one file and scores it with `score`; never throws for a bad file (it becomes an
 * `ok: false` outcome).
 */
export async function scoreFile<O>(
  ctx: Context,
  file: string,
  absolute: string,
  score: (input: WorkbookInput) => O,
): Promise<Scored<O | Failure>> {
  let input: WorkbookInput;
  try {
    input = await readWorkbookFile(absolute);
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    return {
      file,
      outcome: { ok: false, error: fileErrorMessage(error, file, ctx.t), issues: [] },
      readable: false,
    };
  }
  return { file, outcome: score(input), readable: true };
}

/**
 * Every .xlsx under `dir`, recursively, sorted by path: Office's `~$` lock files, hidden folders
 * and symbolic links to folders are skipped.
 */
export async function findWorkbooks(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(full);
      } else if (
        (entry.isFile() || entry.isSymbolicLink()) &&
        /\.xlsx$/i.test(entry.name) &&
        !isLockFile(entry.name)
      ) {
        found.push(full);
      }
    }
  };
  await walk(dir);
  return found.sort(compareCodeUnits);
}
