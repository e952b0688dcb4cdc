import type { Block, Field, Part } from './pageForm';
import { PAGE_COLUMNS, renderPage } from './pageForm';
import type { FormLabel } from './labels';
import type { FormContext, FormRow } from './records';
import { show, showDate, studentName, studentOf, termLine } from './records';
import { finishSheet, formTitle } from './sheet';
import { SheetGrid } from './grid';
import type { FormKey, PrintPage, PrintSheet } from './types';

/** 班会记录表, 班主任谈话记录表 and 班级活动登记表: one record, one page, as on paper. */

/** The blocks of one page; `row` is null for the blank form printed when there is no record. */
type PageBlocks = (row: FormRow | null, ordinal: number, ctx: FormContext) => Block[];

/** Room between 签字 and the date, as on the paper form. */
const SIGN_GAP = '　'.repeat(10);

const value = (row: FormRow | null, key: string): string => (row ? show(row.row, key) : '');

const text = (v: string, keys: readonly string[], minLines: number): Part => ({
  value: v,
  keys,
  style: 'text',
  minLines,
});

/** 编号, the title and the term line that head every form. */
function heading(form: FormKey, row: FormRow | null, ordinal: number, ctx: FormContext): Block[] {
  const serial = value(row, 'serial');
  const number = serial !== '' ? serial : row ? String(ordinal) : '';
  return [
    { kind: 'line', style: 'number', text: ctx.t('number', { value: number }), keys: ['serial'] },
    { kind: 'line', style: 'title', text: formTitle(form) },
    { kind: 'line', style: 'subtitle', text: termLine(ctx) },
  ];
}

function markLine(row: FormRow | null): Block[] {
  return row?.mark ? [{ kind: 'line', style: 'mark', text: row.mark }] : [];
}

/** A labelled field showing one column of the row, and the record's date as a labelled field. */
function fieldsOf(row: FormRow | null, ctx: FormContext) {
  return {
    field: (label: FormLabel, key: string): Field => ({
      label: ctx.t(label),
      value: value(row, key),
      keys: [key],
    }),
    date: (label: FormLabel): Field => ({
      label: ctx.t(label),
      value: row ? showDate(row, ctx) : '',
      keys: ['date'],
    }),
  };
}

const pair = (left: Field, right: Field): Block => ({ kind: 'pair', left, right });

const meetingBlocks: PageBlocks = (row, ordinal, ctx) => {
  const v = (key: string) => value(row, key);
  const count = (key: string) => v(key) || '    ';
  const { field, date } = fieldsOf(row, ctx);
  return [
    ...heading('meetings', row, ordinal, ctx),
    pair(field('meeting.topic', 'topic'), field('meeting.type', 'type')),
    pair(date('meeting.time'), field('meeting.place', 'place')),
    pair(field('meeting.host', 'host'), field('meeting.recorder', 'recorder')),
    {
      kind: 'wide',
      label: ctx.t('meeting.attendance'),
      parts: [
        {
          value: ctx.t('meeting.attendanceValue', { expected: count('expected'), present: count('present') }),
          keys: ['expected', 'present'],
          style: 'value',
        },
      ],
    },
    {
      kind: 'wide',
      label: ctx.t('meeting.absent'),
      parts: [
        text(ctx.t('meeting.absentees', { value: v('absentees') }), ['absentees'], 2),
        text(ctx.t('meeting.remedy', { value: v('remedy') }), ['remedy'], 2),
      ],
    },
    { kind: 'wide', label: ctx.t('meeting.content'), parts: [text(v('content'), ['content'], 18)] },
    {
      kind: 'wide',
      label: ctx.t('meeting.signature'),
      parts: [
        { value: v('signature'), keys: ['signature'], style: 'value' },
        { value: ctx.t('dateLine'), keys: [], style: 'signature' },
      ],
    },
    { kind: 'line', style: 'note', text: ctx.t('attachNote') },
    ...markLine(row),
  ];
};

/** `王小明（S01）`: the paper asks for the name; the 学号 tells apart students who share it. */
function studentValue(row: FormRow | null, ctx: FormContext): string {
  if (!row) return '';
  const name = studentName(row.row, ctx.roster);
  const id = show(row.row, 'studentId') || studentOf(row.row, ctx.roster)?.id || '';
  return id !== '' && name !== id ? ctx.t('interview.studentValue', { name, id }) : name;
}

const interviewBlocks: PageBlocks = (row, ordinal, ctx) => {
  const v = (key: string) => value(row, key);
  const { field, date } = fieldsOf(row, ctx);
  return [
    ...heading('interviews', row, ordinal, ctx),
    pair(
      {
        label: ctx.t('interview.student'),
        value: studentValue(row, ctx),
        keys: ['studentName', 'studentId'],
      },
      { label: ctx.t('interview.class'), value: ctx.info.className, keys: [] },
    ),
    pair(date('interview.time'), field('interview.place', 'place')),
    pair(field('interview.interviewer', 'interviewer'), field('interview.recorder', 'recorder')),
    {
      kind: 'box',
      parts: [
        text(ctx.t('interview.content', { value: v('content') }), ['content'], 14),
        text(ctx.t('interview.conclusion', { value: v('conclusion') }), ['conclusion'], 5),
        text(ctx.t('interview.advice', { value: v('advice') }), ['advice'], 4),
        text(ctx.t('interview.opinion', { value: v('opinion') }), ['opinion'], 4),
        { value: `${ctx.t('interview.sign')}${SIGN_GAP}${ctx.t('dateLine')}`, keys: [], style: 'signature' },
      ],
    },
    ...markLine(row),
  ];
};

const activityBlocks: PageBlocks = (row, ordinal, ctx) => {
  const v = (key: string) => value(row, key);
  const participants = v('participants');
  const { field, date } = fieldsOf(row, ctx);
  return [
    ...heading('activities', row, ordinal, ctx),
    {
      kind: 'wide',
      label: ctx.t('activity.name'),
      parts: [{ value: v('name'), keys: ['name'], style: 'value' }],
    },
    pair(field('activity.type', 'type'), {
      label: ctx.t('activity.participants'),
      value: participants === '' ? '' : ctx.t('activity.participantsValue', { value: participants }),
      keys: ['participants'],
    }),
    pair(date('activity.time'), field('activity.place', 'place')),
    pair(field('activity.organizer', 'organizer'), field('activity.leader', 'leader')),
    { kind: 'wide', label: ctx.t('activity.content'), parts: [text(v('content'), ['content'], 16)] },
    {
      kind: 'wide',
      label: ctx.t('activity.evaluation'),
      parts: [
        text(v('evaluation'), ['evaluation'], 8),
        {
          value: `${ctx.t('activity.teacherSign')}${SIGN_GAP}${ctx.t('dateLine')}`,
          keys: [],
          style: 'signature',
        },
      ],
    },
    { kind: 'line', style: 'note', text: ctx.t('attachNote') },
    ...markLine(row),
  ];
};

const BLOCKS: Readonly<Record<'meetings' | 'interviews' | 'activities', PageBlocks>> = {
  meetings: meetingBlocks,
  interviews: interviewBlocks,
  activities: activityBlocks,
};

/** One page per row; a blank form when there is none, so the sheet can still be filled by hand. */
export function pageFormSheet(
  form: 'meetings' | 'interviews' | 'activities',
  rows: readonly FormRow[],
  ctx: FormContext,
): PrintSheet {
  const grid = new SheetGrid(PAGE_COLUMNS);
  const pages: PrintPage[] = [];
  const breaks: number[] = [];
  const items: readonly (FormRow | null)[] = rows.length > 0 ? rows : [null];
  items.forEach((row, i) => {
    const top = grid.lastRow + 1;
    const record = row ? { sourceRow: row.row.row, mark: row.mark } : null;
    const rendered = renderPage(grid, top, BLOCKS[form](row, i + 1, ctx), record);
    pages.push(rendered.page);
    breaks.push(...rendered.breaks);
    if (i < items.length - 1) breaks.push(rendered.page.lastRow);
  });
  return finishSheet(form, grid, pages, breaks, ctx);
}
