import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Assessment, Day, Failure, Lang, Outcome } from '../../src/core';
import { DEFAULT_RULE_SET, dayFromParts, dayParts, demoWorkbook, scoreWorkbook } from '../../src/core';
import type { AppProps } from '../../src/taskpane/components/App';
import type { PaneHost } from '../../src/host/contract';
import type { PaneStatus } from '../../src/taskpane/usePane';
import { officeHost } from '../../src/office/host';
import type { FakeContext } from '../office/fakeExcel';
import { fakeOffice } from '../office/fakeExcel';

export function renderWithFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

export function day(year: number, month: number, date: number): Day {
  const d = dayFromParts(year, month, date);
  if (d === null) throw new Error('bad test date');
  return d;
}

/** Week 9 of the demo term (it starts 2026-09-07). */
export const WEEK_9 = day(2026, 11, 4);

export function demoOutcome(lang: Lang = 'zh-CN'): Assessment {
  const outcome = scoreWorkbook(demoWorkbook(), { lang });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

export function notAWorkbook(): Failure {
  const outcome = scoreWorkbook({ sheets: { Sheet1: [['随便什么']] } });
  if (outcome.ok) throw new Error('expected a failure');
  return outcome;
}

/** The controller's state once a workbook of ours is read and scored. */
export function ready(
  outcome: Outcome,
  overrides: Partial<Extract<PaneStatus, { status: 'ready' }>> = {},
): PaneStatus {
  return { status: 'ready', outcome, hasData: true, workbook: 'template', info: null, ...overrides };
}

/** App props for a scored workbook, every action a jest mock. */
export function appProps(overrides: Partial<AppProps> = {}): AppProps {
  return {
    lang: 'zh-CN',
    rules: DEFAULT_RULE_SET,
    today: WEEK_9,
    state: ready(demoOutcome()),
    busy: false,
    notice: null,
    setupReport: null,
    onRefresh: jest.fn(),
    onSetup: jest.fn(),
    onSelectIssue: jest.fn(),
    onWriteScore: jest.fn(),
    marks: null,
    ...overrides,
  };
}

/**
 * The Office host itself — its action queue and feature gating — over the in-memory Excel fake,
 * on a host with ExcelApi up to the fake's version; it is 9 o'clock on `today`.
 */
export function fakeHost(excel: FakeContext, today: Day = WEEK_9): PaneHost {
  const { year, month, day } = dayParts(today);
  return officeHost(
    DEFAULT_RULE_SET,
    'zh-CN',
    fakeOffice(excel, { now: new Date(year, month - 1, day, 9, 0) }),
  );
}
