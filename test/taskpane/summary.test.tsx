/** @jest-environment jsdom */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Outcome, RuleSet } from '../../src/core';
import { DEFAULT_RULE_SET, gradeCohort, scoreWorkbook } from '../../src/core';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { SummaryPanel } from '../../src/taskpane/components/SummaryPanel';
import type { PaneHost } from '../../src/host/contract';
import type { PickedFile } from '../../src/taskpane/useSummary';
import { scorePicked, useSummary } from '../../src/taskpane/useSummary';
import { cli, FIXTURES } from '../cli/helpers';
import type { CohortFile } from './cohort';
import { classWorkbook, cohortFile, threeClasses } from './cohort';
import { renderWithFluent, WEEK_9 } from './helpers';

/** The 汇总 tab as the pane wires it: the controller over a host, the panel over the controller. */
function Summary({ host, rules = DEFAULT_RULE_SET }: { host: PaneHost; rules?: RuleSet }) {
  const summary = useSummary(host, 'zh-CN', rules);
  return <SummaryPanel lang="zh-CN" rules={rules} {...summary} />;
}

/** A host that only opens workbooks (the 汇总 tab uses nothing else); `opened` collects them. */
function summaryHost(options: { openWorkbook?: boolean } = {}) {
  const opened: Uint8Array[] = [];
  const host: PaneHost = {
    read: () => Promise.reject(new Error('not used')),
    setup: () => Promise.reject(new Error('not used')),
    writeScore: () => Promise.reject(new Error('not used')),
    select: () => Promise.reject(new Error('not used')),
    today: () => WEEK_9,
    ...(options.openWorkbook === false
      ? {}
      : {
          openWorkbook: async (xlsx: Uint8Array) => {
            opened.push(xlsx);
          },
        }),
  };
  return { host, opened };
}

/** A picked file; jsdom's File has no arrayBuffer(), so it gets the one browsers have. */
function picked(name: string, bytes: Uint8Array | string): File {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const copy = () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  return Object.assign(new File([copy()], name), { arrayBuffer: () => Promise.resolve(copy()) });
}

const asPicked = (files: readonly CohortFile[]) => files.map((f) => picked(f.name, f.bytes));

function pick(files: readonly PickedFile[]) {
  fireEvent.change(screen.getByTestId('summary-files'), { target: { files } });
}

async function graded() {
  return screen.findByTestId('summary-quota', {}, { timeout: 20_000 });
}

/** The ranking as the pane shows it: one line per teacher, "rank file score grade [tied]". */
function rankingLines(): string[] {
  const list = screen.getByRole('list', { name: '排名' });
  const part = (item: HTMLElement, name: string) =>
    item.querySelector(`[data-part="${name}"]`)?.textContent ?? '';
  return within(list)
    .getAllByRole('listitem')
    .map((item) => ['rank', 'who', 'score', 'grade'].map((name) => part(item, name)).join(' | '));
}

const rows = (file: string) => document.querySelector(`li[data-file="${file}"]`);

/** Cohort grading on the same files, computed without the pane. */
async function expectedGrades(files: readonly CohortFile[]) {
  const outcomes: Outcome[] = [];
  for (const f of files) outcomes.push(scoreWorkbook(await readWorkbookBuffer(f.bytes, f.name)));
  const cohort = gradeCohort(outcomes);
  return {
    quota: cohort.excellentQuota,
    grades: Object.fromEntries(files.map((f, i) => [f.name, cohort.grades[i]])),
  };
}

describe('汇总 › grading picked workbooks', () => {
  it('ranks the teachers by score, makes the best 30 % 优秀, and lists a broken file with its message', async () => {
    const files = [
      await cohortFile('一班.xlsx', { className: '会计2601', teacher: '李老师' }),
      await cohortFile('二班.xlsx', { className: '会计2602', teacher: '王老师', fewerMeetings: 1 }),
      await cohortFile('三班.xlsx', { className: '会计2603', teacher: '张老师', fewerMeetings: 2 }),
      await cohortFile('四班.xlsx', { className: '会计2604', teacher: '赵老师', noActivities: true }),
    ];
    renderWithFluent(<Summary host={summaryHost().host} />);
    pick([...asPicked(files).reverse(), picked('坏.xlsx', 'not a workbook')]);

    expect((await graded()).textContent).toBe('优秀名额 1 名');
    expect(screen.getByText(/参与评定 4 人/)).toBeTruthy();
    expect(screen.getByText('共 5 个文件：评分 4 个，无法评分 1 个。')).toBeTruthy();
    expect(rankingLines()).toEqual([
      '1 | 会计2601 · 李老师一班.xlsx | 77 | 优秀',
      '2 | 会计2602 · 王老师二班.xlsx | 74 | 合格',
      '3 | 会计2603 · 张老师三班.xlsx | 71 | 合格',
      '— | 会计2604 · 赵老师四班.xlsx | — | 不合格',
    ]);
    const expected = await expectedGrades(files);
    expect(expected.quota).toBe(1);
    for (const f of files) {
      expect(rows(f.name)?.getAttribute('data-grade')).toBe(expected.grades[f.name]?.grade);
      expect(rows(f.name)?.getAttribute('data-tied')).toBe(String(expected.grades[f.name]?.tiedAtCutoff));
    }

    const failed = screen.getByRole('region', { name: '无法评分的文件（1 个）' });
    expect(failed.textContent).toContain('坏.xlsx');
    expect(failed.textContent).toContain('文件“坏.xlsx”不是 .xlsx 工作簿。请确认选择的是 Excel 工作簿文件。');
  });

  it('leaves a tie at the cut-off at 合格, flagged 并列待定, so the quota is never exceeded', async () => {
    const files = [
      await cohortFile('一班.xlsx', { className: '会计2601', teacher: '李老师' }),
      await cohortFile('二班.xlsx', { className: '会计2602', teacher: '王老师' }),
      await cohortFile('三班.xlsx', { className: '会计2603', teacher: '张老师', fewerMeetings: 1 }),
      await cohortFile('四班.xlsx', { className: '会计2604', teacher: '赵老师', fewerMeetings: 2 }),
    ];
    renderWithFluent(<Summary host={summaryHost().host} />);
    pick(asPicked(files));

    expect((await graded()).textContent).toBe('优秀名额 1 名');
    expect(rankingLines()).toEqual([
      '1 | 会计2601 · 李老师一班.xlsx | 77 | 合格并列待定',
      '1 | 会计2602 · 王老师二班.xlsx | 77 | 合格并列待定',
      '3 | 会计2603 · 张老师三班.xlsx | 74 | 合格',
      '4 | 会计2604 · 赵老师四班.xlsx | 71 | 合格',
    ]);
    const expected = await expectedGrades(files);
    expect(expected.grades['一班.xlsx']).toEqual({ grade: '合格', tiedAtCutoff: true });
    expect(expected.grades['二班.xlsx']).toEqual({ grade: '合格', tiedAtCutoff: true });
    expect(screen.getByText(/^并列待定：名额线上同分的一组/)).toBeTruthy();
    expect(document.querySelectorAll('li[data-grade="优秀"]')).toHaveLength(0);
  });

  it('gives the independent program’s quota, grades and scores on the LibreOffice-saved fixtures', async () => {
    const folder = path.join(FIXTURES, 'libreoffice');
    const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as {
      excellentQuota: number;
      workbooks: { file: string; grade: string; score: number | null; tiedAtCutoff: boolean }[];
    };
    renderWithFluent(<Summary host={summaryHost().host} />);
    pick(expected.workbooks.map((w) => picked(w.file, readFileSync(path.join(folder, w.file)))));

    expect((await graded()).textContent).toBe(`优秀名额 ${expected.excellentQuota} 名`);
    for (const w of expected.workbooks) {
      const row = rows(w.file);
      expect(row?.getAttribute('data-grade')).toBe(w.grade);
      expect(row?.getAttribute('data-tied')).toBe(String(w.tiedAtCutoff));
      expect(row?.querySelector('[data-part="score"]')?.textContent).toBe(
        w.score === null ? '—' : String(w.score),
      );
    }
  }, 60_000);

  it('goes on after a file that cannot be read, and skips Office’s ~$ owner files', async () => {
    const [good] = await threeClasses();
    if (!good) throw new Error('no workbook');
    const vanished = Object.assign(new File([], '已移走.xlsx'), {
      arrayBuffer: () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError')),
    });
    renderWithFluent(<Summary host={summaryHost().host} />);
    pick([vanished, picked('~$会计2601.xlsx', 'owner file'), picked(good.name, good.bytes)]);

    await graded();
    expect(screen.getByText('共 2 个文件：评分 1 个，无法评分 1 个。')).toBeTruthy();
    expect(rankingLines()).toEqual(['1 | 会计2601 · 李老师会计2601.xlsx | 77 | 合格']);
    expect(screen.getByRole('region', { name: '无法评分的文件（1 个）' }).textContent).toContain(
      '文件“已移走.xlsx”无法读取：The file could not be read。',
    );
  });

  it('shows a progress bar, file n of m, while the files are read', async () => {
    const [first, second] = await threeClasses();
    if (!first || !second) throw new Error('no workbooks');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = Object.assign(picked(second.name, second.bytes), {
      arrayBuffer: async () => {
        await held;
        return second.bytes.slice().buffer;
      },
    });
    renderWithFluent(<Summary host={summaryHost().host} />);
    pick([picked(first.name, first.bytes), slow]);
    expect(screen.getByRole('progressbar', { name: '正在准备读取…' })).toBeTruthy();

    const bar = await screen.findByRole('progressbar', { name: '正在读取 2/2：会计2602.xlsx' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0.5');
    expect(screen.getByRole('button', { name: '选择工作簿…' }).hasAttribute('disabled')).toBe(true);
    await act(async () => release());
    await graded();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('汇总 › the summary workbook', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'banzhuren-summary-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens the summary in a new workbook, laid out as banzhuren batch writes it', async () => {
    const files = [
      ...(await threeClasses()),
      { name: '坏.xlsx', bytes: Buffer.from('not a workbook', 'utf8') },
    ];
    const { host, opened } = summaryHost();
    renderWithFluent(<Summary host={host} />);
    pick(files.map((f) => picked(f.name, f.bytes)));
    await graded();
    fireEvent.click(screen.getByRole('button', { name: '写出汇总工作簿' }));
    expect(await screen.findByText('汇总工作簿已在新的 Excel 窗口中打开，请在那里保存。')).toBeTruthy();
    expect(opened).toHaveLength(1);

    // The command line on the same files.
    mkdirSync(path.join(dir, '全院'));
    for (const f of files) writeFileSync(path.join(dir, '全院', f.name), f.bytes);
    const run = await cli(['batch', '全院', '-o', '汇总.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    const fromCli = await readWorkbookBuffer(readFileSync(path.join(dir, '汇总.xlsx')), '汇总.xlsx');
    const fromPane = await readWorkbookBuffer(opened[0] ?? new Uint8Array(), 'pane.xlsx');

    expect(Object.keys(fromPane.sheets)).toEqual([
      '汇总',
      '无法评分',
      '说明',
      '需要帮助',
      '基本要求达标',
      '分数分布',
    ]);
    expect(fromPane.sheets['汇总']).toEqual(fromCli.sheets['汇总']);
    expect(fromPane.sheets['无法评分']).toEqual(fromCli.sheets['无法评分']);
    expect(fromPane.sheets['汇总']?.map((r) => [r[0], r[5], r[6]])).toEqual([
      ['文件', '等级', '得分'],
      ['会计2601.xlsx', '合格', 77],
      ['会计2602.xlsx', '合格', 74],
      ['会计2603.xlsx', '不合格', null],
    ]);
    // 说明: where the files came from differs (a folder, or picked in the add-in); the time is when it ran.
    const about = (sheets: typeof fromPane.sheets) =>
      (sheets['说明'] ?? []).filter((r) => r[0] !== '评分时间');
    expect(about(fromPane.sheets)[0]).toEqual(['来源', '在加载项中选择的文件']);
    expect(about(fromCli.sheets)[0]).toEqual(['文件夹', '全院']);
    expect(about(fromPane.sheets).slice(1)).toEqual(about(fromCli.sheets).slice(1));
    expect(about(fromPane.sheets).slice(1)).toEqual([
      ['规则集', DEFAULT_RULE_SET.name],
      ['参与评定的班主任人数', 3],
      ['优秀名额（不超过 30%）', 0],
      ['无法评分的文件数', 1],
    ]);
  });

  it('says so when the new workbook could not be opened', async () => {
    const [good] = await threeClasses();
    if (!good) throw new Error('no workbook');
    const host: PaneHost = {
      ...summaryHost().host,
      openWorkbook: () => Promise.reject(new Error('The operation was blocked')),
    };
    renderWithFluent(<Summary host={host} />);
    pick([picked(good.name, good.bytes)]);
    await graded();
    fireEvent.click(screen.getByRole('button', { name: '写出汇总工作簿' }));
    expect(await screen.findByText('汇总工作簿没有打开：The operation was blocked')).toBeTruthy();
  });

  it('has no write button where Excel cannot open a new workbook, and says why', async () => {
    const [good] = await threeClasses();
    if (!good) throw new Error('no workbook');
    renderWithFluent(<Summary host={summaryHost({ openWorkbook: false }).host} />);
    pick([picked(good.name, good.bytes)]);
    await graded();
    expect(screen.queryByRole('button', { name: '写出汇总工作簿' })).toBeNull();
    expect(screen.getByText(/需要 ExcelApi 1.8/)).toBeTruthy();
  });
});

describe('汇总 › workbook variants used above', () => {
  it('score 77, 74, 71 and 不合格 as described', () => {
    const score = (v: Parameters<typeof classWorkbook>[0]) => {
      const o = scoreWorkbook(classWorkbook(v));
      return o.ok ? (o.score ?? o.grade) : o.error;
    };
    expect(score({ className: 'a', teacher: 'b' })).toBe(77);
    expect(score({ className: 'a', teacher: 'b', fewerMeetings: 1 })).toBe(74);
    expect(score({ className: 'a', teacher: 'b', fewerMeetings: 2 })).toBe(71);
    expect(score({ className: 'a', teacher: 'b', noActivities: true })).toBe('不合格');
  });
});

describe('scorePicked', () => {
  it('stops reading once its result is no longer wanted (a newer pick)', async () => {
    const read: string[] = [];
    let wanted = true;
    const file = (name: string) => ({
      name,
      arrayBuffer: () => {
        read.push(name);
        wanted = false; // the counsellor picks again while this file is read
        return Promise.reject(new Error('not a workbook'));
      },
    });
    const scored = await scorePicked([file('a.xlsx'), file('b.xlsx'), file('c.xlsx')], {
      lang: 'zh-CN',
      rules: DEFAULT_RULE_SET,
      today: WEEK_9,
      wanted: () => wanted,
    });
    expect(read).toEqual(['a.xlsx']);
    expect(scored).toHaveLength(1);
  });
});
