/**
 * One picked file's bytes → its outcome, for 汇总: read with the project's reader and scored.
 * A file that cannot be read becomes an `ok: false` outcome with its message; anything else (a
 * bug) is thrown for the caller to word. Runs in the 汇总 worker (./xlsxWorker.ts), or in the
 * pane's thread where there are no workers.
 */
import type { Lang, Outcome, RuleSet } from '../core';
import { fileErrorMessages, scoreWorkbook, translator } from '../core';
import { fileErrorMessage, readWorkbookBytes, WorkbookFileError } from '../node/readXlsx';

export function scoreFileBytes(bytes: ArrayBuffer, name: string, lang: Lang, rules: RuleSet): Outcome {
  try {
    return scoreWorkbook(readWorkbookBytes(bytes, name), { lang, rules });
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    return {
      ok: false,
      error: fileErrorMessage(error, name, translator(fileErrorMessages, lang)),
      issues: [],
    };
  }
}
