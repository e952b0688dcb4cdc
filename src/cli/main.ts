/**
 * `banzhuren`: the command line. `main` takes the arguments and an {@link Io} and
 * returns the exit code, so tests run it in-process; `bin/banzhuren.cjs` and `tsx src/cli/main.ts`
 * run it on the real process.
 *
 * Exit codes: 0 ok; 1 usage error; 2 a file could not be read, scored or written; 3 internal
 * error (a bug). Every failure is one message on stderr, never a stack trace (set
 * BANZHUREN_DEBUG=1 to see one for an internal error).
 */
import packageJson from '../../package.json';
import type { Lang } from '../core/i18n/catalog';
import { DEFAULT_LANG } from '../core/i18n/catalog';
import { batchCommand } from './batch';
import { demoCommand } from './demo';
import { formsCommand } from './forms';
import type { Context, ExitCode, Io } from './io';
import { CliError, cliTranslator, EXIT } from './io';
import { newTermCommand } from './newTerm';
import { scoreCommand } from './score';
import { templateCommand } from './template';

const COMMANDS: Readonly<Record<string, (ctx: Context, args: readonly string[]) => Promise<ExitCode>>> = {
  template: templateCommand,
  'new-term': newTermCommand,
  score: scoreCommand,
  batch: batchCommand,
  demo: demoCommand,
  forms: (ctx, args) => formsCommand(ctx, args),
};

const VERSION: string = packageJson.version;

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const lang = langOf(argv);
  const t = cliTranslator(lang ?? DEFAULT_LANG);
  const ctx: Context = { io, lang: lang ?? DEFAULT_LANG, t };
  try {
    if (lang === null) throw new CliError(EXIT.usage, t('usage.badLang', { value: rawLang(argv) ?? '' }));
    const [command, ...rest] = argv;
    if (command === undefined) return noCommand(ctx);
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      const run = topic === undefined ? undefined : COMMANDS[topic];
      if (run) return await run(ctx, ['--help']);
      io.out(t('usage'));
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.out(VERSION);
      return EXIT.ok;
    }
    if (command === '--lang' || command.startsWith('--lang=')) {
      // `banzhuren --lang en score …`: the language option before the command.
      // Moved after the command; with nothing else it is `banzhuren` alone, in that language.
      const skip = command === '--lang' ? 1 : 0;
      const after = rest.slice(skip);
      if (after.length === 0) return noCommand(ctx);
      return await main([...after, ...argv.slice(0, 1 + skip)], io);
    }
    const run = COMMANDS[command];
    if (!run) throw new CliError(EXIT.usage, t('usage.unknownCommand', { command }));
    return await run(ctx, rest);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.code;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(t('internalError', { message }));
    if (process.env.BANZHUREN_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.internal;
  }
}

/** `banzhuren` without a command: what to do, and the usage (exit 1). */
function noCommand(ctx: Context): ExitCode {
  ctx.io.err(ctx.t('usage.noCommand'));
  ctx.io.err(ctx.t('usage'));
  return EXIT.usage;
}

function rawLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** The language asked for with --lang: zh-CN by default, null when it is not one we have. */
function langOf(argv: readonly string[]): Lang | null {
  const value = rawLang(argv);
  if (value === undefined) return DEFAULT_LANG;
  if (/^en\b/i.test(value)) return 'en';
  if (/^zh\b/i.test(value)) return 'zh-CN';
  return null;
}

/** The real process: stdout, stderr, a progress line when stderr is a terminal. */
export function processIo(): Io {
  const stderr = process.stderr;
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => stderr.write(`${text}\n`),
    // `\r` + erase line: the status line is rewritten in place, and cleared with ''.
    ...(stderr.isTTY ? { progress: (text: string) => stderr.write(`\r\x1b[K${text}`) } : {}),
    cwd: process.cwd(),
  };
}

/** Runs the command line on this process and sets its exit code. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await main(argv, processIo());
}

if (require.main === module) void run();
