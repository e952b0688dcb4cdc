/**
 * A calendar day as a whole number of days since 1970-01-01. Records carry dates, not instants,
 * so day arithmetic (term end, week number) is plain integer arithmetic with no time zones.
 */
export type Day = number & { readonly __day: unique symbol };

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== dayOfMonth
  ) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY) as Day;
}

/** The UTC calendar date of a JS Date: readers hand dates over as UTC midnight of the shown day. */
export function dayFromDate(date: Date): Day | null {
  const ms = date.getTime();
  return Number.isFinite(ms) ? (Math.floor(ms / MS_PER_DAY) as Day) : null;
}

export function addDays(day: Day, days: number): Day {
  return (day + days) as Day;
}

export function dayParts(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `2026-09-15`. */
export function formatDay(day: Day): string {
  const p = dayParts(day);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The day `now` shows on the local clock: a term's weeks follow the teacher's own calendar. */
export function localDay(now: Date): Day {
  const day = dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (day === null) throw new Error(`the clock gives an invalid date: ${String(now)}`);
  return day;
}

/** Midnight UTC of the day, the form readers and writers exchange with spreadsheet libraries. */
export function dayToDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/**
 * Excel serial of a day (from 1900-03-01): 1900 system by default, where Excel's phantom
 * 1900-02-29 makes serials from 61 on one higher; the 1904 system counts from 1904-01-01 = 0.
 */
export function dayToSerial(day: Day, date1904 = false): number {
  return date1904 ? day + 24_107 : day + 25_569;
}

/**
 * Excel serial → day. 1900 system: serial 1 = 1900-01-01 and Excel counts a 1900-02-29 that never
 * was (serial 60), so serials below 60 are one day later than the plain offset. 1904 system:
 * serial 0 = 1904-01-01.
 */
export function dayFromSerial(serial: number, date1904 = false): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (date1904) return (whole - 24_107) as Day;
  if (whole === 60) return null;
  return (whole < 60 ? whole - 25_568 : whole - 25_569) as Day;
}
