import type { FormContext } from './records';
import { address } from './grid';
import type { SheetGrid } from './grid';
import { FORM_MARGINS } from './styles';
import type { FormKey, PrintPage, PrintSheet } from './types';
import { sheetDef } from '../template';

/** The paper form's title, from the template (`班会记录表`). */
export function formTitle(form: FormKey): string {
  return sheetDef(form).form ?? sheetDef(form).name;
}

/** Header/footer codes treat `&` as a command; text from the workbook must not trigger one. */
function escapeCodes(text: string): string {
  return text.replace(/&/g, '&&');
}

function footer(ctx: FormContext): string {
  const { major, className, teacher } = ctx.info;
  const left = escapeCodes(ctx.t('footer', { major, className, teacher }));
  return `&L${left}&R${ctx.t('pageOf', { page: '&P', pages: '&N' })}`;
}

/** Wraps a laid-out grid into a sheet with its page setup. */
export function finishSheet(
  form: FormKey,
  grid: SheetGrid,
  pages: readonly PrintPage[],
  breaks: readonly number[],
  ctx: FormContext,
): PrintSheet {
  return {
    form,
    name: formTitle(form),
    source: sheetDef(form).name,
    columnWidths: grid.widths,
    cells: grid.cells,
    merges: grid.merges,
    rowHeights: grid.rowHeights,
    rowBreaks: [...new Set(breaks)].sort((a, b) => a - b),
    pages,
    setup: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: FORM_MARGINS,
      printArea: `A1:${address(grid.lastRow, grid.widths.length)}`,
      footer: footer(ctx),
    },
  };
}
