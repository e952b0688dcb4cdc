import type { Day } from '../../src/core/day';
import { dayFromParts } from '../../src/core/day';

/** A calendar day the test knows is valid. */
export const day = (y: number, m: number, d: number): Day => dayFromParts(y, m, d) as Day;

/** 基本信息 of the templates the writer tests write: 2026-2027 第一学期 from 2026-09-07. */
export const TEMPLATE_INFO = {
  firstYear: 2026,
  term: 1 as const,
  start: day(2026, 9, 7),
  weeks: null,
  major: '会计学',
  className: '会计2601',
  teacher: '李老师',
};
