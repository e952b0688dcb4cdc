import { describeValidation } from '../../src/core/dataValidation';
import { officeAlert, officeRule } from '../../src/office/validationRules';

describe('data validation in Office.js terms', () => {
  it('gives a prompt-only entry no rule', () => {
    expect(officeRule({ type: 'none' })).toBeNull();
  });

  it('writes an inline list as its values and a named list as a formula', () => {
    expect(officeRule({ type: 'list', values: ['个别', '集体'], source: '"个别,集体"' })).toEqual({
      list: { inCellDropDown: true, source: '个别,集体' },
    });
    expect(officeRule({ type: 'list', values: ['a'], source: '选项_careCategory' })).toEqual({
      list: { inCellDropDown: true, source: '=选项_careCategory' },
    });
  });

  it('passes numbers as numbers and formulas with a leading =', () => {
    expect(officeRule({ type: 'whole', operator: 'between', formula1: '1', formula2: '30' })).toEqual({
      wholeNumber: { operator: 'Between', formula1: 1, formula2: 30 },
    });
    expect(officeRule({ type: 'decimal', operator: 'greaterThanOrEqual', formula1: 'E2' })).toEqual({
      decimal: { operator: 'GreaterThanOrEqualTo', formula1: '=E2' },
    });
    expect(officeRule({ type: 'custom', formula: 'COUNTIF(A:A,A2)=1' })).toEqual({
      custom: { formula: '=COUNTIF(A:A,A2)=1' },
    });
  });

  it('gives date bounds as a formula or an ISO date, never before the workbook’s first day', () => {
    expect(
      officeRule({ type: 'date', operator: 'between', formula1: '学期开始日期', formula2: '2958465' }),
    ).toEqual({ date: { operator: 'Between', formula1: '=学期开始日期', formula2: '9999-12-31' } });
    expect(officeRule({ type: 'date', operator: 'greaterThanOrEqual', formula1: '1' }, true)).toEqual({
      date: { operator: 'GreaterThanOrEqualTo', formula1: '1904-01-01' },
    });
  });

  it('shows every alert, in the style asked for', () => {
    const alert = { title: 't', message: 'm' };
    expect(officeAlert({ ...alert, style: 'stop' })).toEqual({ showAlert: true, style: 'Stop', ...alert });
    expect(officeAlert({ ...alert, style: 'warning' }).style).toBe('Warning');
    expect(officeAlert({ ...alert, style: 'information' }).style).toBe('Information');
  });

  it('translates every rule of the template to the Office.js rule of its kind', () => {
    const officeKey = {
      list: 'list',
      date: 'date',
      whole: 'wholeNumber',
      decimal: 'decimal',
      custom: 'custom',
    };
    const rules = describeValidation().sheets.flatMap((sheet) => sheet.validations.map((v) => v.rule));
    expect(new Set(rules.map((r) => r.type))).toEqual(
      new Set(['none', 'list', 'date', 'whole', 'decimal', 'custom']),
    );
    for (const rule of rules) {
      const office = officeRule(rule);
      expect(office === null ? null : Object.keys(office)).toEqual(
        rule.type === 'none' ? null : [officeKey[rule.type]],
      );
    }
  });
});
