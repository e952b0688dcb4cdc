import { demoWorkbook } from '../core/demo';
import { writeWorkbook } from '../node/writeXlsx';
import { noInput, OUT_OPTION, parse, required } from './args';
import { writeOutput } from './workbookFiles';
import { checkOutput } from './paths';
import type { Context, ExitCode } from './io';
import { EXIT } from './io';

/** `demo -o 示例.xlsx`: the worked example of docs/rules.md as a real workbook (it scores 77). */
export async function demoCommand(ctx: Context, args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(ctx, 'demo', args, OUT_OPTION);
  if (values.help) {
    ctx.io.out(ctx.t('help.demo'));
    return EXIT.ok;
  }
  noInput(ctx, 'demo', positionals);
  const out = required(ctx, 'demo', values.out, '-o');
  checkOutput(ctx, 'demo', out, []);
  await writeOutput(ctx, out, await writeWorkbook(demoWorkbook(), { lang: ctx.lang }));
  ctx.io.out(ctx.t('done.demo', { file: out }));
  return EXIT.ok;
}
