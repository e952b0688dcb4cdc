import type { Lang, Params } from '../core/i18n/catalog';
import { translator } from '../core/i18n/catalog';
import type { CliMessageKey } from '../core/i18n/cli';
import { cliMessages } from '../core/i18n/cli';

/** Where a command writes, and where relative paths start: the process, or a test's capture. */
export interface Io {
  /** Standard output (results: tables, JSON). */
  readonly out: (text: string) => void;
  /** Standard error (messages about files that could not be used, usage errors). */
  readonly err: (text: string) => void;
  /** Rewrites one status line on a terminal; absent when stderr is not a TTY. */
  readonly progress?: (text: string) => void;
  readonly cwd: string;
}

export type ExitCode = 0 | 1 | 2 | 3;

/** 0 ok; 1 usage error; 2 a file could not be read, scored or written; 3 internal error. */
export const EXIT = { ok: 0, usage: 1, file: 2, internal: 3 } as const satisfies Record<string, ExitCode>;

/** A failure a command reports as one message and an exit code (never a stack trace). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

export type T = (key: CliMessageKey, params?: Params) => string;

export function cliTranslator(lang: Lang): T {
  return translator(cliMessages, lang);
}

/** What every command receives. */
export interface Context {
  readonly io: Io;
  readonly lang: Lang;
  readonly t: T;
}
