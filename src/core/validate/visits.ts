import { splitDorms } from '../cells';
import type { Day } from '../day';
import type { Issue } from '../issues';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { rowDay, validRows } from './context';
import type { Roster } from './roster';

export interface Visit {
  readonly date: Day;
  /** The dorms visited; `全部` is expanded to every dorm of the class. */
  readonly dorms: readonly string[];
}

/** `无` in 发现问题 means nothing was found, so no 处理情况 is owed. */
const NOTHING_FOUND = new Set(['无', '没有', '无问题', '未发现问题', '/', '-']);

/** 走访宿舍: every dorm named must be a dorm of the class; a problem found needs its handling. */
export function validateVisits(
  table: TableSheet,
  context: CheckContext,
  roster: Roster,
  out: Issue[],
): Visit[] {
  return validRows(table, context, out, (check, values) => {
    const dormText = check.text('dorms');
    const parsed = dormText === '' ? null : splitDorms(dormText);
    if (parsed && !parsed.all) {
      for (const dorm of parsed.dorms) {
        if (!roster.dorms.includes(dorm)) check.error('dorms', 'unknownDorm', { value: dorm });
      }
    }
    const problem = check.text('problem');
    if (problem !== '' && !NOTHING_FOUND.has(problem) && check.text('handling') === '') {
      check.error('handling', 'problemUnhandled');
    }
    const date = rowDay(values);
    if (date === null || parsed === null) return null;
    return { date, dorms: parsed.all ? roster.dorms : parsed.dorms };
  });
}
