import ExcelJS from 'exceljs';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CAIJING_V1, demoWorkbook } from '../../src/core';
import { RULE_SET_FORMAT } from '../../src/core/ruleSetSchema';
import { writeWorkbook } from '../../src/node/writeXlsx';
import { bin, cli, parseReport, tempDir } from './helpers';

/** `--rules FILE.json`: a college with other numbers, and rule set files that cannot be used. */

let dir: string;
let remove: () => void;
const at = (file: string) => path.join(dir, file);

/** A college that wants a meeting every 2 weeks and 25 % 优秀: the demo (8 meetings) falls short. */
const OTHER = {
  format: RULE_SET_FORMAT,
  ...CAIJING_V1,
  name: '某学院 v1',
  minimums: { ...CAIJING_V1.minimums, meetingEveryWeeks: 2 },
  excellentShare: { numerator: 1, denominator: 4 },
};

const writeJson = (file: string, data: unknown) => writeFileSync(at(file), JSON.stringify(data, null, 2));

beforeAll(async () => {
  ({ dir, remove } = tempDir('cli-rules-'));
  const demo = await writeWorkbook(demoWorkbook());
  writeFileSync(at('一班.xlsx'), demo);
  writeFileSync(at('二班.xlsx'), demo);
  writeJson('某学院.json', OTHER);
  writeFileSync(at('坏.json'), '{\n  "format": 1,\n  "name": "某学院 v1",,\n}');
  writeJson('多周.json', { ...OTHER, minimums: { ...OTHER.minimums, dormVisitEveryWeeks: 20 } });
  writeJson('新格式.json', { ...OTHER, format: 2 });
});
afterAll(() => remove());

describe('a rule set file given with --rules', () => {
  it('scores with its numbers, and the result names it', async () => {
    const run = await cli(['score', '一班.xlsx', '--rules', '某学院.json', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const [entry] = parseReport(run.stdout).workbooks;
    expect(entry?.ok && entry.ruleSet).toBe('某学院 v1');
    expect(entry?.ok && entry.minimums.meetings).toEqual({ count: 8, required: 9, met: false });
    expect(entry?.ok && entry.grade).toBe('不合格');
  });

  it('gives its own 优秀 share to the cohort line', async () => {
    const run = await cli(['score', '一班.xlsx', '二班.xlsx', '--rules', '某学院.json'], { cwd: dir });
    expect(run.stdout).toContain('优秀名额 0 名（不超过全体班主任的 25%）');
  });

  it('scores a folder with its numbers in the worker pool too, and the summary names it', async () => {
    const before = process.env.BANZHUREN_THREADS;
    process.env.BANZHUREN_THREADS = '2';
    try {
      const out = at('汇总.xlsx');
      const run = await bin(['batch', '.', '-o', out, '--rules', '某学院.json'], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const grades = book.getWorksheet('汇总')?.getColumn(6).values.slice(2);
      expect(grades).toEqual(['不合格', '不合格']);
      const about = book.getWorksheet('说明')?.getSheetValues().flat();
      expect(about).toEqual(expect.arrayContaining(['规则集', '某学院 v1', '优秀名额（不超过 25%）']));
    } finally {
      if (before === undefined) delete process.env.BANZHUREN_THREADS;
      else process.env.BANZHUREN_THREADS = before;
    }
  });

  it.each([
    ['new-term', ['new-term', '一班.xlsx', '-o', 'out.xlsx']],
    ['forms', ['forms', '一班.xlsx', '-o', 'out.xlsx']],
    [
      'template',
      ['template', '--year', '2026-2027', '--term', '1', '--start', '2026-09-07', '-o', 'out.xlsx'],
    ],
  ])('is taken by %s, which writes nothing when it cannot be used', async (_command, args) => {
    const good = await cli([...args, '--rules', '某学院.json'], { cwd: dir });
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    const bad = await cli([...args, '-o', 'bad.xlsx', '--rules', '坏.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(existsSync(at('bad.xlsx'))).toBe(false);
  });
});

describe('a rule set file that cannot be used', () => {
  it('that is not JSON is named with the line and column to look at (exit 2)', async () => {
    const run = await cli(['score', '一班.xlsx', '--rules', '坏.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '规则文件“坏.json”无法使用：第 3 行第 20 列附近不是有效的 JSON。请检查那里的括号、逗号和引号（JSON 用英文双引号，最后一项后面不加逗号）。',
    );
  });

  it('with an impossible number names the field and what to write', async () => {
    const run = await cli(['score', '一班.xlsx', '--rules', '多周.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '规则文件“多周.json”无法使用：minimums.dormVisitEveryWeeks 为 20，大于学期周数 defaultWeeks（18），这样一学期一次也不要求。请写 1 到 18 之间的整数。',
    );
  });

  it('of a format this version does not read says so, in English too', async () => {
    const run = await cli(['batch', '.', '-o', '../汇总.xlsx', '--rules', '新格式.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'The rule set file "新格式.json" cannot be used: format is 2, and this version of banzhuren reads rule set files of format 1 only. Write "format": 1; if the file was written for a newer version, update banzhuren first.',
    );
  });

  it('that is not there is named (exit 2)', async () => {
    const run = await cli(['score', '一班.xlsx', '--rules', '没有.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('找不到规则文件“没有.json”。请检查路径和文件名是否正确。');
  });

  it('that is far too large for a rule set is not read', async () => {
    writeFileSync(at('大.json'), ' '.repeat(300 * 1024));
    const run = await cli(['score', '一班.xlsx', '--rules', '大.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '规则文件“大.json”超过 256 KB，不是规则集文件。请确认 --rules 后面写的是规则集的 .json 文件。',
    );
  });

  it('that is a folder cannot be read (exit 2)', async () => {
    const run = await cli(['score', '一班.xlsx', '--rules', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('无法读取规则文件“.”（EISDIR）。请检查路径和读取权限。');
  });

  it('left empty is a usage error (exit 1)', async () => {
    const run = await cli(['score', '一班.xlsx', '--rules='], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('选项 --rules 需要一个值。运行 banzhuren score --help 查看用法。');
  });
});

describe('--help', () => {
  it.each(['score', 'batch', 'new-term', 'template', 'forms'])('of %s names --rules', async (command) => {
    const run = await cli([command, '--help']);
    expect(run.stdout).toMatch(/--rules <规则\.json>/);
  });
});
