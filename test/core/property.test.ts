import fc from 'fast-check';
import type { CellValue, RecordValues, SheetKey } from '../../src/core';
import { BONUS_KEYS, MINIMUM_KEYS, RECORD_SHEETS, scoreWorkbook, sheetDef } from '../../src/core';
import { INFO, ROSTER, VALID, workbook } from './helpers';

/** Cells as people type them and as hosts store them, weighted towards the forms the core parses. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, '#VALUE!', 'Err:502'),
  fc.constantFrom(
    '2026-09-15',
    '9/15',
    '9月15日',
    '２０２６年９月１５日 14:30',
    46280,
    46280.5,
    '2027-02-30',
  ),
  fc.constantFrom(
    '全部',
    'A101、B202',
    'A101,,Z9',
    '集体',
    '个别',
    '班会',
    '检查卫生',
    '报喜',
    '30分钟',
    '4',
    '-1',
    '2026001',
    '张 伟',
  ),
);

const sheetRows = (key: SheetKey) =>
  fc.array(
    fc
      .tuple(...sheetDef(key).columns.map(() => cell))
      .map((cells) => Object.fromEntries(sheetDef(key).columns.map((c, i) => [c.key, cells[i]]))),
    { maxLength: 8 },
  );

const anyTables = fc.record(
  Object.fromEntries([...RECORD_SHEETS, 'roster', 'prevContacts'].map((k) => [k, sheetRows(k as SheetKey)])),
) as fc.Arbitrary<Partial<Record<SheetKey, RecordValues[]>>>;

const anyInfo = fc.record({ year: cell, term: cell, start: cell, weeks: cell }, { requiredKeys: [] });

describe('the core on arbitrary cells (property)', () => {
  it('never throws, and a score is null or within 60…90', () => {
    fc.assert(
      fc.property(anyTables, fc.boolean(), anyInfo, (tables, realInfo, info) => {
        const outcome = scoreWorkbook(workbook(tables, realInfo ? {} : { ...INFO, ...info }), { lang: 'en' });
        if (outcome.ok && outcome.score !== null) {
          expect(outcome.score).toBeGreaterThanOrEqual(60);
          expect(outcome.score).toBeLessThanOrEqual(90);
        }
        if (!outcome.ok) expect(outcome.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on ragged rows of raw values, including the header row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }), (rows) => {
        const input = workbook();
        for (const name of Object.keys(input.sheets)) {
          expect(() => scoreWorkbook({ sheets: { ...input.sheets, [name]: rows } })).not.toThrow();
        }
      }),
      { numRuns: 60 },
    );
  });
});

const dateInTerm = fc
  .integer({ min: 0, max: 18 * 7 - 1 })
  .map((offset) => new Date(Date.UTC(2026, 8, 7 + offset)));
const student = fc.constantFrom(...ROSTER);
const dorms = fc.subarray(['A101', 'B202'], { minLength: 1 }).map((d) => d.join('、'));

/** A record that is valid on its own (no 集体 talks: a group can grow past 8 and invalidate others). */
type Keyed = [SheetKey, RecordValues];
const keyed = (sheet: SheetKey, record: RecordValues): Keyed => [sheet, record];

/** A record that is valid on its own (no 集体 talks: a group can grow past 8 and invalidate others). */
const validRecord: fc.Arbitrary<Keyed> = fc.oneof(
  fc
    .tuple(dateInTerm, fc.constantFrom('甲', '乙', '丙'))
    .map(([date, topic]) => keyed('meetings', { ...VALID.meetings, date, topic })),
  fc
    .tuple(dateInTerm, student)
    .map(([date, s]) =>
      keyed('talks', { ...VALID.talks, date, studentId: s.studentId, studentName: s.studentName }),
    ),
  fc
    .tuple(dateInTerm, student)
    .map(([date, s]) =>
      keyed('interviews', { ...VALID.interviews, date, studentId: s.studentId, studentName: s.studentName }),
    ),
  fc
    .tuple(dateInTerm, fc.constantFrom('观影', '篮球'))
    .map(([date, name]) => keyed('activities', { ...VALID.activities, date, name })),
  fc.tuple(dateInTerm, dorms).map(([date, d]) => keyed('visits', { ...VALID.visits, date, dorms: d })),
  fc
    .tuple(dateInTerm, student)
    .map(([date, s]) =>
      keyed('contacts', { ...VALID.contacts, date, studentId: s.studentId, studentName: s.studentName }),
    ),
);

describe('adding a valid record (property)', () => {
  it('never lowers any count', () => {
    fc.assert(
      fc.property(fc.array(validRecord, { maxLength: 30 }), validRecord, (records, [sheet, extra]) => {
        const tables: Partial<Record<SheetKey, RecordValues[]>> = {};
        for (const [key, record] of records) tables[key] = [...(tables[key] ?? []), record];
        const before = scoreWorkbook(workbook(tables));
        const after = scoreWorkbook(workbook({ ...tables, [sheet]: [...(tables[sheet] ?? []), extra] }));
        if (!before.ok || !after.ok) throw new Error('the base workbook must score');
        for (const key of MINIMUM_KEYS)
          expect(after.minimums[key].count).toBeGreaterThanOrEqual(before.minimums[key].count);
        for (const key of BONUS_KEYS) {
          expect(after.bonuses[key].count).toBeGreaterThanOrEqual(before.bonuses[key].count);
          expect(after.bonuses[key].points).toBeGreaterThanOrEqual(before.bonuses[key].points);
        }
        if (after.score !== null) expect(after.score).toBeGreaterThanOrEqual(before.score ?? 60);
        expect(after.score ?? 60).toBeLessThanOrEqual(90);
        expect(after.minimums.dormVisits.fullSweeps ?? 0).toBeGreaterThanOrEqual(
          before.minimums.dormVisits.fullSweeps ?? 0,
        );
      }),
      { numRuns: 200 },
    );
  });
});
