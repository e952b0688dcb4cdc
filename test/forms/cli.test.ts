import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lang } from '../../src/core';
import { demoWorkbook } from '../../src/core';
import type { Io } from '../../src/cli/io';
import { runForms } from '../../src/cli/forms';
import type { PdfOptions } from '../../src/node/pdf';
import { writeWorkbook } from '../../src/node/writeXlsx';
import { requireSoffice } from '../interop/xlsxParts';

/** `banzhuren forms IN.xlsx -o OUT.xlsx [--pdf] [--all]`, run in-process. */

const dir = mkdtempSync(path.join(tmpdir(), 'forms-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (file: string) => path.join(dir, file);

beforeAll(async () => {
  writeFileSync(at('demo.xlsx'), await writeWorkbook(demoWorkbook()));
  writeFileSync(at('broken.xlsx'), 'name,phone\n张三,138\n');
  writeFileSync(at('other.xlsx'), await otherWorkbook());
});

/** A real .xlsx that is not a class-teacher workbook. */
async function otherWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('成绩').addRow(['姓名', '成绩']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function forms(args: readonly string[], lang: Lang = 'zh-CN', pdf: PdfOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir };
  const code = await runForms(args, lang, io, pdf);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('banzhuren forms', () => {
  it('writes the forms and says how many pages each has', async () => {
    const run = await forms(['demo.xlsx', '-o', '记录表.xlsx']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      '已写入 记录表.xlsx：班会记录表 8 页，班主任谈话记录表 1 页，谈心记录表 1 页，班级活动登记表 3 页，走访宿舍记录表 1 页，联系学生家长记录表 1 页，共 15 页。',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('记录表.xlsx'));
    expect(workbook.worksheets).toHaveLength(6);
  });

  it('with --all, prints every record and says how many are marked', async () => {
    const run = await forms(['demo.xlsx', '--all', '-o', '全部.xlsx']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('班会记录表 9 页');
    expect(run.stdout).toContain('其中 2 条记录有错误或与前面的行完全相同，已在记录表上标明。');
  });

  it('with --pdf, also writes the PDF beside the .xlsx', async () => {
    requireSoffice();
    const run = await forms(['demo.xlsx', '-o', '打印.xlsx', '--pdf']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('已写入 打印.pdf。');
    expect(existsSync(at('打印.pdf'))).toBe(true);
  });

  it('shows its help, in English with --lang en', async () => {
    expect((await forms(['--help'])).stdout).toContain('用法：banzhuren forms 工作簿.xlsx -o 记录表.xlsx');
    const en = await forms(['--help'], 'en');
    expect(en).toMatchObject({ code: 0 });
    expect(en.stdout).toContain('Usage: banzhuren forms WORKBOOK.xlsx -o FORMS.xlsx');
  });

  it.each([
    [[], '缺少输入文件'],
    [['demo.xlsx'], '缺少选项 -o'],
    [['demo.xlsx', 'b.xlsx', '-o', 'x.xlsx'], '只能指定一个输入文件'],
    [['demo.xlsx', '-o', 'x.pdf'], '应以 .xlsx 结尾'],
    [['demo.xlsx', '-o', 'demo.xlsx'], '输出文件“demo.xlsx”就是输入文件“demo.xlsx”'],
    [['demo.xlsx', '-o', 'x.xlsx', '--landscape'], '未知选项 --landscape'],
  ])('exits 1 with the reason and a pointer to --help for %j', async (args, reason) => {
    const run = await forms(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('banzhuren forms --help');
    expect(run.stdout).toBe('');
  });

  it('exits 2 with one clear Chinese sentence for a file that cannot be read', async () => {
    const run = await forms(['broken.xlsx', '-o', 'x.xlsx']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      '文件“broken.xlsx”实际上是 CSV 文本文件，不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再试。',
    );
    expect((await forms(['nowhere.xlsx', '-o', 'x.xlsx'])).stderr).toContain('找不到文件“nowhere.xlsx”');
  });

  it('exits 2 naming what is missing from a workbook that is not a class-teacher workbook', async () => {
    const run = await forms(['other.xlsx', '-o', 'x.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^文件“other.xlsx”无法打印记录表：不是班主任工作量化记录工作簿：缺少工作表/);
    expect(existsSync(at('x.xlsx'))).toBe(false);
  });

  it('exits 2 when the output cannot be written', async () => {
    const run = await forms(['demo.xlsx', '-o', path.join('no-such-folder', 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法写入文件');
  });

  it('exits 2 with advice when LibreOffice is not there for --pdf', async () => {
    const run = await forms(['demo.xlsx', '-o', '无PDF.xlsx', '--pdf'], 'zh-CN', {
      soffice: at('no-soffice'),
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('已写入 无PDF.xlsx');
    expect(run.stderr).toBe(
      '没有找到 LibreOffice（soffice），无法转换为 PDF。请安装 LibreOffice，或在 Excel 中打开 无PDF.xlsx 后“另存为 PDF”。',
    );
  });

  it('exits 2 saying the conversion failed when LibreOffice fails', async () => {
    const run = await forms(['demo.xlsx', '-o', '失败.xlsx', '--pdf'], 'zh-CN', { soffice: 'false' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^用 LibreOffice 把 失败.xlsx 转换为 PDF 失败：/);
  });

  it('speaks English with --lang en (the forms stay Chinese)', async () => {
    const run = await forms(['demo.xlsx', '-o', 'en.xlsx'], 'en');
    expect(run.stdout).toMatch(/^Wrote en\.xlsx: 班会记录表 8 pages, .*; 15 pages in all\.$/);
    expect(run.stdout).toMatch(/班级活动登记表 3 pages, 走访宿舍记录表 1 page, /);
  });
});
