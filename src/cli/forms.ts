import path from 'node:path';
import type { PrintBook } from '../core/forms';
import { buildPrintBook, formsCommandMessages, printTotals } from '../core/forms';
import type { Lang } from '../core/i18n/catalog';
import { translator } from '../core/i18n/catalog';
import type { PdfOptions } from '../node/pdf';
import { convertToPdf, PdfConversionError } from '../node/pdf';
import { writeFormsXlsx } from '../node/writeForms';
import { oneInput, OUT_OPTION, parse, required } from './args';
import { readInput, writeOutput } from './workbookFiles';
import { checkOutput } from './paths';
import type { Context, ExitCode, Io } from './io';
import { CliError, cliTranslator, EXIT } from './io';
import { RULES_OPTION, ruleSetOption } from './rulesOption';

/**
 * `forms IN.xlsx -o 记录表.xlsx [--pdf] [--all]`: the term's records printed as the college's
 * paper forms, optionally converted to PDF with LibreOffice.
 */

const OPTIONS = {
  ...OUT_OPTION,
  ...RULES_OPTION,
  pdf: { type: 'boolean' },
  all: { type: 'boolean' },
} as const;
const COMMAND = 'forms';

/**
 * The command as the dispatcher runs every command: usage and file problems are thrown as
 * CliError. `pdf` chooses the LibreOffice program (tests use it to stand for a missing one).
 */
export async function formsCommand(
  ctx: Context,
  args: readonly string[],
  pdf: PdfOptions = {},
): Promise<ExitCode> {
  const f = translator(formsCommandMessages, ctx.lang);
  const { values, positionals } = parse(ctx, COMMAND, args, OPTIONS);
  if (values.help) {
    ctx.io.out(f('help'));
    return EXIT.ok;
  }
  const input = oneInput(ctx, COMMAND, positionals, 'file');
  const out = required(ctx, COMMAND, values.out, '-o');
  checkOutput(ctx, COMMAND, out, [input]);
  const rules = await ruleSetOption(ctx, COMMAND, values.rules);

  const printed = buildPrintBook(await readInput(ctx, input), {
    all: values.all ?? false,
    rules,
    lang: ctx.lang,
  });
  if (!printed.ok) throw new CliError(EXIT.file, f('notPrintable', { file: input, error: printed.error }));
  await writeOutput(ctx, out, await writeFormsXlsx(printed.book));
  report(ctx, out, printed.book);

  if (values.pdf) await writePdf(ctx, out, pdf);
  return EXIT.ok;
}

/** `已写入 记录表.xlsx：班会记录表 8 页，…，共 13 页。`, and how many records are marked. */
function report(ctx: Context, out: string, book: PrintBook): void {
  const f = translator(formsCommandMessages, ctx.lang);
  const totals = printTotals(book);
  const summary = totals.forms.map((form) => f('formPages', form)).join(f('listSeparator'));
  ctx.io.out(f('written', { file: out, summary, pages: totals.pages }));
  if (totals.marked > 0) ctx.io.out(f('marked', { count: totals.marked }));
}

async function writePdf(ctx: Context, out: string, options: PdfOptions): Promise<void> {
  const f = translator(formsCommandMessages, ctx.lang);
  const absolute = path.resolve(ctx.io.cwd, out);
  try {
    const pdf = await convertToPdf(absolute, path.dirname(absolute), options);
    ctx.io.out(f('pdfWritten', { file: path.join(path.dirname(out), path.basename(pdf)) }));
  } catch (error) {
    if (!(error instanceof PdfConversionError)) throw error;
    const message =
      error.code === 'no-soffice'
        ? f('noSoffice', { file: out })
        : f('pdfFailed', { file: out, reason: error.detail });
    throw new CliError(EXIT.file, message);
  }
}

/** The real process's streams, for {@link runForms} called on its own. */
function defaultIo(): Io {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  };
}

/**
 * `banzhuren forms …` with `argv` the arguments after `forms`: runs the command and turns its
 * failures into one message on stderr. Exit code 0 ok, 1 usage error, 2 a file could not be
 * read, printed, written or converted.
 */
export async function runForms(
  argv: readonly string[],
  lang: Lang,
  io: Io = defaultIo(),
  pdf: PdfOptions = {},
): Promise<number> {
  const ctx: Context = { io, lang, t: cliTranslator(lang) };
  try {
    return await formsCommand(ctx, argv, pdf);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(error.message);
    return error.code;
  }
}
