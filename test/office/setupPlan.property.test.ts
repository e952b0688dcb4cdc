/**
 * Setup's two promises, over workbooks fast-check makes up: no planned write lands on a filled
 * cell, and setting up the result of a setup plans nothing more. The plan is pure, so these run
 * on data alone; test/office/setup.test.ts runs the adapter that sends a plan to Excel.
 */
import fc from 'fast-check';
import type { CellValue, RecordValues, SheetDef, SheetRows } from '../../src/core';
import { CAIJING_V1, SHEETS, sheetDef } from '../../src/core';
import type { SetupPlan, WorkbookSnapshot } from '../../src/office/setupPlan';
import { planSetup } from '../../src/office/setupPlan';
import { TERM_END_NAME } from '../../src/core/dataValidation';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant('  '),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
);

const row = (width: number): fc.Arbitrary<CellValue[]> => fc.array(cell, { maxLength: width });

/** Some of the template's headers in any order, with strays; optionally under title rows. */
function tableSheet(def: SheetDef): fc.Arbitrary<SheetRows> {
  const headers = def.columns.map((c) => c.header);
  const header = fc
    .shuffledSubarray([...headers, '自己加的列', ''], { minLength: 0 })
    .map((names) => names.map((name): CellValue => (name === '' ? null : name)));
  return fc
    .tuple(fc.array(row(3), { maxLength: 2 }), header, fc.array(row(headers.length + 2), { maxLength: 4 }))
    .map(([titles, head, data]) => [...titles, head, ...data]);
}

/** 基本信息: some of its labels, in any order, with any values, among stray rows. */
function infoSheet(): fc.Arbitrary<SheetRows> {
  const labels = [...sheetDef('info').columns.map((c) => c.header), TERM_END_NAME];
  const entry = fc
    .tuple(fc.constantFrom(...labels), cell)
    .map(([label, value]): CellValue[] => [label, value]);
  return fc.array(fc.oneof(entry, row(3)), { maxLength: 10 });
}

const templateSheets = SHEETS.filter((def) => def.layout !== 'output');

/** A workbook: any of the template's sheets (named as written or with stray spaces) and others. */
const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .tuple(
    fc.tuple(
      ...templateSheets.map((def) =>
        fc.option(
          fc.tuple(
            fc.constantFrom(def.name, ` ${def.name}`, def.name.split('').join(' ')),
            def.layout === 'info' ? infoSheet() : tableSheet(def),
            fc.boolean(),
          ),
        ),
      ),
    ),
    fc.subarray(['Sheet1', '备注']),
    fc.subarray(['学期开始日期', '学期结束日期', '别的名称']),
  )
  .map(([sheets, others, names]) => {
    const present = sheets.filter((s): s is [string, SheetRows, boolean] => s !== null);
    return {
      sheetNames: [...others, ...present.map(([name]) => name)],
      rows: new Map(present.map(([name, rows]) => [name, rows])),
      frozen: new Set(present.filter(([, , frozen]) => frozen).map(([name]) => name)),
      names,
    };
  });

const form: fc.Arbitrary<RecordValues> = fc.record(
  {
    year: fc.constantFrom('2026-2027', '2027-2028'),
    term: fc.constantFrom('第一学期', '第二学期'),
    start: fc.constantFrom(46272, 46440),
    weeks: fc.constantFrom(18, 20),
    major: fc.constant('会计学'),
  },
  { requiredKeys: [] },
);

const features = fc.record({ validation: fc.boolean(), printTitles: fc.boolean() });

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * The workbook after Excel carried the plan out, as the next setup would read it. A formula's
 * cell is read as filled: 学期结束日期's formula shows '' while 学期开始日期 is blank, and writing
 * the same formula over it again would change nothing anyway.
 */
function apply(before: WorkbookSnapshot, plan: SetupPlan): WorkbookSnapshot {
  const rows = new Map<string, CellValue[][]>(
    [...before.rows].map(([name, sheet]) => [name, sheet.map((line) => [...line])]),
  );
  for (const name of plan.addSheets) rows.set(name, []);
  for (const block of plan.blocks) {
    const sheet = rows.get(block.sheet) ?? [];
    block.values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null) return;
        const target = (sheet[block.row + r] ??= []);
        while (target.length < block.col + c) target.push(null);
        target[block.col + c] = value as CellValue;
      }),
    );
    rows.set(block.sheet, sheet);
  }
  return {
    sheetNames: [...before.sheetNames, ...plan.addSheets, ...(plan.listSheet ? [plan.listSheet.name] : [])],
    rows,
    frozen: new Set([...before.frozen, ...plan.freeze.map((f) => f.sheet)]),
    names: [...before.names, ...plan.names.map((n) => n.name)],
  };
}

const options = (info: RecordValues, host: { validation: boolean; printTitles: boolean }) => ({
  rules: CAIJING_V1,
  lang: 'zh-CN' as const,
  features: host,
  info,
});

describe('setup planned over any workbook', () => {
  it('never writes over a filled cell, and adds only sheets the workbook lacks', () => {
    const expectOnlyBlankTargets = (workbook: WorkbookSnapshot, plan: SetupPlan) => {
      for (const name of plan.addSheets) expect(workbook.sheetNames).not.toContain(name);
      for (const block of plan.blocks) {
        const sheet = workbook.rows.get(block.sheet) ?? [];
        block.values.forEach((line, r) =>
          line.forEach((value, c) => {
            if (value !== null) expect(isBlank(sheet[block.row + r]?.[block.col + c] ?? null)).toBe(true);
          }),
        );
      }
    };
    fc.assert(
      fc.property(snapshot, form, features, (workbook, info, host) => {
        const plan = planSetup(workbook, options(info, host));
        expectOnlyBlankTargets(workbook, plan);
        // Set up once, every template cell setup writes is filled: a second run must leave them.
        const done = apply(workbook, plan);
        expectOnlyBlankTargets(done, planSetup(done, options(info, host)));
      }),
      { numRuns: 200 },
    );
  });

  it('plans nothing more on a workbook it has set up', () => {
    fc.assert(
      fc.property(snapshot, form, features, (workbook, info, host) => {
        const again = planSetup(
          apply(workbook, planSetup(workbook, options(info, host))),
          options(info, host),
        );
        expect({
          addSheets: again.addSheets,
          blocks: again.blocks,
          headerStyles: again.headerStyles,
          columnFormats: again.columnFormats,
          freeze: again.freeze,
          names: again.names,
          listSheet: again.listSheet,
        }).toEqual({
          addSheets: [],
          blocks: [],
          headerStyles: [],
          columnFormats: [],
          freeze: [],
          names: [],
          listSheet: null,
        });
      }),
      { numRuns: 200 },
    );
  });
});
