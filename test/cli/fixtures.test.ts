import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ScoreEntry, ScoreReport } from '../../src/core';
import { cli, expectNoStackTrace, expectWellFormed, FIXTURES, parseReport } from './helpers';

/**
 * The workbooks an independent program wrote (test/fixtures/workbooks): `score --json` over
 * each batch must match every field its expected.json gives. For `ok: false` entries we require
 * ok:false and that our (Chinese) message names the same sheet and column as theirs
 * ("谈话记录 lacks 谈话人").
 */

interface Expected {
  readonly excellentQuota: number;
  readonly workbooks: readonly (Record<string, unknown> & { readonly file: string; readonly ok: boolean })[];
}

function xlsxIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(folder, f));
}

async function scoreBatch(folder: string): Promise<{ code: number; report: ScoreReport; stderr: string }> {
  const run = await cli(['score', '--json', ...xlsxIn(folder)]);
  return { code: run.code, report: parseReport(run.stdout), stderr: run.stderr };
}

function expectMatches(report: ScoreReport, expected: Expected): void {
  expect(report.excellentQuota).toBe(expected.excellentQuota);
  const byName = new Map(report.workbooks.map((w) => [path.basename(w.file), w]));
  expect([...byName.keys()].sort()).toEqual(expected.workbooks.map((w) => w.file).sort());
  for (const want of expected.workbooks) {
    const got = byName.get(want.file) as ScoreEntry;
    expectWellFormed(got);
    for (const [field, value] of Object.entries(want)) {
      if (field === 'file') continue;
      if (field === 'error') {
        const named = /^(\S+) lacks (\S+)$/.exec(String(value));
        expect(got.ok).toBe(false);
        const message = got.ok ? '' : got.error;
        for (const part of named ? [named[1], named[2]] : []) expect(message).toContain(part);
        continue;
      }
      expect({ file: want.file, field, value: (got as unknown as Record<string, unknown>)[field] }).toEqual({
        file: want.file,
        field,
        value,
      });
    }
  }
}

describe('score --json over the independent fixture batches', () => {
  it('finds the fixtures (test/fixtures/workbooks)', () => {
    expect(xlsxIn(path.join(FIXTURES, 'random'))).toHaveLength(24);
    expect(xlsxIn(path.join(FIXTURES, 'libreoffice'))).toHaveLength(6);
    expect(xlsxIn(path.join(FIXTURES, 'fuzz'))).toHaveLength(12);
  });

  it('random/: matches every field of expected.json, scored as one batch', async () => {
    const folder = path.join(FIXTURES, 'random');
    const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expected;
    const { code, report } = await scoreBatch(folder);
    expectMatches(report, expected);
    expect(code).toBe(expected.workbooks.every((w) => w.ok) ? 0 : 2);
  });

  it('libreoffice/: the LibreOffice re-saves match their expected.json as their own batch', async () => {
    const folder = path.join(FIXTURES, 'libreoffice');
    const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expected;
    const { code, report } = await scoreBatch(folder);
    expectMatches(report, expected);
    expect(code).toBe(0);
  });

  it('fuzz/: every hostile file gets a well-formed entry or a clear message, never a crash or stack trace', async () => {
    const files = xlsxIn(path.join(FIXTURES, 'fuzz'));
    const run = await cli(['score', '--json', ...files]);
    expect([0, 2]).toContain(run.code);
    expectNoStackTrace(run.stdout + run.stderr);
    const report = parseReport(run.stdout);
    expect(report.workbooks.map((w) => w.file)).toEqual(files);
    for (const entry of report.workbooks) expectWellFormed(entry);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(report.workbooks.filter((w) => !w.ok).length);
    const table = await cli(['score', ...files]);
    expect(table.code).toBe(run.code);
    expectNoStackTrace(table.stdout);
  });
});
