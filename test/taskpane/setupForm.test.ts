import { demoWorkbook, infoRows, scoreWorkbook } from '../../src/core';
import type { SetupForm } from '../../src/taskpane/setupForm';
import { formErrors, formToInfo, infoCells, initialForm } from '../../src/taskpane/setupForm';
import { day } from './helpers';

const FORM: SetupForm = {
  year: '2026-2027',
  term: '1',
  start: '2026-09-07',
  weeks: '',
  major: '会计学',
  className: '会计2601',
  teacher: ' 李老师 ',
};

describe('the setup form', () => {
  it('starts from the workbook’s own 基本信息 when it can be read', () => {
    const outcome = scoreWorkbook(demoWorkbook());
    if (!outcome.ok) throw new Error(outcome.error);
    expect(initialForm(outcome, day(2026, 11, 4))).toEqual({
      year: '2026-2027',
      term: '1',
      start: '2026-09-07',
      weeks: '18',
      major: '会计学',
      className: '会计2601',
      teacher: '李老师',
    });
  });

  it.each([
    [day(2026, 9, 1), '2026-2027', '1'],
    [day(2027, 1, 5), '2026-2027', '1'],
    [day(2027, 3, 1), '2026-2027', '2'],
    [day(2027, 7, 31), '2026-2027', '2'],
  ])('guesses the term today (%s) falls in', (today, year, term) => {
    expect(initialForm(null, today)).toMatchObject({ year, term, start: '' });
  });

  it('accepts blank fields and reports a malformed year or weeks', () => {
    expect(formErrors(FORM)).toEqual({});
    expect(formErrors({ ...FORM, year: '2026-2028' })).toEqual({ year: 'formYearInvalid' });
    expect(formErrors({ ...FORM, weeks: '31' })).toEqual({ weeks: 'formWeeksInvalid' });
    expect(formErrors({ ...FORM, weeks: '20周' })).toEqual({ weeks: 'formWeeksInvalid' });
  });

  it('requires the start date unless 基本信息 already holds one', () => {
    expect(formErrors({ ...FORM, start: '' })).toEqual({ start: 'formStartRequired' });
    expect(formErrors({ ...FORM, start: '' }, { start: { value: '九月初', address: 'B4' } })).toEqual({});
  });

  it('shows what the 基本信息 cells hold, unreadable values as typed, blank ones left to the form', () => {
    const input = {
      sheets: { 基本信息: infoRows({ year: '2026', term: '第一学期', start: '九月初', teacher: '李老师' }) },
    };
    expect(infoCells(input)).toEqual({
      sheet: '基本信息',
      cells: {
        year: { value: '2026', address: 'B2' },
        term: { value: '第一学期', address: 'B3' },
        start: { value: '九月初', address: 'B4' },
        teacher: { value: '李老师', address: 'B8' },
      },
    });
    expect(infoCells(demoWorkbook())?.cells.start).toEqual({ value: '2026-09-07', address: 'B4' });
    expect(infoCells({ sheets: { Sheet1: [] } })).toBeNull();
  });

  it('writes the start date as an Excel serial, the term as the list’s wording, and leaves blanks out', () => {
    expect(formToInfo(FORM)).toEqual({
      year: '2026-2027',
      term: '第一学期',
      start: 46272,
      major: '会计学',
      className: '会计2601',
      teacher: '李老师',
    });
    expect(formToInfo({ ...FORM, term: '2', weeks: '20', start: '' })).toMatchObject({
      term: '第二学期',
      weeks: 20,
    });
    expect(formToInfo({ ...FORM, start: '' })).not.toHaveProperty('start');
  });
});
