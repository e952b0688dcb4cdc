import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bin, expectNoStackTrace, parseReport, REPO, spawn, tempDir, tsxCli } from './helpers';

/** The command line as real processes: `tsx src/cli/main.ts` (npm run cli) and the package bin (npx banzhuren). */

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('cli-process-')));
afterAll(() => remove());

describe('tsx src/cli/main.ts', () => {
  it('demo -o 示例.xlsx, then score --json 示例.xlsx: exit 0 and a score of 77', async () => {
    const demo = await tsxCli(['demo', '-o', '示例.xlsx'], dir);
    expect(demo).toMatchObject({ code: 0, stderr: '' });
    const score = await tsxCli(['score', '--json', '示例.xlsx'], dir);
    expect(score.code).toBe(0);
    const report = parseReport(score.stdout);
    expect(report.workbooks[0]).toMatchObject({ file: '示例.xlsx', ok: true, grade: '合格', score: 77 });
  });

  it('a bad file: one clear message naming it, exit 2, no stack trace', async () => {
    writeFileSync(path.join(dir, '坏.xlsx'), 'a,b\n1,2\n');
    const run = await tsxCli(['new-term', '坏.xlsx', '-o', 'x.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      '文件“坏.xlsx”实际上是 CSV 文本文件，不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再试。',
    );
    expect(run.stdout).toBe('');
  });
});

describe('bin/banzhuren.cjs (no build step)', () => {
  it('runs the TypeScript command line through tsx: --help, usage errors, bad files', async () => {
    const help = await bin(['score', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法：banzhuren score/);
    const usage = await bin(['score', '--bogus'], dir);
    expect(usage.code).toBe(1);
    expect(usage.stderr.trim()).toBe('未知选项 --bogus。运行 banzhuren score --help 查看用法。');
    const missing = await bin(['score', '不存在.xlsx', '--json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('找不到文件“不存在.xlsx”。请检查路径和文件名是否正确。');
    expectNoStackTrace(missing.stdout + missing.stderr);
  });

  it('installs with npm install -g (offline, into a folder of its own) and runs from the folder holding the workbooks', async () => {
    const { dir: prefix, remove: removePrefix } = tempDir('cli-prefix-');
    try {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const install = await spawn(
        npm,
        [
          'install',
          '--global',
          '--prefix',
          prefix,
          '--offline',
          '--ignore-scripts',
          '--no-audit',
          '--no-fund',
          '--cache',
          path.join(prefix, 'npm-cache'),
          REPO,
        ],
        dir,
      );
      expect(install.code).toBe(0);
      const installed =
        process.platform === 'win32'
          ? path.join(prefix, 'banzhuren.cmd')
          : path.join(prefix, 'bin', 'banzhuren');
      const workbooks = path.join(dir, '全院工作簿');
      mkdirSync(workbooks);
      const demo = await spawn(installed, ['demo', '-o', '示例.xlsx'], workbooks);
      expect(demo).toMatchObject({ code: 0, stderr: '' });
      const score = await spawn(installed, ['score', '--json', '示例.xlsx'], workbooks);
      expect(score.code).toBe(0);
      expect(parseReport(score.stdout).workbooks[0]).toMatchObject({ file: '示例.xlsx', score: 77 });
      const usage = await spawn(installed, ['score'], workbooks);
      expect(usage.code).toBe(1);
    } finally {
      removePrefix();
    }
  });

  it('is what `npx banzhuren` runs in the project', async () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const run = await spawn(npx, ['--no-install', 'banzhuren', '--version'], REPO);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
