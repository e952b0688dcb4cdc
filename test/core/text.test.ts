import { isWhiteSpace, removeWhiteSpace, toHalfWidth, trimText } from '../../src/core/text';

describe('text normalisation', () => {
  it('counts as white space exactly what JavaScript’s \\s does, for every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it.each([
    ['', ''],
    ['张三', '张三'],
    ['\u3000张三\u00a0', '张三'],
    ['\ufeff 张 三\t\n', '张 三'],
    ['   ', ''],
  ])('trims %j to %j', (value, trimmed) => {
    expect(trimText(value)).toBe(trimmed);
  });

  it.each([
    ['张三', '张三'],
    ['张\u3000三 丰\u2003', '张三丰'],
  ])('removes the white space of %j', (value, removed) => {
    expect(removeWhiteSpace(value)).toBe(removed);
  });

  it.each([
    ['时长(分钟)', '时长(分钟)'],
    ['时长（分钟）', '时长(分钟)'],
    ['Ａ１\u3000：', 'A1 :'],
  ])('makes %j half-width', (value, half) => {
    expect(toHalfWidth(value)).toBe(half);
  });
});
