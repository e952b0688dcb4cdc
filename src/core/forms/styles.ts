import type { Borders, CellStyle, Margins, StyleKey } from './types';

/**
 * How each kind of cell looks, and the measures the layout plans with. Sizes follow Chinese
 * office forms: titles 小二 (18 pt), text 五号 (10.5 pt), dense tables 小五 (9 pt).
 */

/** 宋体 is what the college's forms use; LibreOffice substitutes Noto CJK for it where 宋体 is absent. */
export const FORM_FONT = '宋体';

const BOX: Borders = { top: true, bottom: true, left: true, right: true };
const NONE: Borders = { top: false, bottom: false, left: false, right: false };

const style = (
  fontSize: number,
  horizontal: CellStyle['horizontal'],
  vertical: CellStyle['vertical'],
  border: Borders,
): CellStyle => ({ fontSize, bold: false, horizontal, vertical, wrap: true, border });

const bold = (plain: CellStyle): CellStyle => ({ ...plain, bold: true });

export const FORM_STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  number: style(10.5, 'left', 'bottom', NONE),
  title: bold(style(18, 'center', 'middle', NONE)),
  subtitle: style(12, 'center', 'middle', NONE),
  label: style(10.5, 'center', 'middle', BOX),
  value: style(10.5, 'left', 'middle', BOX),
  text: style(10.5, 'left', 'top', BOX),
  textFirst: style(10.5, 'left', 'top', { ...BOX, bottom: false }),
  textMiddle: style(10.5, 'left', 'top', { ...BOX, top: false, bottom: false }),
  textLast: style(10.5, 'left', 'top', { ...BOX, top: false }),
  signature: style(10.5, 'right', 'bottom', BOX),
  header: bold(style(10, 'center', 'middle', BOX)),
  index: style(9, 'center', 'middle', BOX),
  cell: style(9, 'left', 'middle', BOX),
  note: style(10, 'left', 'middle', NONE),
  mark: style(10, 'left', 'top', NONE),
};

/** Inches. The footer carries the class and the page number. */
export const FORM_MARGINS: Margins = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.7,
  header: 0.3,
  footer: 0.3,
};

/** A4 is 595 × 842 points. */
const A4_HEIGHT = 842;

/**
 * Height a page may fill, in points. Below the paper's printable height (margins off) with room
 * to spare, because fonts differ between Excel and LibreOffice and an overfull page would be
 * split by the host at a place of its choosing.
 */
export const PAGE_BUDGET = Math.floor(A4_HEIGHT - 72 * (FORM_MARGINS.top + FORM_MARGINS.bottom)) - 40;

/** Excel refuses rows taller than 409 points; longer texts continue in the next row. */
export const MAX_ROW_HEIGHT = 409;
