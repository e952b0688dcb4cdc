import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookInput } from '../../src/core';
import { demoWorkbook, infoRowOf } from '../../src/core';
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
