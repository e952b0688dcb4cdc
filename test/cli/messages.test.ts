import ExcelJS from 'exceljs';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookInput } from '../../src/core';
import { demoWorkbook, infoRowOf, scoreWorkbook } from '../../src/core';
import { readWorkbookFile } from '../../src/node/readXlsxFile';
import { writeWorkbook } from '../../src/node/writeXlsx';
import { cli, tempDir } from './helpers';

/** Each failure names its cell and speaks of what its command was doing. */

let dir: string;
let remove: () => void;
const at = (file: string) => path.join(dir, file);

/** The demo with one 基本信息 entry changed. */
function demoWithInfo(key: string, value: string | null): WorkbookInput {
  const demo = demoWorkbook();
  const info = (demo.sheets['基本信息'] ?? []).map((row, i) =>
    i === infoRowOf(key) - 1 ? [row[0] ?? null, value] : row,
  );
  return { sheets: { ...demo.sheets, 基本信息: info } };
}

beforeAll(async () => {
  ({ dir, remove } = tempDir('cli-messages-'));
  writeFileSync(at('开学那天.xlsx'), await writeWorkbook(demoWithInfo('start', '开学那天')));
  writeFileSync(at('无班主任.xlsx'), await writeWorkbook(demoWithInfo('teacher', null)));
});
afterAll(() => remove());

const START =
  '基本信息 B4 格：学期开始日期“开学那天”无法识别。请写成 2026-09-07 这样的完整日期（第 1 周的第一天）。';

describe('an unreadable 学期开始日期', () => {
  it('is named with its field and cell when scoring', async () => {
    const run = await cli(['score', '开学那天.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`文件“开学那天.xlsx”无法评分：无法确定学期：${START}`);
  });

  it('says next term’s workbook cannot be made, not that nothing could be scored (new-term)', async () => {
    const run = await cli(['new-term', '开学那天.xlsx', '-o', '下学期.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`无法由文件“开学那天.xlsx”生成下学期的工作簿：无法确定学期：${START}`);
  });

  it('says the forms cannot be printed (forms)', async () => {
    const run = await cli(['forms', '开学那天.xlsx', '-o', '记录表.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`文件“开学那天.xlsx”无法打印记录表：无法确定学期：${START}`);
    expect(run.stderr).not.toContain('评分');
  });

  it('is named in English too', async () => {
    const run = await cli(['new-term', '开学那天.xlsx', '-o', '下学期.xlsx', '--lang', 'en'], { cwd: dir });
    expect(run.stderr).toBe(
      'Cannot make next term\'s workbook from "开学那天.xlsx": The term cannot be determined: 基本信息 cell B4: The term start date (学期开始日期) "开学那天" is not a recognised date. Write a full date such as 2026-09-07 (the first day of week 1).',
    );
  });
});

describe('a blank 基本信息 entry', () => {
  it('asks for it to be filled in 基本信息, without speaking of a record that does not count', async () => {
    const run = await cli(['score', '无班主任.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  基本信息 第 8 行 班主任：班主任为空。请在基本信息中填写班主任。');
    const line = run.stdout.split('\n').find((l) => l.startsWith('  基本信息')) ?? '';
    expect(line).not.toContain('不计入');
    const en = await cli(['score', '无班主任.xlsx', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('  基本信息 row 8 班主任: 班主任 is blank. Fill in 班主任 in 基本信息.');
  });
});

describe('what used to be accepted silently', () => {
  const TEMPLATE = ['template', '--year', '2026-2027', '--term', '1', '-o', '模板.xlsx'];

  it.each(['2025-09-07', '2028-02-20'])(
    'refuses template --start %s outside the years of --year 2026-2027 (exit 1)',
    async (start) => {
      const run = await cli([...TEMPLATE, '--start', start], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `--start 的日期 ${start} 不在 2026-2027 学年度内（应在 2026 年或 2027 年），请核对 --start 和学年度。运行 banzhuren template --help 查看用法。`,
      );
    },
  );

  it('accepts a start in either year of the academic year', async () => {
    expect((await cli([...TEMPLATE, '--start', '2027-02-22'], { cwd: dir })).code).toBe(0);
  });

  it('refuses new-term --start outside next term’s academic year (exit 1), before writing', async () => {
    writeFileSync(at('本学期.xlsx'), await writeWorkbook(demoWorkbook()));
    const run = await cli(['new-term', '本学期.xlsx', '--start', '2028-02-22', '-o', '下学期.xlsx'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^--start 的日期 2028-02-22 不在 2026-2027 学年度内/);
    expect(existsSync(at('下学期.xlsx'))).toBe(false);
  });

  it('warns about a 学号 repeated in template --roster, and counts the students scoring will see', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['学号', '姓名']);
    ws.addRow(['2026001', '张伟']);
    ws.addRow(['2026002', '李娜']);
    ws.addRow(['2026001', '王芳']);
    await wb.xlsx.writeFile(at('重复名单.xlsx'));
    const args = [...TEMPLATE, '--start', '2026-09-07', '--roster', '重复名单.xlsx'];
    const run = await cli(args, { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      '警告：名单“重复名单.xlsx”中学号 2026001 重复（第 2 行和第 4 行）。两行都已导入，评分时只算第一行，请在“学生名单”中改正。',
    );
    expect(run.stdout).toBe('已写入 模板.xlsx（2026-2027 第一学期，学生 2 人）。');
    const written = await readWorkbookFile(at('模板.xlsx'));
    expect(written.sheets['学生名单']?.map((row) => row[1])).toEqual(['姓名', '张伟', '李娜', '王芳']);
    const outcome = scoreWorkbook(written);
    expect(outcome.ok && outcome.rosterSize).toBe(2);

    const en = await cli([...args, '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('Warning: student number 2026001 appears twice in the roster');
    expect(en.stdout).toBe('Wrote 模板.xlsx (2026-2027 第一学期, 2 students).');
  });

  it('says 1 student in English', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRows([
      ['学号', '姓名'],
      ['2026001', '张伟'],
    ]);
    await wb.xlsx.writeFile(at('一人.xlsx'));
    const run = await cli([...TEMPLATE, '--start', '2026-09-07', '--roster', '一人.xlsx', '--lang', 'en'], {
      cwd: dir,
    });
    expect(run).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'Wrote 模板.xlsx (2026-2027 第一学期, 1 student).',
    });
  });
});
