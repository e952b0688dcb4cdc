import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkbookInput } from '../../src/core';
import { demoWorkbook, infoRowOf, scoreWorkbook, sheetDef } from '../../src/core';
import { dayFromParts, dayToDate } from '../../src/core/day';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/node/readXlsxFile';
import { writeWorkbook } from '../../src/node/writeXlsx';
import { cli, expectNoStackTrace, expectWellFormed, parseReport, tempDir } from './helpers';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir()));
afterAll(() => remove());

const day = (y: number, m: number, d: number) =>
  dayFromParts(y, m, d) as NonNullable<ReturnType<typeof dayFromParts>>;
const at = (...parts: string[]) => path.join(dir, ...parts);

async function read(file: string): Promise<WorkbookInput> {
  return readWorkbookFile(at(file));
}

/** The demo without S10's only talk: 谈心 is not met, so it is 不合格 and names 吴敏. */
function demoMissingATalk(): WorkbookInput {
  const demo = demoWorkbook();
  const talks = (demo.sheets['谈心记录'] ?? []).filter((row) => row[2] !== 'S10');
  return { sheets: { ...demo.sheets, 谈心记录: talks } };
}

describe('banzhuren demo', () => {
  it('writes the demo example as a real workbook that scores 77', async () => {
    const run = await cli(['demo', '-o', '示例.xlsx'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('示例.xlsx');
    const outcome = scoreWorkbook(await read('示例.xlsx'));
    expect(outcome.ok && outcome.score).toBe(77);
  });
});

describe('banzhuren forms', () => {
  it('is a command of banzhuren: prints the demo’s forms, 15 pages', async () => {
    writeFileSync(at('forms-in.xlsx'), await writeWorkbook(demoWorkbook()));
    const run = await cli(['forms', 'forms-in.xlsx', '-o', '记录表.xlsx'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('15');
    expect((await cli(['--help'])).stdout).toContain('forms');
  });
});

describe('banzhuren score', () => {
  beforeAll(async () => {
    writeFileSync(at('demo.xlsx'), await writeWorkbook(demoWorkbook()));
    writeFileSync(at('missing-talk.xlsx'), await writeWorkbook(demoMissingATalk()));
    for (const copy of ['demo2.xlsx', 'demo3.xlsx']) copyFileSync(at('demo.xlsx'), at(copy));
  });

  it('prints a readable Chinese report: class, grade, score, minimums, bonuses, each error with sheet/row/column', async () => {
    const run = await cli(['score', 'demo.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('━━ demo.xlsx ━━');
    expect(run.stdout).toContain(
      '会计学 会计2601 · 班主任 李老师 · 2026-2027 第一学期（18 周，2026-09-07 至 2027-01-10）',
    );
    expect(lines).toContain('等级：合格');
    expect(lines).toContain('得分：77（合格 60 分 + 加分 17 分）');
    expect(lines).toContain('  [达到] 班会：8 / 6 次');
    expect(lines).toContain('  [达到] 走访宿舍：10 / 9 次');
    expect(lines).toContain('      本学年已联系 7 / 10 名学生的家长');
    expect(lines).toContain('  班会：6 分（8 次，最高 6 分）');
    expect(lines).toContain('  谈心两次的学生：2 分（5 人，最高 6 分）；再 5 人可再加 2 分');
    expect(lines).toContain('错误 2 条（这些记录不计入）：');
    expect(run.stdout).toMatch(/ {2}班会记录 第 10 行 日期：日期 2027-01-20 不在本学期/);
    expect(run.stdout).toMatch(/ {2}班级活动 第 5 行 类型：“班会”不属于班级活动/);
  });

  it('names what is missing and gives no score when a minimum is not met', async () => {
    const run = await cli(['score', 'missing-talk.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('等级：不合格');
    expect(run.stdout).toContain('得分：无');
    expect(run.stdout).toContain('  [未达到] 谈心：9 / 10 名学生');
    expect(run.stdout).toContain('      尚未谈心：吴敏');
  });

  it('prints the machine-readable score with --json', async () => {
    const run = await cli(['score', '--json', 'demo.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = parseReport(run.stdout);
    expect(Object.keys(report)).toEqual(['excellentQuota', 'workbooks']);
    expect(report.excellentQuota).toBe(0);
    const entry = report.workbooks[0];
    if (!entry?.ok) throw new Error('expected a scored entry');
    expectWellFormed(entry);
    expect(Object.keys(entry)).toEqual([
      'file',
      'ok',
      'grade',
      'score',
      'bonus',
      'minimums',
      'tiedAtCutoff',
      'ruleSet',
      'errors',
      'warnings',
    ]);
    expect(entry).toMatchObject({
      file: 'demo.xlsx',
      grade: '合格',
      score: 77,
      bonus: { meetings: 6, talks: 2, activities: 4, dorms: 3, parents: 2 },
      minimums: {
        meetings: { count: 8, required: 6, met: true },
        dormVisits: { count: 10, required: 9, met: true },
      },
      tiedAtCutoff: false,
    });
    expect(entry.errors).toContainEqual(
      expect.objectContaining({ sheet: '班会记录', row: 10, column: '日期' }),
    );
  });

  it('grades several files together and prints the cohort', async () => {
    const files = ['demo.xlsx', 'missing-talk.xlsx', 'demo2.xlsx', 'demo3.xlsx'];
    const json = parseReport((await cli(['score', '--json', ...files], { cwd: dir })).stdout);
    expect(json.excellentQuota).toBe(1);
    // three tied at 77 for one place: none is 优秀, all are flagged
    expect(json.workbooks.map((w) => (w.ok ? [w.grade, w.tiedAtCutoff] : null))).toEqual([
      ['合格', true],
      ['不合格', false],
      ['合格', true],
      ['合格', true],
    ]);
    const table = await cli(['score', ...files], { cwd: dir });
    expect(table.stdout).toContain('共 4 个文件，评分 4 个；优秀名额 1 名');
    expect(table.stdout).toContain('并列待定（留待评议）：demo.xlsx（会计2601 李老师 77）');
    expect(table.stdout).toContain('与其他班主任在优秀名额线上并列，留待评议');
  });

  it('switches to English with --lang en, before or after the command', async () => {
    const run = await cli(['score', 'demo.xlsx', '--lang', 'en'], { cwd: dir });
    expect(run.stdout).toContain('Score: 77 (pass 60 + bonus 17)');
    expect(run.stdout).toContain('Grade: 合格 (pass)');
    expect(run.stdout).toContain('班会记录 row 10 日期: The date 2027-01-20 is outside this term');
    const json = parseReport((await cli(['--lang=en', 'score', '--json', 'demo.xlsx'], { cwd: dir })).stdout);
    const entry = json.workbooks[0];
    expect(entry?.ok && entry.errors[0]?.message).toMatch(/^The date 2027-01-20/);
    expect(entry?.ok && entry.grade).toBe('合格');
  });

  it('says English counts in the singular for one and the plural otherwise', async () => {
    const visits = demoWorkbook().sheets['走访宿舍'] ?? [];
    writeFileSync(
      at('two-visits.xlsx'),
      await writeWorkbook({ sheets: { ...demoWorkbook().sheets, 走访宿舍: visits.slice(0, 3) } }),
    );
    const demo = (await cli(['score', 'demo.xlsx', '--lang', 'en'], { cwd: dir })).stdout.split('\n');
    expect(demo).toContain('  [met] class activities: 3 / 1 activity');
    expect(demo).toContain('  [met] talks: 10 / 10 students');
    expect(demo).toContain(
      '  class activities: 4 points (3 activities, at most 8); 1 more activity earns 2 more points',
    );
    expect(demo).toContain(
      '  students talked to twice: 2 points (5 students, at most 6); 5 more students earn 2 more points',
    );
    expect(demo).toContain('2 errors (these records do not count):');
    const failed = (await cli(['score', 'two-visits.xlsx', '--lang', 'en'], { cwd: dir })).stdout;
    expect(failed).toContain('  [NOT MET] dorm visits: 2 / 9 visits');
    expect(failed).toContain(
      '      0 full sweeps (one visit covering every dorm); at least 3 full sweeps also meets it',
    );
    expect(failed).toContain('  dorms visited twice: 0 points (0 dorms, at most 5)');
    expect(failed).not.toMatch(/\(s\)|\b1 (students|meetings|activities|visits|dorms|points)\b/);
  });

  it('reports a file it cannot score in place, scores the others, and exits 2', async () => {
    writeFileSync(at('empty.xlsx'), '');
    const run = await cli(['score', '--json', 'demo.xlsx', 'empty.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    const report = parseReport(run.stdout);
    expect(report.workbooks[0]?.ok).toBe(true);
    expect(report.workbooks[1]).toEqual({
      file: 'empty.xlsx',
      ok: false,
      error: '文件“empty.xlsx”是空文件（0 字节），不是 Excel 工作簿。请重新保存或重新获取该文件。',
    });
    expect(run.stderr).toBe(
      '文件“empty.xlsx”是空文件（0 字节），不是 Excel 工作簿。请重新保存或重新获取该文件。',
    );
  });

  it('shows a progress line on a terminal only', async () => {
    const tty = await cli(['score', 'demo.xlsx', 'demo2.xlsx'], { cwd: dir, tty: true });
    expect(tty.progress).toEqual(['评分中 1/2：demo.xlsx', '评分中 2/2：demo2.xlsx', '']);
  });
});

describe('banzhuren template', () => {
  it('writes a blank workbook for the term, with 基本信息 filled in and 学期开始日期 a real date', async () => {
    const run = await cli(
      [
        'template',
        '--year',
        '2026-2027',
        '--term',
        '第一学期',
        '--start',
        '2026/9/7',
        '--weeks',
        '20',
        '--major',
        '会计学',
        '--class',
        '会计2601',
        '--teacher',
        '李老师',
        '-o',
        '模板.xlsx',
      ],
      { cwd: dir },
    );
    expect(run).toMatchObject({ code: 0, stdout: '已写入 模板.xlsx（2026-2027 第一学期，学生 0 人）。' });
    const input = await read('模板.xlsx');
    const info = input.sheets['基本信息'] ?? [];
    expect(info[infoRowOf('start') - 1]?.[1]).toEqual(dayToDate(day(2026, 9, 7)));
    expect(info[infoRowOf('weeks') - 1]?.[1]).toBe(20);
    const outcome = scoreWorkbook(input);
    expect(outcome.ok && outcome.info).toMatchObject({
      major: '会计学',
      className: '会计2601',
      teacher: '李老师',
      term: { weeks: 20, term: 1 },
    });
  });

  it('imports the roster of another workbook (template columns only)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2026级名单');
    ws.addRow(['会计2601 学生名单']);
    ws.addRow(['序号', '学号', '姓名', '身份证号', '宿舍', '性别']);
    ws.addRow([1, '2026001', '张伟', '110101200801010011', 'A101', '男']);
    ws.addRow([2, '2026002', '李娜', '110101200801010022', 'A102', '女']);
    await wb.xlsx.writeFile(at('名单.xlsx'));
    const run = await cli(
      [
        'template',
        '--year',
        '2026-2027',
        '--term',
        '2',
        '--start',
        '2027-02-22',
        '--roster',
        '名单.xlsx',
        '-o',
        '带名单.xlsx',
      ],
      { cwd: dir },
    );
    expect(run.stdout).toContain('学生 2 人');
    const input = await read('带名单.xlsx');
    expect(input.sheets['学生名单']).toEqual([
      sheetDef('roster').columns.map((c) => c.header),
      ['2026001', '张伟', '男', 'A101'],
      ['2026002', '李娜', '女', 'A102'],
    ]);
    expect(input.sheets['上学期联系家长']?.[0]?.[0]).toBe('编号');
    expect(JSON.stringify(input)).not.toContain('110101');
  });

  it('refuses to write the template over its roster workbook (exit 1)', async () => {
    const run = await cli(
      [
        'template',
        '--year',
        '2026-2027',
        '--term',
        '1',
        '--start',
        '2026-09-07',
        '--roster',
        '名单.xlsx',
        '-o',
        '名单.xlsx',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('输出文件“名单.xlsx”就是输入文件“名单.xlsx”，写出会覆盖它。');
  });

  it('refuses a roster workbook without 学号 and 姓名 columns, and an unreadable one (exit 2)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['名字', '电话']);
    await wb.xlsx.writeFile(at('无名单.xlsx'));
    const base = ['template', '--year', '2026-2027', '--term', '1', '--start', '2026-09-07', '-o', 'x.xlsx'];
    const none = await cli([...base, '--roster', '无名单.xlsx'], { cwd: dir });
    expect(none).toMatchObject({
      code: 2,
      stderr: '文件“无名单.xlsx”中找不到学生名单：需要一个含“学号”和“姓名”两列的工作表（表头在前 10 行内）。',
    });
    writeFileSync(at('名单.csv.xlsx'), '学号,姓名\n1,张伟\n');
    const csv = await cli([...base, '--roster', '名单.csv.xlsx'], { cwd: dir });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('文件“名单.csv.xlsx”实际上是 CSV 文本文件');
  });

  it.each([
    [['--term', '1', '--start', '2026-09-07', '-o', 'a.xlsx'], '缺少选项 --year'],
    [['--year', '2026-2027', '--start', '2026-09-07', '-o', 'a.xlsx'], '缺少选项 --term'],
    [['--year', '2026-2027', '--term', '1', '-o', 'a.xlsx'], '缺少选项 --start'],
    [['--year', '2026-2027', '--term', '1', '--start', '2026-09-07'], '缺少选项 -o'],
    [
      ['--year', '2026-2028', '--term', '1', '--start', '2026-09-07', '-o', 'a.xlsx'],
      '学年度“2026-2028”无法识别',
    ],
    [['--year', '2026-2027', '--term', '3', '--start', '2026-09-07', '-o', 'a.xlsx'], '学期“3”无法识别'],
    [
      ['--year', '2026-2027', '--term', '1', '--start', '9月7日', '-o', 'a.xlsx'],
      '--start 的日期“9月7日”无法识别',
    ],
    [
      ['--year', '2026-2027', '--term', '1', '--start', '2026-09-07', '--weeks', '31', '-o', 'a.xlsx'],
      '学期周数“31”应为 1 到 30 之间的整数',
    ],
    [
      ['--year', '2026-2027', '--term', '1', '--start', '2026-09-07', '--weeks', '1.5', '-o', 'a.xlsx'],
      '学期周数“1.5”',
    ],
    [
      ['--year', '2026-2027', '--term', '1', '--start', '2026-09-07', '-o', 'a.xlsx', '--colour', 'red'],
      '未知选项 --colour',
    ],
    [
      ['--year', '2026-2027', '--term', '1', '--start', '2026-09-07', '-o', 'a.xlsx', 'extra'],
      '多余的参数 extra',
    ],
    [['--year'], '选项 --year 需要一个值'],
  ])('usage error %j → exit 1 with “%s” and the --help hint', async (args, message) => {
    const run = await cli(['template', ...args], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('运行 banzhuren template --help 查看用法');
    expect(run.stdout).toBe('');
  });

  it('reports an output it cannot write (exit 2), naming the file', async () => {
    const run = await cli(
      ['template', '--year', '2026-2027', '--term', '1', '--start', '2026-09-07', '-o', 'nope/x.xlsx'],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '无法写入文件“nope/x.xlsx”（ENOENT）。请检查文件夹是否存在、是否有写入权限，以及该文件是否正在 Excel 中打开。',
    );
  });
});

describe('banzhuren new-term', () => {
  beforeAll(async () => writeFileSync(at('本学期.xlsx'), await writeWorkbook(demoWorkbook())));

  it('writes next term’s workbook: term 2, roster carried, 上学期联系家长 filled, records empty', async () => {
    const run = await cli(['new-term', '本学期.xlsx', '-o', '下学期.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '已写入 下学期.xlsx：2026-2027 第一学期 → 2026-2027 第二学期，学生 10 人，上学期联系家长 7 条。\n请在“基本信息”中填写学期开始日期，记录表的日期按它核对。',
    );
    const input = await read('下学期.xlsx');
    expect(input.sheets['上学期联系家长']).toHaveLength(8);
    expect(input.sheets['班会记录']).toHaveLength(1);
    expect(input.sheets['学生名单']).toEqual((await read('本学期.xlsx')).sheets['学生名单']);
  });

  it('fills in the start date and weeks when given; the result scores, counting last term’s contacts', async () => {
    const run = await cli(
      ['new-term', '本学期.xlsx', '--start', '2027-02-22', '--weeks', '17', '-o', '下学期2.xlsx'],
      { cwd: dir },
    );
    expect(run.stdout).not.toContain('请在“基本信息”中填写学期开始日期');
    const outcome = scoreWorkbook(await read('下学期2.xlsx'));
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.info.term).toMatchObject({ firstYear: 2026, term: 2, start: day(2027, 2, 22), weeks: 17 });
    expect(outcome.minimums.parents).toMatchObject({ count: 7, required: 10, met: false });
  });

  it('refuses to overwrite its input, and needs exactly one input and -o (exit 1)', async () => {
    expect((await cli(['new-term', '本学期.xlsx', '-o', './本学期.xlsx'], { cwd: dir })).stderr).toContain(
      '输出文件“./本学期.xlsx”就是输入文件“本学期.xlsx”，写出会覆盖它。请换一个输出文件名。',
    );
    expect((await cli(['new-term', '-o', 'a.xlsx'], { cwd: dir })).stderr).toContain('缺少输入文件');
    expect((await cli(['new-term', 'a.xlsx', 'b.xlsx', '-o', 'c.xlsx'], { cwd: dir })).stderr).toContain(
      '只能指定一个输入文件，多余的是：b.xlsx',
    );
    expect((await cli(['new-term', '本学期.xlsx'], { cwd: dir })).code).toBe(1);
    expect(
      (await cli(['new-term', '本学期.xlsx', '--start', 'soon', '-o', 'x.xlsx'], { cwd: dir })).code,
    ).toBe(1);
  });

  it('refuses a workbook that cannot be scored, naming it (exit 2)', async () => {
    const demo = demoWorkbook();
    writeFileSync(
      at('坏的.xlsx'),
      await writeWorkbook({ sheets: { 基本信息: demo.sheets['基本信息'] ?? [] } }),
    );
    const run = await cli(['new-term', '坏的.xlsx', '-o', 'x.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^无法由文件“坏的.xlsx”生成下学期的工作簿：不是班主任工作量化记录工作簿：缺少工作表 学生名单/,
    );
  });
});

describe('banzhuren batch', () => {
  let folder: string;
  beforeAll(async () => {
    folder = at('全院');
    mkdirSync(path.join(folder, '会计系', '.git'), { recursive: true });
    writeFileSync(path.join(folder, '一班.xlsx'), await writeWorkbook(demoWorkbook()));
    writeFileSync(path.join(folder, '会计系', '二班.XLSX'), await writeWorkbook(demoMissingATalk()));
    writeFileSync(path.join(folder, '会计系', '坏.xlsx'), 'not a workbook');
    writeFileSync(path.join(folder, '会计系', '~$一班.xlsx'), 'lock file');
    writeFileSync(path.join(folder, '会计系', '.git', 'x.xlsx'), 'hidden');
    writeFileSync(path.join(folder, '说明.txt'), 'ignored');
  });

  it('scores every .xlsx under the folder into a summary workbook, lists failed files, exits 2 when some failed', async () => {
    const run = await cli(['batch', '全院', '-o', '全院/汇总.xlsx'], { cwd: dir, tty: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('文件“会计系/坏.xlsx”不是 .xlsx 工作簿。请确认选择的是 Excel 工作簿文件。');
    expect(run.stdout).toContain(
      '已写入 全院/汇总.xlsx：共 3 个文件，评分 2 个，无法评分 1 个；优秀名额 0 名。',
    );
    expect(run.progress).toEqual([
      '评分中 1/3：一班.xlsx',
      '评分中 2/3：会计系/二班.XLSX',
      '评分中 3/3：会计系/坏.xlsx',
      '',
    ]);

    const summary = await read('全院/汇总.xlsx');
    expect(Object.keys(summary.sheets)).toEqual([
      '汇总',
      '无法评分',
      '说明',
      '需要帮助',
      '基本要求达标',
      '分数分布',
    ]);
    const [header, ...rows] = summary.sheets['汇总'] ?? [];
    expect(header).toEqual([
      '文件',
      '专业',
      '班级',
      '班主任',
      '学年学期',
      '等级',
      '得分',
      '加分：班会',
      '加分：谈心两次的学生',
      '加分：班级活动',
      '加分：走访两次的宿舍',
      '加分：本学期联系家长的学生',
      '未达到的最低要求',
      '并列待定',
      '错误数',
      '警告数',
    ]);
    expect(rows).toEqual([
      [
        '一班.xlsx',
        '会计学',
        '会计2601',
        '李老师',
        '2026-2027 第一学期',
        '合格',
        77,
        6,
        2,
        4,
        3,
        2,
        null,
        '否',
        2,
        0,
      ],
      [
        '会计系/二班.XLSX',
        '会计学',
        '会计2601',
        '李老师',
        '2026-2027 第一学期',
        '不合格',
        null,
        null,
        null,
        null,
        null,
        null,
        '谈心 9/10',
        '否',
        2,
        0,
      ],
    ]);
    expect(summary.sheets['无法评分']).toEqual([
      ['文件', '原因'],
      ['会计系/坏.xlsx', '文件“会计系/坏.xlsx”不是 .xlsx 工作簿。请确认选择的是 Excel 工作簿文件。'],
    ]);
    expect(summary.sheets['说明']?.[0]).toEqual(['文件夹', '全院']);
  });

  it('exits 0 when every file was scored; writes English headers with --lang en', async () => {
    const good = at('好');
    mkdirSync(good);
    writeFileSync(path.join(good, '一班.xlsx'), await writeWorkbook(demoWorkbook()));
    const run = await cli(['batch', '好', '-o', '汇总-en.xlsx', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const summary = await read('汇总-en.xlsx');
    expect(Object.keys(summary.sheets)).toEqual([
      'Summary',
      'Not scored',
      'About',
      'Needs help',
      'Minimums',
      'Scores',
    ]);
    expect(summary.sheets['Summary']?.[1]?.[0]).toBe('一班.xlsx');
  });

  it('reports a missing folder, a folder without workbooks (exit 2) and usage errors (exit 1)', async () => {
    mkdirSync(at('空'));
    expect(await cli(['batch', '没有', '-o', 'x.xlsx'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: '“没有”不是文件夹',
    });
    expect(await cli(['batch', '空', '-o', 'x.xlsx'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: '文件夹“空”中没有 .xlsx 工作簿',
    });
    expect((await cli(['batch', '-o', 'x.xlsx'], { cwd: dir })).code).toBe(1);
    expect((await cli(['batch', '空', '好'], { cwd: dir })).stderr).toContain('只能指定一个输入文件夹');
    expect((await cli(['batch', '空'], { cwd: dir })).stderr).toContain('缺少选项 -o');
  });
});

describe('bad files', () => {
  function ole2(...streams: string[]): Buffer {
    const bytes = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
    ['Root Entry', ...streams].forEach((name, i) => Buffer.from(name, 'utf16le').copy(bytes, 512 + 128 * i));
    return bytes;
  }

  beforeAll(async () => {
    writeFileSync(at('bad-empty.xlsx'), '');
    writeFileSync(at('bad-old.xls'), ole2('Workbook', 'SummaryInformation'));
    writeFileSync(at('bad-password.xlsx'), ole2('EncryptionInfo', 'EncryptedPackage'));
    writeFileSync(at('bad-csv.xlsx'), '学号,姓名\n2026001,张伟\n');
    const good = await writeWorkbook(demoWorkbook());
    writeFileSync(at('bad-cut.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  });

  it.each([
    ['bad-empty.xlsx', '文件“bad-empty.xlsx”是空文件（0 字节），不是 Excel 工作簿。'],
    [
      'bad-old.xls',
      '文件“bad-old.xls”是旧版 Excel 97-2003 格式（.xls）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再试。',
    ],
    ['bad-password.xlsx', '文件“bad-password.xlsx”设置了打开密码，无法读取。'],
    ['bad-csv.xlsx', '文件“bad-csv.xlsx”实际上是 CSV 文本文件，不是 .xlsx 工作簿。'],
    ['bad-cut.xlsx', '文件“bad-cut.xlsx”已损坏或不完整，无法作为 .xlsx 打开。'],
    ['bad-missing.xlsx', '找不到文件“bad-missing.xlsx”。请检查路径和文件名是否正确。'],
  ])(
    '%s → one clear message naming the file on stderr in every command, exit 2, no stack trace',
    async (file, message) => {
      const table = await cli(['score', file], { cwd: dir });
      expect(table.code).toBe(2);
      expect(table.stderr).toContain(message);
      expect(table.stdout).toBe(`━━ ${file} ━━\n无法评分（原因见这个文件的错误消息，在标准错误输出中）`);
      expectNoStackTrace(table.stdout + table.stderr);
      const json = await cli(['score', '--json', file], { cwd: dir });
      expect(json.code).toBe(2);
      const entry = parseReport(json.stdout).workbooks[0];
      expect(entry).toMatchObject({ file, ok: false });
      expect(entry && !entry.ok && entry.error).toContain(message);
      expect(json.stderr).toContain(message);
      const newTerm = await cli(['new-term', file, '-o', 'out.xlsx'], { cwd: dir });
      expect(newTerm.code).toBe(2);
      expect(newTerm.stderr).toContain(message);
      expectNoStackTrace(newTerm.stderr);
      const forms = await cli(['forms', file, '-o', 'out.xlsx'], { cwd: dir });
      expect(forms).toMatchObject({ code: 2, stdout: '' });
      expect(forms.stderr).toContain(message);
      if (file !== 'bad-missing.xlsx' && file.endsWith('.xlsx')) {
        const folder = at(`batch-${file}`);
        mkdirSync(folder);
        copyFileSync(at(file), path.join(folder, file));
        const batch = await cli(['batch', folder, '-o', at(`汇总-${file}`)], { cwd: dir });
        expect(batch.code).toBe(2);
        expect(batch.stderr).toContain(message);
        expect(batch.stdout).not.toContain(message);
      }
    },
  );

  it('gives the messages in English with --lang en', async () => {
    const run = await cli(['score', 'bad-old.xls', '--lang', 'en'], { cwd: dir });
    expect(run.stderr).toContain('File "bad-old.xls" is in the old Excel 97-2003 format (.xls).');
    expect(run.stdout).toContain(
      'Not scored (the reason is in the error message about this file, on stderr)',
    );
  });
});

describe('help, usage and the exit codes', () => {
  it.each(['template', 'new-term', 'score', 'batch', 'demo'])(
    '%s --help prints the command’s help (exit 0)',
    async (command) => {
      const run = await cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^用法：banzhuren ${command}`));
      const en = await cli([command, '-h', '--lang', 'en']);
      expect(en.stdout).toMatch(new RegExp(`^Usage: banzhuren ${command}`));
      expect((await cli(['help', command])).stdout).toBe(run.stdout);
    },
  );

  it('prints the overview with --help, and the version', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['template', 'new-term', 'score', 'batch', 'demo'])
      expect(run.stdout).toContain(`  ${command}`);
    expect(run.stdout).toContain(
      '退出码：0 成功；1 用法错误；2 文件无法读取、无法评分或无法写入；3 内部错误。',
    );
    expect((await cli(['--version'])).stdout).toBe(
      JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version,
    );
  });

  it('exits 1 without a command, with an unknown command, or an unknown language', async () => {
    const none = await cli([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^请指定命令。/);
    expect(await cli(['grade'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('未知命令“grade”'),
    });
    expect(await cli(['score', 'a.xlsx', '--lang', 'fr'])).toMatchObject({
      code: 1,
      stderr: '不支持的语言“fr”，可用：zh-CN、en',
    });
    expect((await cli(['score'])).stderr).toContain('缺少输入文件');
    expect((await cli(['score', '--lang'])).code).toBe(1);
  });

  it.each([{ args: ['--lang', 'en'] }, { args: ['--lang=en'] }])(
    'prints the usage in English for banzhuren $args without a command, exiting as without --lang',
    async ({ args }) => {
      const run = await cli(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^No command given\. Run banzhuren --help for usage\.\n/);
      expect(run.stderr).toContain('Usage: banzhuren <command> [options]');
      expectNoStackTrace(run.stderr);
      const help = await cli([...args, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Class-teacher records/);
    },
  );

  it('turns an unexpected failure into one message and exit 3, without a stack trace', async () => {
    const err: string[] = [];
    const code = await main(['demo', '--help'], {
      out: () => {
        throw new Error('stdout closed');
      },
      err: (text) => err.push(text),
      cwd: dir,
    });
    expect(code).toBe(3);
    expect(err).toEqual(['内部错误：stdout closed。这是程序的问题，请把所用的命令和文件报告给维护者。']);
  });
});
