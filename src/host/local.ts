/**
 * What every host takes from the teacher's own computer and web view rather than from the
 * spreadsheet: today's date, a small store for choices, and one-at-a-time actions.
 */
import type { Day } from '../core';
import { localDay } from '../core';
import type { Preferences } from './contract';

/** Today in the teacher's own time zone: a term's weeks follow the local calendar. */
export function localToday(now: Date = new Date()): Day {
  return localDay(now);
}

/**
 * Runs host actions one after another: a re-check started while the previous one is still
 * reading would otherwise interleave with it over the same kept rows and marks.
 */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The pane's own storage (localStorage of the add-in's origin); none where the web view blocks it. */
export function localPreferences(): Preferences | undefined {
  try {
    const storage = window.localStorage;
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Storage full or blocked: the choice lasts until the pane closes.
        }
      },
    };
  } catch {
    return undefined;
  }
}
