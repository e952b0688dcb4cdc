/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { DEFAULT_RULE_SET, demoWorkbook } from '../../src/core';
import { Pane } from '../../src/taskpane/components/Pane';
import type { PaneHost } from '../../src/host/contract';
import { fakeExcel } from '../office/fakeExcel';
import { fakeHost, renderWithFluent } from './helpers';

/** The pane wired to the in-memory Excel through the real adapter. */
function renderPane(host: PaneHost) {
  return renderWithFluent(<Pane host={host} lang="zh-CN" rules={DEFAULT_RULE_SET} />);
}

describe('the pane against the Excel fake', () => {
  it('reads the demo workbook and shows 77', async () => {
    renderPane(fakeHost(fakeExcel(demoWorkbook())));
    expect((await screen.findByTestId('score')).textContent).toBe('77 分');
  });

  it('selects the cell of an issue in the workbook when it is clicked', async () => {
    const excel = fakeExcel(demoWorkbook());
    renderPane(fakeHost(excel));
    const button = await screen.findByRole('button', { name: /班会记录 第 10 行 · 日期/ });
    fireEvent.click(button);
    await waitFor(() => expect(excel.model.selection).toEqual({ sheet: '班会记录', address: 'B10' }));
  });

  it('writes the 评分 sheet and says so', async () => {
    const excel = fakeExcel(demoWorkbook());
    renderPane(fakeHost(excel));
    fireEvent.click(await screen.findByRole('button', { name: '写入“评分”工作表' }));
    expect(await screen.findByText('已写入“评分”工作表。')).toBeTruthy();
    expect(
      excel.model
        .sheet('评分')
        ?.rows()
        .find((r) => r[0] === '总分')?.[1],
    ).toBe(77);
  });

  it('sets up an empty workbook from the form, shows what was added, and reads it again', async () => {
    const excel = fakeExcel({ sheets: { Sheet1: [] } });
    renderPane(fakeHost(excel));
    fireEvent.click(await screen.findByRole('button', { name: '设置工作簿' }));
    fireEvent.change(screen.getByRole('textbox', { name: '班主任' }), { target: { value: '李老师' } });
    fireEvent.change(screen.getByRole('textbox', { name: '专业' }), { target: { value: '会计学' } });
    fireEvent.change(screen.getByRole('textbox', { name: '班级' }), { target: { value: '会计2601' } });
    fireEvent.change(screen.getByLabelText(/学期开始日期/), { target: { value: '2026-09-07' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '创建工作表' }));
    });
    const report = await screen.findByRole('list', { name: '完成。' });
    expect(report.textContent).toContain('新建工作表：基本信息、学生名单、班会记录');
    expect(report.textContent).toContain('新建名称：学期开始日期、学期结束日期');
    const info = excel.model.sheet('基本信息')?.rows() ?? [];
    expect(info.find((r) => r[0] === '学期开始日期')?.[1]).toBe(46272);
    expect(info.find((r) => r[0] === '学年度')?.[1]).toBe('2026-2027');
    expect(info.find((r) => r[0] === '班主任')?.[1]).toBe('李老师');
  });

  it('shows a failed read as a message, never a score', async () => {
    const host: PaneHost = {
      ...fakeHost(fakeExcel(demoWorkbook())),
      read: () => Promise.reject(new Error('GeneralException')),
    };
    renderPane(host);
    expect((await screen.findByRole('alert')).textContent).toContain('读取工作簿失败：GeneralException');
    expect(screen.queryByTestId('score')).toBeNull();
  });

  it('turns a failed selection into a notice (the sheet was deleted meanwhile)', async () => {
    const excel = fakeExcel(demoWorkbook());
    renderPane(fakeHost(excel));
    const button = await screen.findByRole('button', { name: /班级活动 第 5 行 · 类型/ });
    excel.model.sheets = excel.model.sheets.filter((s) => s.name !== '班级活动');
    fireEvent.click(button);
    expect(await screen.findByText(/无法选中 班级活动 的 C5/)).toBeTruthy();
  });
});
