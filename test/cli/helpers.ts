import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScoreEntry, ScoreReport } from '../../src/core';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** The repository root and the independent program's fixture workbooks (test/fixtures/workbooks). */
export const REPO = path.resolve(__dirname, '../..');
export const FIXTURES = path.resolve(REPO, 'test/fixtures/workbooks');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Progress lines, when run as on a terminal. */
  readonly progress: readonly string[];
}

/** Runs the command line in-process, as the real process would, capturing its output. */
export async function cli(
  args: readonly string[],
  options: { cwd?: string; tty?: boolean } = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    ...(options.tty ? { progress: (text: string) => progress.push(text) } : {}),
    cwd: options.cwd ?? REPO,
  };
  const code = await main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), progress };
}

/** Runs a real process (node + tsx, or the bin) and collects its exit code and output. */
export function spawn(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BANZHUREN_DEBUG: '' } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr, progress: [] });
      },
    );
  });
}

/** `tsx src/cli/main.ts …` as `npm run cli` runs it. */
export function tsxCli(args: readonly string[], cwd: string): Promise<Run> {
  return spawn(
    process.execPath,
    [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO, 'src/cli/main.ts'), ...args],
    cwd,
  );
}

/** The package's bin, as `npx banzhuren …` runs it. */
export function bin(args: readonly string[], cwd: string): Promise<Run> {
  return spawn(process.execPath, [path.join(REPO, 'bin/banzhuren.cjs'), ...args], cwd);
}

export function tempDir(prefix = 'cli-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function parseReport(stdout: string): ScoreReport {
  return JSON.parse(stdout) as ScoreReport;
}

/** Every JSON score entry is well formed: a result with its fields, or ok:false with a message. */
export function expectWellFormed(entry: ScoreEntry): void {
  expect(typeof entry.file).toBe('string');
  if (!entry.ok) {
    expect(Object.keys(entry).sort()).toEqual(['error', 'file', 'ok']);
    expect(entry.error.length).toBeGreaterThan(5);
    expect(entry.error).not.toMatch(/\n\s+at |Error:|undefined|\{\w+\}/);
    return;
  }
  expect(['优秀', '合格', '不合格']).toContain(entry.grade);
  expect(entry.score === null || Number.isInteger(entry.score)).toBe(true);
  expect(entry.score === null).toBe(entry.grade === '不合格');
  expect(Object.keys(entry.bonus)).toEqual(['meetings', 'talks', 'activities', 'dorms', 'parents']);
  expect(Object.keys(entry.minimums)).toEqual([
    'meetings',
    'talks',
    'activities',
    'dormVisits',
    'parents',
    'specialCare',
  ]);
  for (const m of Object.values(entry.minimums)) expect(Object.keys(m)).toEqual(['count', 'required', 'met']);
  expect(typeof entry.tiedAtCutoff).toBe('boolean');
  expect(entry.ruleSet).toBe('财经学院 v1');
  for (const issue of [...entry.errors, ...entry.warnings]) {
    expect(Object.keys(issue)).toEqual(['sheet', 'row', 'column', 'message']);
    expect(Number.isInteger(issue.row)).toBe(true);
  }
}

/** No stack trace, no JS error text in what a user sees. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(
    /\n\s+at .+\(.*:\d+:\d+\)|node:internal|TypeError|ReferenceError|WorkbookFileError/,
  );
}
