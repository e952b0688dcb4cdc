/**
 * An .xlsx on disk → the core's WorkbookInput, for the command line: the file read whole and
 * inflated by node:zlib (./readXlsx.ts reads the bytes; it stays free of Node for the task pane).
 */
import * as buffer from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { WorkbookInput } from '../core/input';
import { readWorkbookBytes, WorkbookFileError } from './readXlsx';
import { LIMITS, MB } from './xlsx/limits';
import type { ZipCodec } from './xlsx/zip';
import { zlibCodec } from './xlsx/zip';

/** What Node callers read with: node:zlib, several times faster than fflate's JavaScript. */
export const nodeCodec: ZipCodec = zlibCodec(zlib, buffer);

/**
 * Reads the .xlsx at `path`. File names in errors are `path` as given. The file is read
 * synchronously: the command line has nothing else to do meanwhile, and each of fs/promises's
 * steps (stat, open, fstat, read, close) waits for a turn of the event loop — ~0.7 ms a file, a
 * tenth of reading a small one.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookInput> {
  let bytes: Uint8Array;
  try {
    const stats = statSync(path);
    if (!stats.isDirectory() && stats.size > LIMITS.fileMb * MB) {
      throw new WorkbookFileError('too-large', path, `${stats.size} bytes on disk`, { limit: LIMITS.fileMb });
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    const detail = typeof code === 'string' ? code : String(error);
    if (code === 'EISDIR') throw new WorkbookFileError('not-xlsx', path, detail, { cause: error });
    throw new WorkbookFileError('not-found', path, detail, { cause: error });
  }
  return readWorkbookBytes(bytes, path, nodeCodec);
}
