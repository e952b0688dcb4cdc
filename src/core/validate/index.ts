import type { Issue } from '../issues';
import type { SheetKey } from '../template';
import { SHEETS } from '../template';
import type { Structure, TableSheet } from '../workbook';
import type { Activity } from './activities';
import { validateActivities } from './activities';
import type { CheckContext } from './context';
import { warnDuplicateRows } from './context';
import type { Contact } from './contacts';
import { validateContacts } from './contacts';
import { validateInterviews } from './interviews';
import type { Meeting } from './meetings';
import { validateMeetings } from './meetings';
import type { Roster } from './roster';
import { readRoster } from './roster';
import type { Talk } from './talks';
import { validateTalks } from './talks';
import type { Visit } from './visits';
import { validateVisits } from './visits';

/** The records that count (rows without errors), and every issue found on the way. */
export interface ValidRecords {
  readonly roster: Roster;
  readonly meetings: readonly Meeting[];
  readonly talks: readonly Talk[];
  readonly interviews: readonly Talk[];
  readonly activities: readonly Activity[];
  readonly visits: readonly Visit[];
  readonly contacts: readonly Contact[];
  readonly prevContacts: readonly Contact[];
  readonly issues: readonly Issue[];
}

const NO_STUDENTS: Roster = { students: [], byId: new Map(), byName: new Map(), dorms: [] };

export function validateRecords(structure: Structure, context: CheckContext): ValidRecords {
  const issues: Issue[] = [];
  /** Runs a sheet's validator after the checks every sheet shares; a sheet the workbook lacks has no records. */
  const check = <T>(key: SheetKey, validate: (table: TableSheet) => T): T | null => {
    const table = structure.tables.get(key);
    if (!table) return null;
    warnDuplicateRows(table, issues);
    return validate(table);
  };

  const roster = check('roster', (t) => readRoster(t, context, issues)) ?? NO_STUDENTS;
  return {
    roster,
    meetings: check('meetings', (t) => validateMeetings(t, context, roster.students.length, issues)) ?? [],
    talks: check('talks', (t) => validateTalks(t, context, roster, issues)) ?? [],
    interviews: check('interviews', (t) => validateInterviews(t, context, roster, issues)) ?? [],
    activities: check('activities', (t) => validateActivities(t, context, issues)) ?? [],
    visits: check('visits', (t) => validateVisits(t, context, roster, issues)) ?? [],
    contacts:
      check('contacts', (t) => validateContacts(t, context, roster, issues, { checkTerm: true })) ?? [],
    prevContacts:
      context.term.term === 2
        ? (check('prevContacts', (t) => validateContacts(t, context, roster, issues, { checkTerm: false })) ??
          [])
        : [],
    issues: sortIssues(issues),
  };
}

const SHEET_ORDER = new Map(SHEETS.map((s, i) => [s.name, i]));

function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (SHEET_ORDER.get(a.sheet) ?? 99) - (SHEET_ORDER.get(b.sheet) ?? 99) ||
      a.row - b.row ||
      (a.columnIndex ?? -1) - (b.columnIndex ?? -1),
  );
}
