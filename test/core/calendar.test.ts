import type { Term } from '../../src/core';
import {
  dayFromParts,
  formatAcademicYear,
  formatDay,
  formatTerm,
  inTerm,
  nextTermOf,
  parseAcademicYear,
  parseTermNumber,
  termEnd,
  termPhase,
  weekOf,
} from '../../src/core';

const day = (y: number, m: number, d: number) => dayFromParts(y, m, d)!;
const term: Term = { firstYear: 2026, term: 1, start: day(2026, 9, 7), weeks: 18 };

describe('term calendar', () => {
  it.each([
    ['2026-2027'],
    ['2026—2027'],
    ['２０２６－２０２７'],
    ['2026-2027学年'],
    ['2026-2027学年度'],
    [' 2026 - 2027 '],
  ])('reads the academic year %p', (value) => {
    expect(parseAcademicYear(value)).toBe(2026);
  });

  it.each([['2026-2028'], ['2026'], ['26-27'], ['2027-2026']])('rejects the academic year %p', (value) => {
    expect(parseAcademicYear(value)).toBeNull();
  });

  it.each([
    ['第一学期', 1],
    ['第二学期', 2],
    ['1', 1],
    ['2', 2],
    [1, 1],
    [2, 2],
    ['一', 1],
    ['二', 2],
    ['第1学期', 1],
    ['２', 2],
  ])('reads the term %p as %p', (value, expected) => {
    expect(parseTermNumber(value)).toBe(expected);
  });

  it.each([['第三学期'], ['3'], [0.1], ['']])('rejects the term %p', (value) => {
    expect(parseTermNumber(value)).toBeNull();
  });

  it('ends the term on start + 7·weeks − 1', () => {
    expect(formatDay(termEnd(term))).toBe('2027-01-10');
    expect(formatDay(termEnd({ ...term, weeks: 20 }))).toBe('2027-01-24');
  });

  it('includes both ends of the term', () => {
    expect(inTerm(term, day(2026, 9, 7))).toBe(true);
    expect(inTerm(term, day(2027, 1, 10))).toBe(true);
    expect(inTerm(term, day(2026, 9, 6))).toBe(false);
    expect(inTerm(term, day(2027, 1, 11))).toBe(false);
  });

  it('numbers weeks from the start date', () => {
    expect(weekOf(term, day(2026, 9, 7))).toBe(1);
    expect(weekOf(term, day(2026, 9, 13))).toBe(1);
    expect(weekOf(term, day(2026, 9, 14))).toBe(2);
    expect(weekOf(term, day(2027, 1, 10))).toBe(18);
  });

  it('tells the current week, or that the term has not begun or is over', () => {
    expect(termPhase(term, day(2026, 11, 6))).toEqual({ phase: 'during', week: 9 });
    expect(termPhase(term, day(2026, 9, 1))).toEqual({ phase: 'before', daysToStart: 6 });
    expect(termPhase(term, day(2027, 2, 1))).toEqual({ phase: 'after' });
  });

  it('advances term 1 to term 2 of the same year and term 2 to term 1 of the next', () => {
    expect(nextTermOf(2026, 1)).toEqual({ firstYear: 2026, term: 2 });
    expect(nextTermOf(2026, 2)).toEqual({ firstYear: 2027, term: 1 });
    expect(formatAcademicYear(2027)).toBe('2027-2028');
    expect(formatTerm(2)).toBe('第二学期');
  });
});
