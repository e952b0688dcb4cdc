/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Lang, WorkbookInput } from '../../src/core';
import { DEFAULT_RULE_SET, SHEETS, demoWorkbook, sheetDef } from '../../src/core';
import { Pane } from '../../src/taskpane/components/Pane';
import { FilesPanel } from '../../src/taskpane/components/FilesPanel';
import { templateInfo } from '../../src/taskpane/newAndPrintBuilds';
import type { PaneHost } from '../../src/host/contract';
import { useFiles } from '../../src/taskpane/useFiles';
import type { XlsxModule } from '../../src/taskpane/xlsx';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { FORM_TITLES } from '../forms/helpers';
import { sheetXml, unzip } from '../interop/xlsxParts';
import { fakeExcel } from '../office/fakeExcel';
import { WEEK_9, day, fakeHost, renderWithFluent } from './helpers';

/**
 * The 新建与打印 tab against the Excel fake: each action builds its .xlsx with the real writers
 * and hands it to `openWorkbook`; the bytes are read back as the CLI would read the file.
 */

/** A host over the fake whose openWorkbook keeps the files it was given. */
function filesHost(input: WorkbookInput = demoWorkbook()) {
  const excel = fakeExcel(input);
  const opened: Uint8Array[] = [];
  const openWorkbook = jest.fn((bytes: Uint8Array) => {
    opened.push(bytes);
    return Promise.resolve();
  });
  const host: PaneHost = { ...fakeHost(excel), openWorkbook };
  return { host, excel, opened, openWorkbook };
}

function renderPane(host: PaneHost, lang: Lang = 'zh-CN') {
  return renderWithFluent(<Pane host={host} lang={lang} rules={DEFAULT_RULE_SET} />);
}

async function openFilesTab(name = '新建与打印') {
  fireEvent.click(await screen.findByRole('tab', { name }));
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

const read = (bytes: Uint8Array | undefined) => {
  if (!bytes) throw new Error('no workbook was opened');
  return readWorkbookBuffer(bytes, 'opened.xlsx');
};

/** 基本信息's 项目 → 内容. */
function infoOf(input: WorkbookInput): Map<unknown, unknown> {
  return new Map((input.sheets['基本信息'] ?? []).map((row) => [row[0], row[1] ?? null]));
}

/** Rows as the reader returns them: trailing blank cells dropped. */
function withoutTrailingBlanks(rows: readonly (readonly unknown[])[] | undefined): unknown[][] {
  return (rows ?? []).map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] ?? null) === null) out.pop();
    return out;
  });
}

/** Pages of each sheet of a forms workbook: its manual row breaks plus one. */
function pagesOf(bytes: Uint8Array): Map<string, number> {
  const pages = new Map<string, number>();
  for (const [name, xml] of sheetXml(unzip(bytes)))
    pages.set(name, [...xml.matchAll(/<brk id="\d+"[^>]*man="1"/g)].length + 1);
  return pages;
}

describe('the 新建与打印 tab', () => {
  it('is there when the host can open workbooks, and not otherwise (Excel before API 1.8)', async () => {
    const { unmount } = renderPane(filesHost().host);
    expect(await screen.findByRole('tab', { name: '新建与打印' })).toBeTruthy();
    unmount();
    renderPane(fakeHost(fakeExcel(demoWorkbook(), 7)));
    await screen.findByTestId('score');
    expect(screen.queryByRole('tab', { name: '新建与打印' })).toBeNull();
  });

  it('新学期 › opens term 2 of the same year for the demo workbook, with the same roster, and leaves the open workbook alone', async () => {
    const { host, excel, opened } = filesHost();
    const before = JSON.stringify(excel.model.sheets.map((s) => [s.name, s.rows()]));
    renderPane(host);
    await openFilesTab();
    await click('生成下学期工作簿');
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe(
      '已在新窗口中打开 2026-2027 第二学期 的工作簿：学生名单 10 人，“上学期联系家长” 7 条。请在“基本信息”中填写学期开始日期，然后保存。',
    );
    expect(opened).toHaveLength(1);
    const next = await read(opened[0]);
    const info = infoOf(next);
    expect([info.get('学年度'), info.get('学期'), info.get('学期开始日期')]).toEqual([
      '2026-2027',
      '第二学期',
      null,
    ]);
    expect([info.get('专业'), info.get('班级'), info.get('班主任')]).toEqual(
      ['专业', '班级', '班主任'].map((k) => infoOf(demoWorkbook()).get(k)),
    );
    // Office.js reads a blank cell as '': the copied roster's blanks are blank cells again.
    expect(next.sheets['学生名单']).toEqual(withoutTrailingBlanks(demoWorkbook().sheets['学生名单']));
    expect(next.sheets['班会记录']).toEqual([sheetDef('meetings').columns.map((c) => c.header)]);
    expect(next.sheets['上学期联系家长']).toHaveLength(1 + 7);
    expect(JSON.stringify(excel.model.sheets.map((s) => [s.name, s.rows()]))).toBe(before);
  });

  it('空白模板 › opens a workbook with every template sheet, the open workbook’s term and nothing else', async () => {
    const { host, opened } = filesHost();
    renderPane(host);
    await openFilesTab();
    await click('新建空白工作簿');
    expect((await screen.findByRole('status')).textContent).toBe(
      '已在新窗口中打开空白工作簿（2026-2027 第一学期）。',
    );
    const blank = await read(opened[0]);
    // A first-term workbook has no 上学期联系家长 (it is for term 2).
    expect(Object.keys(blank.sheets)).toEqual(
      SHEETS.filter((s) => s.key !== 'prevContacts').map((s) => s.name),
    );
    const info = infoOf(blank);
    expect(info.get('学年度')).toBe('2026-2027');
    expect(info.get('学期')).toBe('第一学期');
    expect(info.get('学期开始日期')).toEqual(new Date(Date.UTC(2026, 8, 7)));
    expect([info.get('专业'), info.get('班级'), info.get('班主任')].map((v) => v ?? '')).toEqual([
      '',
      '',
      '',
    ]);
    expect(blank.sheets['学生名单']).toEqual([sheetDef('roster').columns.map((c) => c.header)]);
  });

  it('打印记录表 › opens the six forms of the demo workbook, 15 pages, only the valid records', async () => {
    const { host, opened } = filesHost();
    renderPane(host);
    await openFilesTab();
    await click('生成记录表');
    expect((await screen.findByRole('status')).textContent).toBe(
      '已在新窗口中打开记录表：班会记录表 8 页，班主任谈话记录表 1 页，谈心记录表 1 页，班级活动登记表 3 页，走访宿舍记录表 1 页，联系学生家长记录表 1 页，共 15 页。',
    );
    const bytes = opened[0] as Uint8Array;
    expect(Object.keys((await read(bytes)).sheets)).toEqual(FORM_TITLES);
    expect([...pagesOf(bytes).values()].reduce((a, b) => a + b, 0)).toBe(15);
  });

  it('打印记录表 › with the switch on, prints the records with errors too and says how many are marked', async () => {
    const { host, opened } = filesHost();
    renderPane(host);
    await openFilesTab();
    fireEvent.click(screen.getByRole('switch', { name: '也打印有错误的记录（标出错误）' }));
    await click('生成记录表');
    const text = (await screen.findByRole('status')).textContent ?? '';
    expect(text).toContain('班会记录表 9 页');
    expect(text).toContain('共 17 页。');
    expect(text).toMatch(/其中 \d+ 条记录有错误或与前面的行完全相同，已用红字标明。$/);
    const pages = pagesOf(opened[0] as Uint8Array);
    expect([pages.get('班会记录表'), pages.get('班级活动登记表')]).toEqual([9, 4]);
  });

  it('says why next term cannot be made from a workbook that cannot be scored, and opens nothing', async () => {
    const { host, openWorkbook } = filesHost({ sheets: { Sheet1: [['随便什么']] } });
    renderPane(host);
    await openFilesTab();
    await click('生成下学期工作簿');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^无法生成下学期的工作簿：.*学生名单/);
    expect(openWorkbook).not.toHaveBeenCalled();
  });

  it('says Excel could not open the workbook when it refuses, without a stack trace', async () => {
    const { host } = filesHost();
    const error = new Error('The request payload size has exceeded the limit.');
    renderPane({ ...host, openWorkbook: () => Promise.reject(error) });
    await openFilesTab();
    await click('新建空白工作簿');
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'Excel 未能打开新工作簿：The request payload size has exceeded the limit.',
      ),
    );
    expect(document.body.textContent).not.toContain('    at ');
  });

  it('turns a failed read of the open workbook into a notice', async () => {
    const { host, openWorkbook } = filesHost();
    let reads = 0;
    const failing: PaneHost = {
      ...host,
      // The pane's own first read succeeds; the tab's read fails.
      read: () => (reads++ === 0 ? host.read() : Promise.reject(new Error('GeneralException'))),
    };
    renderPane(failing);
    await screen.findByTestId('score');
    await openFilesTab();
    await click('生成记录表');
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        '读取当前工作簿失败：GeneralException',
      ),
    );
    expect(openWorkbook).not.toHaveBeenCalled();
  });
});

/** useFiles with a chunk loader the test chooses, rendered through the real view. */
function FilesOnly({ host, load }: { host: PaneHost; load: () => Promise<XlsxModule> }) {
  const files = useFiles(host, 'zh-CN', DEFAULT_RULE_SET, load);
  return <FilesPanel lang="zh-CN" {...files} />;
}

describe('the 新建与打印 controller', () => {
  it('explains a chunk that cannot be loaded (the add-in’s site unreachable) and opens nothing', async () => {
    const { host, openWorkbook } = filesHost();
    const chunkError = Object.assign(new Error('Loading chunk 512 failed.\n(error: https://x/xlsx.js)'), {
      name: 'ChunkLoadError',
    });
    renderWithFluent(<FilesOnly host={host} load={() => Promise.reject(chunkError)} />);
    await click('生成下学期工作簿');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '无法加载生成工作簿所需的程序文件（加载项的网站暂时无法访问，或网络已断开）。请检查网络后再试一次。',
    );
    expect(alert.textContent).not.toContain('chunk');
    expect(openWorkbook).not.toHaveBeenCalled();
  });

  it('shows which action is building and disables every action until Excel has opened the file', async () => {
    const { host } = filesHost();
    let finish: () => void = () => undefined;
    const slow: PaneHost = {
      ...host,
      openWorkbook: () => new Promise<void>((resolve) => (finish = resolve)),
    };
    const { loadXlsx } = await import('../../src/taskpane/xlsx');
    renderWithFluent(<FilesOnly host={slow} load={loadXlsx} />);
    await click('新建空白工作簿');
    await waitFor(() => expect(screen.getByRole('button', { name: '正在生成…' })).toBeTruthy());
    const buttons = screen.getAllByRole('button') as HTMLButtonElement[];
    expect(buttons.every((b) => b.disabled)).toBe(true);
    await act(async () => finish());
    expect(await screen.findByRole('status')).toBeTruthy();
    expect((screen.getAllByRole('button') as HTMLButtonElement[]).some((b) => b.disabled)).toBe(false);
  });
});

describe('the blank workbook’s 基本信息', () => {
  it('is the open workbook’s term, with 专业/班级/班主任 blank', () => {
    expect(templateInfo(demoWorkbook(), DEFAULT_RULE_SET, 'zh-CN', WEEK_9)).toEqual({
      firstYear: 2026,
      term: 1,
      start: day(2026, 9, 7),
      weeks: 18,
      major: '',
      className: '',
      teacher: '',
    });
  });

  it('is the term today falls in when the open workbook cannot be scored, its start blank', () => {
    const empty: WorkbookInput = { sheets: { Sheet1: [] } };
    expect(templateInfo(empty, DEFAULT_RULE_SET, 'zh-CN', day(2027, 3, 1))).toMatchObject({
      firstYear: 2026,
      term: 2,
      start: null,
      weeks: null,
    });
    expect(templateInfo(empty, DEFAULT_RULE_SET, 'zh-CN', day(2027, 1, 5))).toMatchObject({
      firstYear: 2026,
      term: 1,
    });
  });
});

describe('the tab in English', () => {
  it('names the tab and its actions in English', async () => {
    renderPane(filesHost().host, 'en');
    await openFilesTab('New & print');
    expect(screen.getByRole('button', { name: "Create next term's workbook" })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create a blank workbook' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create the forms' })).toBeTruthy();
  });
});
