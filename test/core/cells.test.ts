import type { Term } from '../../src/core';
import {
  cellText,
  dayFromParts,
  dayFromSerial,
  dayToSerial,
  dormKey,
  formatDay,
  nameKey,
  parseDate,
  parseNumber,
  readCell,
  splitDorms,
  studentIdKey,
} from '../../src/core';

const term1: Term = { firstYear: 2026, term: 1, start: dayFromParts(2026, 9, 7)!, weeks: 18 };
const term2: Term = { firstYear: 2026, term: 2, start: dayFromParts(2027, 2, 22)!, weeks: 18 };

const date = (value: Parameters<typeof readCell>[0], term: Term = term1, date1904 = false) => {
  const parsed = parseDate(readCell(value), { term, date1904 });
  return parsed.ok ? formatDay(parsed.value) : null;
};

describe('dates', () => {
  it.each([
    ['an Excel serial', 46280, '2026-09-15'],
    ['a serial with a time of day', 46280.604166, '2026-09-15'],
    ['a JS Date at UTC midnight', new Date(Date.UTC(2026, 8, 15)), '2026-09-15'],
    ['a JS Date with a time', new Date(Date.UTC(2026, 8, 15, 14, 30)), '2026-09-15'],
    ['ISO text', '2026-09-15', '2026-09-15'],
    ['slashes', '2026/9/15', '2026-09-15'],
    ['dots', '2026.9.15', '2026-09-15'],
    ['年月日', '2026年9月15日', '2026-09-15'],
    ['ISO with a time', '2026-09-15 14:30', '2026-09-15'],
    ['ISO with T and seconds', '2026-09-15T14:30:00', '2026-09-15'],
    ['年月日 with a time', '2026年9月15日 14:30', '2026-09-15'],
    ['full-width digits', '２０２６－０９－１５', '2026-09-15'],
    ['full-width digits and colon', '２０２６年９月１５日　１４：３０', '2026-09-15'],
    ['month first, year from term 1 (autumn)', '9/15', '2026-09-15'],
    ['month first, year from term 1 (January)', '1/5', '2027-01-05'],
    ['月日, year from term 1', '9月15日', '2026-09-15'],
    ['月日 in January of term 1', '1月8日', '2027-01-08'],
    ['月日 with a time', '9月15日 8:05', '2026-09-15'],
  ])('reads %s', (_label, value, expected) => {
    expect(date(value)).toBe(expected);
  });

  it('takes the year of a month-first date from term 2', () => {
    expect(date('3/15', term2)).toBe('2027-03-15');
    expect(date('6月30日', term2)).toBe('2027-06-30');
  });

  it('shifts serials of the 1904 date system', () => {
    expect(date(44818, term1, true)).toBe('2026-09-15');
  });

  it('handles the 1900 system around its phantom leap day', () => {
    expect(formatDay(dayFromSerial(1)!)).toBe('1900-01-01');
    expect(formatDay(dayFromSerial(59)!)).toBe('1900-02-28');
    expect(dayFromSerial(60)).toBeNull();
    expect(formatDay(dayFromSerial(61)!)).toBe('1900-03-01');
    expect(dayToSerial(dayFromParts(2026, 9, 15)!)).toBe(46280);
  });

  it.each([
    ['2026-02-30'],
    ['2026-13-01'],
    ['15/9/2026'],
    ['next Monday'],
    ['9/15 25:00'],
    [0],
    [-5],
    [3_000_000],
    [true],
    ['2026-09'],
  ])('rejects %p', (value) => {
    expect(date(value)).toBeNull();
  });

  it('needs a term to place a date without a year', () => {
    expect(parseDate(readCell('9/15')).ok).toBe(false);
  });

  it('treats blank and error cells as no date', () => {
    expect(date(null)).toBeNull();
    expect(date('#N/A')).toBeNull();
  });
});

describe('numbers', () => {
  const num = (value: Parameters<typeof readCell>[0]) => {
    const parsed = parseNumber(readCell(value));
    return parsed.ok ? parsed.value : null;
  };

  it.each([
    [30, 30],
    ['30', 30],
    ['３０', 30],
    ['30分钟', 30],
    ['30 分钟', 30],
    ['30分', 30],
    ['7.5', 7.5],
    [' 40 ', 40],
    ['15min', 15],
  ])('reads %p as %p', (value, expected) => {
    expect(num(value)).toBe(expected);
  });

  it.each([['半小时'], ['30-40'], [true], [new Date(0)], [''], ['#VALUE!']])('rejects %p', (value) => {
    expect(num(value)).toBeNull();
  });
});

describe('cells and text', () => {
  it('trims text, including the ideographic space', () => {
    expect(cellText(readCell('\u3000 主题 \u00a0'))).toBe('主题');
  });

  it('treats white space only as blank', () => {
    expect(readCell('  \u3000').kind).toBe('blank');
    expect(readCell(undefined).kind).toBe('blank');
  });

  it.each([['#N/A'], ['#REF!'], ['#VALUE!'], ['#DIV/0!'], ['#NAME?'], ['Err:502']])(
    'reads %s as an error value',
    (value) => {
      expect(readCell(value)).toEqual({ kind: 'error', code: value });
    },
  );

  it('reads error objects from readers and non-finite numbers as error values', () => {
    expect(readCell({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
    expect(readCell(Number.NaN).kind).toBe('error');
    expect(readCell(new Date(Number.NaN)).kind).toBe('error');
  });

  it('collapses inner white space in names', () => {
    expect(nameKey(readCell('张 伟'))).toBe(nameKey(readCell('张伟')));
    expect(nameKey(readCell('张\u3000伟'))).toBe('张伟');
  });

  it('turns 学号 half-width and keeps every digit of numeric ones', () => {
    expect(studentIdKey(readCell('２０２６００１'))).toBe('2026001');
    expect(studentIdKey(readCell(20260010001))).toBe('20260010001');
    expect(studentIdKey(readCell('js272001'))).toBe('JS272001');
  });

  it('turns 宿舍 half-width and upper case', () => {
    expect(dormKey('Ａ１０１')).toBe('A101');
    expect(dormKey(' a101 ')).toBe('A101');
  });

  it.each([
    ['A101、B202'],
    ['A101,B202'],
    ['A101，B202'],
    ['A101;B202'],
    ['A101；B202'],
    ['A101/B202'],
    ['A101 B202'],
    ['A101\u3000B202'],
    ['A101、 B202'],
    ['A101, B202'],
  ])('splits the dorms of %p', (value) => {
    expect(splitDorms(value)).toEqual({ all: false, dorms: ['A101', 'B202'] });
  });

  it('reads 全部 as every dorm', () => {
    expect(splitDorms(' 全部 ')).toEqual({ all: true });
  });
});
