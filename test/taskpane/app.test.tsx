/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { appProps, day, demoOutcome, notAWorkbook, ready, renderWithFluent } from './helpers';

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('评分 panel with the demo workbook', () => {
  it('shows grade 合格 and the score 77', () => {
    renderWithFluent(<App {...appProps()} />);
    expect(screen.getByTestId('score').textContent).toBe('77 分');
    expect(screen.getByTestId('grade').textContent).toBe('合格');
    expect(screen.getByText('60 分基本分 + 加分 17 分')).toBeTruthy();
  });

  it('shows each bonus with its count, points and next step', () => {
    const { container } = renderWithFluent(<App {...appProps()} />);
    const bonus = (key: string) => container.querySelector(`[data-bonus="${key}"]`)?.textContent ?? '';
    expect(bonus('meetings')).toContain('班会超过 6 次：8');
    expect(bonus('meetings')).toContain('+6 分（上限 6）');
    expect(bonus('meetings')).toContain('已达上限');
    expect(bonus('talks')).toContain('+2 分（上限 6）');
    expect(bonus('talks')).toContain('再有 5 名学生谈心满两次 +2 分');
    expect(bonus('activities')).toContain('+4 分（上限 8）');
    expect(bonus('activities')).toContain('再组织 1 次班级活动 +2 分');
    expect(bonus('dorms')).toContain('+3 分（上限 5）');
    expect(bonus('parents')).toContain('联系家长的学生超过 5 人：7');
    expect(bonus('parents')).toContain('+2 分（上限 5）');
    expect(bonus('parents')).toContain('再联系 1 名学生的家长 +1 分');
  });

  it('shows each minimum with count / required and what is missing by name', () => {
    const { container } = renderWithFluent(<App {...appProps()} />);
    const minimum = (key: string) => container.querySelector(`[data-minimum="${key}"]`)?.textContent ?? '';
    expect(minimum('meetings')).toContain('8 次 / 要求 6 次');
    expect(minimum('meetings')).toContain('已达到');
    expect(minimum('talks')).toContain('10 人 / 要求 10 人');
    expect(minimum('dormVisits')).toContain('10 次 / 要求 9 次');
    // Term 1: one record meets it, and the year's progress names who is left.
    expect(minimum('parents')).toContain('已联系 7/10 人');
    expect(minimum('parents')).toContain('本学年尚未联系家长：黄丽、周杰、吴敏');
  });

  it('names the students never talked to when the minimum is not met', () => {
    const base = demoOutcome();
    const outcome = {
      ...base,
      grade: '不合格' as const,
      score: null,
      minimums: {
        ...base.minimums,
        talks: { count: 8, required: 10, met: false, missing: ['周杰', '吴敏'] },
      },
    };
    const { container } = renderWithFluent(<App {...appProps({ state: ready(outcome) })} />);
    expect(container.querySelector('[data-minimum="talks"]')?.textContent).toContain('尚未谈心：周杰、吴敏');
    expect(screen.queryByTestId('score')).toBeNull();
    expect(screen.getByText(/不评分/)).toBeTruthy();
  });

  it('shows pacing: the current week and where the teacher should be by now', () => {
    const { container } = renderWithFluent(<App {...appProps()} />);
    expect(section('进度').textContent).toContain('今天是第 9 周（共 18 周）');
    expect(container.querySelector('[data-pace="meetings"]')?.textContent).toContain(
      '已开 4 次，按计划应有 3 次（全学期 6 次）',
    );
    expect(container.querySelector('[data-pace="meetings"]')?.getAttribute('data-status')).toBe('onTrack');
  });

  it('says when the term has not started', () => {
    renderWithFluent(<App {...appProps({ today: day(2026, 9, 1) })} />);
    expect(section('进度').textContent).toContain('学期还没有开始（还有 6 天）');
  });

  it('lists every error and warning; clicking one selects its cell', () => {
    const props = appProps();
    renderWithFluent(<App {...props} />);
    const issues = within(section('错误与提示')).getAllByRole('button');
    expect(issues).toHaveLength(demoOutcome().issues.length);
    const meeting = issues.find((b) => b.textContent?.includes('班会记录 第 10 行 · 日期'));
    expect(meeting).toBeDefined();
    fireEvent.click(meeting as HTMLElement);
    expect(props.onSelectIssue).toHaveBeenCalledWith('班会记录', 'B10');
    const activity = issues.find((b) => b.textContent?.includes('班级活动 第 5 行 · 类型'));
    fireEvent.click(activity as HTMLElement);
    expect(props.onSelectIssue).toHaveBeenLastCalledWith('班级活动', 'C5');
  });

  it('writes the 评分 sheet on request', () => {
    const props = appProps();
    renderWithFluent(<App {...props} />);
    fireEvent.click(screen.getByRole('button', { name: '写入“评分”工作表' }));
    expect(props.onWriteScore).toHaveBeenCalledTimes(1);
  });

  it('follows Office’s language: English', () => {
    renderWithFluent(<App {...appProps({ lang: 'en', state: ready(demoOutcome('en')) })} />);
    expect(screen.getByTestId('score').textContent).toBe('77 points');
    expect(screen.getByText('Write the 评分 sheet')).toBeTruthy();
    expect(screen.getByText(/This is week 9 of 18/)).toBeTruthy();
  });
});

describe('the first screen of a workbook that is not scored yet', () => {
  it('welcomes an empty workbook with one sentence and 设置工作簿 as the one primary action', () => {
    renderWithFluent(
      <App {...appProps({ state: ready(notAWorkbook(), { workbook: 'empty', hasData: false }) })} />,
    );
    const welcome = screen.getByTestId('welcome');
    expect(
      within(welcome)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['设置工作簿']);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(within(welcome).getByRole('button', { name: '设置工作簿' }));
    expect(screen.getByRole('button', { name: '创建工作表' })).toBeTruthy();
  });

  it('offers a new blank workbook first for a workbook of something else', () => {
    const newBlank = { onClick: jest.fn(), busy: false, notice: null };
    renderWithFluent(
      <App {...appProps({ state: ready(notAWorkbook(), { workbook: 'other' }), newBlank })} />,
    );
    const buttons = within(screen.getByTestId('welcome')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['新建空白工作簿', '在这个工作簿中添加工作表']);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(newBlank.onClick).toHaveBeenCalledTimes(1);
  });

  it('names what a template workbook is missing, no score, and offers setup', () => {
    const failure = notAWorkbook();
    renderWithFluent(<App {...appProps({ state: ready(failure) })} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(failure.error);
    expect(alert.textContent).toContain('缺少工作表');
    expect(screen.queryByTestId('score')).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: '设置工作簿' }));
    expect(screen.getByRole('button', { name: '修复工作簿' })).toBeTruthy();
  });

  it('shows the next step, not 不合格, while the roster is empty', () => {
    const props = appProps({
      state: ready({ ...demoOutcome(), rosterSize: 0, grade: '不合格', score: null }),
    });
    renderWithFluent(<App {...props} />);
    expect(screen.queryByTestId('grade')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '转到学生名单' }));
    expect(props.onSelectIssue).toHaveBeenCalledWith('学生名单', 'A2');
  });
});

describe('a 不合格 workbook', () => {
  const failing = () => {
    const base = demoOutcome();
    return {
      ...base,
      grade: '不合格' as const,
      score: null,
      minimums: { ...base.minimums, activities: { count: 0, required: 1, met: false, missing: [] } },
    };
  };

  it('names the unmet minimums at the top', () => {
    renderWithFluent(<App {...appProps({ state: ready(failing()) })} />);
    expect(screen.getByTestId('unmet').textContent).toBe('未达到：班级活动（0/1）');
  });

  it('never hints at more than passing needs while a minimum is unmet', () => {
    const { container } = renderWithFluent(<App {...appProps({ state: ready(failing()) })} />);
    const bonus = (key: string) => container.querySelector(`[data-bonus="${key}"]`)?.textContent ?? '';
    expect(bonus('activities')).toContain('先达到基本要求：班级活动 0 次 / 要求 1 次');
    expect(bonus('activities')).not.toContain('再组织');
    expect(bonus('meetings')).not.toMatch(/再开|已达上限/);
  });
});

describe('a workbook that is not a class-teacher workbook', () => {
  it('never shows a score after a failed read', () => {
    renderWithFluent(
      <App {...appProps({ state: { status: 'failed', message: '读取工作簿失败：GeneralException' } })} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('GeneralException');
    expect(screen.queryByTestId('score')).toBeNull();
  });
});

describe('the switch for marks in the sheets', () => {
  it('is absent when the host cannot mark', () => {
    renderWithFluent(<App {...appProps()} />);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('says what marking costs where Excel clears its undo history, and turns marking on', () => {
    const onToggle = jest.fn();
    renderWithFluent(<App {...appProps({ marks: { on: false, keepsUndo: false, onToggle } })} />);
    const marks = screen.getByRole('switch', { name: '在工作表中标出问题单元格' });
    expect((marks as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/清空撤销（Ctrl\+Z）记录/)).toBeTruthy();
    fireEvent.click(marks);
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('needs no warning where Excel keeps its undo history', () => {
    renderWithFluent(<App {...appProps({ marks: { on: true, keepsUndo: true, onToggle: jest.fn() } })} />);
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(/清空撤销/)).toBeNull();
  });
});
