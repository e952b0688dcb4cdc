import { columnsWidth, lineCount, splitLines, textWidth, wrap } from '../../src/core/forms/measure';

describe('text measures for row heights', () => {
  it('counts CJK and full-width characters as one em and the rest as about half', () => {
    expect(textWidth('班会')).toBe(2);
    expect(textWidth('（Ａ）')).toBe(3);
    expect(textWidth('2026')).toBeCloseTo(2.2);
  });

  it('measures columns as Excel does: 7 pixels a character unit plus 5, at 0.75 points a pixel', () => {
    expect(columnsWidth([10])).toBe(56.25);
    expect(columnsWidth([10, 10])).toBe(112.5);
  });

  it('wraps at the width and keeps line breaks', () => {
    const lines = wrap('一二三四五六\n七', 6 + (3 * 10) / 0.9, 10);
    expect(lines).toEqual([
      { text: '一二三', hardBreak: false },
      { text: '四五六', hardBreak: true },
      { text: '七', hardBreak: false },
    ]);
    expect(lineCount('', 100, 10)).toBe(1);
  });

  it('splits a long text into pieces of whole lines that join back to the text', () => {
    const text = '一二三四五六七八九十\n甲乙';
    const pieces = splitLines(text, 6 + (3 * 10) / 0.9, 10, 2);
    expect(pieces).toEqual(['一二三四五六', '七八九十', '甲乙']);
    expect(splitLines('a\nb\nc', 100, 10, 2)).toEqual(['a\nb', 'c']);
  });
});
