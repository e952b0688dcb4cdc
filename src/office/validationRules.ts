/**
 * The shared data-validation description (src/core/dataValidation.ts) in Office.js's terms:
 * rule, operator and alert objects as Range.dataValidation takes them. Pure (Office's types only),
 * so the translation is tested on data; ./excel.ts sends the result.
 */
import type { Day } from '../core';
import { dayFromParts, dayFromSerial, formatDay } from '../core';
import type { CellValidation, ValidationRule } from '../core/dataValidation';

/** Excel's DataValidationType for each kind of rule of the shared description. */
export const OFFICE_TYPE: Readonly<Record<ValidationRule['type'], string>> = {
  none: 'None',
  list: 'List',
  date: 'Date',
  whole: 'WholeNumber',
  decimal: 'Decimal',
  custom: 'Custom',
};

const OPERATORS = { between: 'Between', greaterThanOrEqual: 'GreaterThanOrEqualTo' } as const;

/** A formula of the description (no leading `=`) as Office.js takes it: numbers as numbers, formulas with `=`. */
function officeFormula(formula: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(formula) ? Number(formula) : `=${formula}`;
}

/**
 * A date rule's bound as Office.js documents it: a `=formula`, or an ISO-8601 date — a bare
 * serial such as "1" is not among the documented forms. The description's serials count in the
 * 1900 system; a bound before the first day of the workbook's date system (1904-01-01 in a 1904
 * workbook) is that first day.
 */
function dateOperand(formula: string, date1904: boolean): string {
  if (!/^\d+$/.test(formula)) return `=${formula}`;
  const first = dayFromParts(date1904 ? 1904 : 1900, 1, 1) as Day;
  const day = dayFromSerial(Number(formula)) ?? first;
  return formatDay(Math.max(day, first) as Day);
}

/** A rule as Office.js takes it (date bounds for the workbook's date system); null for a prompt-only entry. */
export function officeRule(rule: ValidationRule, date1904 = false): Excel.DataValidationRule | null {
  switch (rule.type) {
    case 'none':
      return null;
    case 'list':
      // The description writes inline lists as OOXML does (`"a,b"`); Office.js wants `a,b`.
      return {
        list: {
          inCellDropDown: true,
          source: rule.source.startsWith('"') ? rule.values.join(',') : `=${rule.source}`,
        },
      };
    case 'custom':
      return { custom: { formula: `=${rule.formula}` } };
    case 'date': {
      const date: Excel.DateTimeDataValidation = {
        operator: OPERATORS[rule.operator],
        formula1: dateOperand(rule.formula1, date1904),
      };
      if (rule.formula2 !== undefined) date.formula2 = dateOperand(rule.formula2, date1904);
      return { date };
    }
    default: {
      const basic: Excel.BasicDataValidation = {
        operator: OPERATORS[rule.operator],
        formula1: officeFormula(rule.formula1),
      };
      if (rule.formula2 !== undefined) basic.formula2 = officeFormula(rule.formula2);
      return rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

/** An error alert as Office.js takes it. */
export function officeAlert(alert: NonNullable<CellValidation['alert']>): Excel.DataValidationErrorAlert {
  const style = alert.style === 'stop' ? 'Stop' : alert.style === 'warning' ? 'Warning' : 'Information';
  return { showAlert: true, style, title: alert.title, message: alert.message };
}
