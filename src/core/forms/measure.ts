/**
 * Estimates of how much room text takes, so the layout can set row heights (Excel and
 * LibreOffice do not grow a merged cell's row to fit its text) and keep every page within A4.
 * Deliberately generous: a row a little too tall looks fine, a clipped text loses a record.
 */

/** Cell padding, and the share of a line the estimate may fill (word wrap loses some). */
const PADDING = 6;
const FILL = 0.9;
const LINE_SPACING = 1.45;
const ROW_PADDING = 5;

/** Width of a character in ems: CJK and full-width forms are square, the rest about half. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 1 : 0.55;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Points across a run of columns, from Excel's character-unit widths (7 px a unit plus 5 px). */
export function columnsWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
}

export function lineHeight(fontSize: number): number {
  return fontSize * LINE_SPACING;
}

export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * lineHeight(fontSize) + ROW_PADDING);
}

/** Lines the text wraps into, as strings; each remembers whether a line break followed it. */
export interface WrappedLine {
  readonly text: string;
  readonly hardBreak: boolean;
}

export function wrap(text: string, widthPoints: number, fontSize: number): WrappedLine[] {
  const capacity = Math.max(1, ((widthPoints - PADDING) * FILL) / fontSize);
  const lines: WrappedLine[] = [];
  const paragraphs = text.split('\n');
  paragraphs.forEach((paragraph, p) => {
    let line = '';
    let width = 0;
    for (const ch of paragraph) {
      const w = charWidth(ch);
      if (width + w > capacity && line !== '') {
        lines.push({ text: line, hardBreak: false });
        line = '';
        width = 0;
      }
      line += ch;
      width += w;
    }
    lines.push({ text: line, hardBreak: p < paragraphs.length - 1 });
  });
  return lines;
}

export function lineCount(text: string, widthPoints: number, fontSize: number): number {
  return wrap(text, widthPoints, fontSize).length;
}

/** Splits a text into pieces of at most `maxLines` wrapped lines, keeping its line breaks. */
export function splitLines(text: string, widthPoints: number, fontSize: number, maxLines: number): string[] {
  const lines = wrap(text, widthPoints, fontSize);
  const pieces: string[] = [];
  for (let i = 0; i < lines.length; i += maxLines) {
    const group = lines.slice(i, i + maxLines);
    pieces.push(group.map((l, j) => l.text + (l.hardBreak && j < group.length - 1 ? '\n' : '')).join(''));
  }
  return pieces;
}
