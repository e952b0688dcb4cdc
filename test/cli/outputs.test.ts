import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoWorkbook } from '../../src/core';
import { writeWorkbook } from '../../src/node/writeXlsx';
import { cli, parseReport, tempDir } from './helpers';

/** What a command writes never destroys what it reads, and one file is never graded twice. */

let dir: string;
let remove: () => void;
let demo: Buffer;
const at = (...parts: string[]) => path.join(dir, ...parts);
const TEMPLATE = ['template', '--year', '2026-2027', '--term', '1', '--start', '2026-09-07'];

beforeAll(async () => {
  ({ dir, remove } = tempDir('cli-outputs-'));
  demo = Buffer.from(await writeWorkbook(demoWorkbook()));
  mkdirSync(at('全院', '会计系'), { recursive: true });
  writeFileSync(at('全院', '会计2601.xlsx'), demo);
  writeFileSync(at('全院', '会计系', '会计2602.xlsx'), demo);
  writeFileSync(at('本学期.xlsx'), demo);
  symlinkSync(at('本学期.xlsx'), at('链接.xlsx'));
  symlinkSync(dir, at('别名'));
});
afterAll(() => remove());

/** The bytes of a file, to show it was left as it was. */
const bytes = (file: string) => readFileSync(at(file));

describe('an output that is one of the inputs is refused (exit 1) before anything is written', () => {
  it.each([
    { command: 'new-term', args: ['new-term', '本学期.xlsx', '-o', '本学期.xlsx'] },
    { command: 'new-term', args: ['new-term', '本学期.xlsx', '-o', '链接.xlsx'] },
    { command: 'new-term', args: ['new-term', '链接.xlsx', '-o', '别名/本学期.xlsx'] },
    { command: 'forms', args: ['forms', '本学期.xlsx', '-o', './本学期.xlsx'] },
    { command: 'forms', args: ['forms', '本学期.xlsx', '-o', '链接.xlsx', '--all'] },
    { command: 'template', args: [...TEMPLATE, '--roster', '本学期.xlsx', '-o', '链接.xlsx'] },
  ])('$args', async ({ command, args }) => {
    const run = await cli(args, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^输出文件“.+”就是输入文件“.+”，写出会覆盖它。请换一个输出文件名。/);
    expect(run.stderr).toContain(`运行 banzhuren ${command} --help 查看用法。`);
    expect(run.stdout).toBe('');
    expect(bytes('本学期.xlsx').equals(demo)).toBe(true);
  });

  it('names the files in English with --lang en', async () => {
    const run = await cli(['new-term', '本学期.xlsx', '-o', '链接.xlsx', '--lang', 'en'], { cwd: dir });
    expect(run.stderr).toBe(
      'The output file "链接.xlsx" is the input file "本学期.xlsx"; writing it would overwrite it. Choose another output name. Run banzhuren new-term --help for usage.',
    );
  });
});

describe('batch: a summary that would overwrite a workbook of the folder is refused (exit 1)', () => {
  it.each(['全院/会计2601.xlsx', '全院/会计系/会计2602.xlsx', '全院/./会计系/../会计2601.xlsx'])(
    '-o %s',
    async (out) => {
      const run = await cli(['batch', '全院', '-o', out], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^汇总文件“.+”会覆盖文件夹中要评分的工作簿“全院\/(会计系\/)?会计260[12]\.xlsx”。请把汇总写到文件夹之外，或换一个文件名。/,
      );
      expect(bytes('全院/会计2601.xlsx').equals(demo)).toBe(true);
      expect(bytes('全院/会计系/会计2602.xlsx').equals(demo)).toBe(true);
    },
  );

  it('writes a new summary inside the folder, and refuses to overwrite it on the next run', async () => {
    const first = await cli(['batch', '全院', '-o', '全院/汇总.xlsx'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('共 2 个文件');
    const again = await cli(['batch', '全院', '-o', '全院/汇总.xlsx'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('会覆盖文件夹中要评分的工作簿“全院/汇总.xlsx”');
  });
});

describe('an output that is not an .xlsx name is refused (exit 1)', () => {
  it.each([
    ['demo', '-o', 'd.txt'],
    ['demo', '-o', '示例'],
    [...TEMPLATE, '-o', '模板.xls'],
    ['new-term', '本学期.xlsx', '-o', '下学期.csv'],
    ['batch', '全院', '-o', '汇总.pdf'],
    ['forms', '本学期.xlsx', '-o', '记录表.pdf'],
  ])('%s … %s %s', async (...args) => {
    const run = await cli(args, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^输出文件“.+”应以 \.xlsx 结尾（写出的是 Excel 工作簿/);
    expect(run.stdout).toBe('');
  });
});

describe('score: the same file named twice is scored once, with a warning', () => {
  it('drops repeats by real path (the same name, another spelling, a symbolic link), so the quota base stays', async () => {
    for (const name of ['b.xlsx', 'c.xlsx', 'd.xlsx']) writeFileSync(at(name), demo);
    const files = ['本学期.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'];
    const distinct = parseReport((await cli(['score', '--json', ...files], { cwd: dir })).stdout);
    expect(distinct.workbooks).toHaveLength(4);
    expect(distinct.excellentQuota).toBe(1);

    const run = await cli(['score', '--json', '本学期.xlsx', 'b.xlsx', './b.xlsx', '链接.xlsx', 'c.xlsx'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const report = parseReport(run.stdout);
    expect(report.workbooks.map((w) => w.file)).toEqual(['本学期.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(report.excellentQuota).toBe(0);
    expect(run.stderr.split('\n')).toEqual([
      '警告：“./b.xlsx”与“b.xlsx”是同一个文件，只评分一次。',
      '警告：“链接.xlsx”与“本学期.xlsx”是同一个文件，只评分一次。',
    ]);
  });

  it('batch counts a symbolic link to a workbook of the folder once', async () => {
    mkdirSync(at('链接院'));
    writeFileSync(at('链接院', '一班.xlsx'), demo);
    symlinkSync(at('链接院', '一班.xlsx'), at('链接院', '一班副本.xlsx'));
    const run = await cli(['batch', '链接院', '-o', '链接汇总.xlsx', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('Warning: "一班副本.xlsx" is the same file as "一班.xlsx"; it is scored once.');
    expect(run.stdout).toContain('Wrote 链接汇总.xlsx: 1 file, 1 scored, 0 could not be scored');
  });
});
