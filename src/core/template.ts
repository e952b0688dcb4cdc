/**
 * The workbook contract, template version 1 (docs/rules.md, The workbook): one definition of every sheet and column.
 * Header matching, validation, the .xlsx writer and the add-in's setup all read it; nothing else
 * spells a sheet name, a header or a dropdown list.
 */

export const TEMPLATE_VERSION = 1;

/** 学期周数 is a whole number from 1 to this (blank means the rule set's default). */
export const MAX_TERM_WEEKS = 30;

/** Header fills (RGB hex): required columns darker than optional ones. */
export const HEADER_FILL = { required: '#BDD7EE', optional: '#DDEBF7' } as const;

export const DATE_FORMAT = 'yyyy-mm-dd';

export const LISTS = {
  careCategory: ['学习困难', '家庭经济困难', '感情挫折', '沟通障碍', '违纪受到处理', '其他'],
  meetingType: ['开学初', '考试前', '放假前后', '综合测评', '评优评先', '困难认定', '奖助学金评定', '其他'],
  talkForm: ['个别', '集体'],
  activityType: ['团日活动', '文体活动', '志愿服务', '社会实践', '学风建设', '其他'],
  /** Source note [4]: 班会、布置和检查工作不属于班级活动. Listed so the message can name them. */
  notActivity: ['班会', '布置工作', '检查工作'],
  visitReason: ['探视病患', '检查卫生', '检查缺勤', '排查安全隐患', '其他'],
  contactReason: ['节假日离校', '学籍预警', '报喜', '其他'],
  term: ['第一学期', '第二学期'],
  gender: ['男', '女'],
} as const satisfies Record<string, readonly string[]>;

export type ListKey = keyof typeof LISTS;

/** What a column holds; it decides parsing, validation and the native Excel data validation. */
export type ColumnKind =
  | { readonly type: 'text' }
  | { readonly type: 'serial' }
  | { readonly type: 'date' }
  | { readonly type: 'wholeNumber' }
  | { readonly type: 'minutes' }
  | { readonly type: 'studentId' }
  | { readonly type: 'studentName' }
  | { readonly type: 'dorm' }
  | { readonly type: 'dorms' }
  | {
      readonly type: 'list';
      readonly list: ListKey;
      readonly severity: 'error' | 'warning';
      readonly blankMeans?: string;
    };

export interface ColumnDef {
  readonly key: string;
  /** The header the template writes; also the name messages use for the column. */
  readonly header: string;
  readonly required: boolean;
  readonly kind: ColumnKind;
  readonly aliases?: readonly string[];
  /** Column width in Excel character units, for the writer. */
  readonly width: number;
  /**
   * An optional column the paper form has: a blank is a warning with this message (the issue
   * catalogue's key), and its data-validation prompt says "recommended".
   */
  readonly recommended?: 'recommendedBlank' | 'signatureMissing';
  /** Kept as text (number format `@`) so that 学号 and phone numbers keep their leading zeros. */
  readonly textFormat?: boolean;
}

export type SheetKey =
  | 'info'
  | 'roster'
  | 'meetings'
  | 'talks'
  | 'interviews'
  | 'activities'
  | 'visits'
  | 'contacts'
  | 'prevContacts'
  | 'score';

export interface SheetDef {
  readonly key: SheetKey;
  readonly name: string;
  /** A workbook without this sheet is not a class-teacher workbook. */
  readonly required: boolean;
  /** `info` is label/value rows; `table` is a header row and one record per row; `output` is written, never read. */
  readonly layout: 'info' | 'table' | 'output';
  readonly columns: readonly ColumnDef[];
  /** Title of the paper form this sheet replaces (source document). */
  readonly form?: string;
}

const text = { type: 'text' } as const;
const date = { type: 'date' } as const;
const serial = { type: 'serial' } as const;

function col(
  key: string,
  header: string,
  required: boolean,
  kind: ColumnKind,
  width = 14,
  aliases?: readonly string[],
): ColumnDef {
  return aliases ? { key, header, required, kind, width, aliases } : { key, header, required, kind, width };
}

const asText = (column: ColumnDef): ColumnDef => ({ ...column, textFormat: true });
const recommended = (column: ColumnDef, message: NonNullable<ColumnDef['recommended']>): ColumnDef => ({
  ...column,
  recommended: message,
});

const SERIAL_ALIASES = ['序号', '次数', '编号'];
const NAME_ALIASES = ['学生姓名'];

/** Columns that several record sheets share. */
const serialColumn = (header = '编号') => col('serial', header, false, serial, 8, SERIAL_ALIASES);
const dateColumn = col('date', '日期', true, date, 12, ['时间', '日期']);
const studentColumns = [
  asText(col('studentId', '学号', false, { type: 'studentId' }, 14)),
  col('studentName', '姓名', false, { type: 'studentName' }, 10, NAME_ALIASES),
];

const contactColumns: readonly ColumnDef[] = [
  serialColumn(),
  dateColumn,
  ...studentColumns,
  col('parentName', '家长姓名', true, text, 10),
  asText(col('contact', '联系方式', true, text, 16)),
  col('reason', '事由', true, { type: 'list', list: 'contactReason', severity: 'error' }, 12),
  col('result', '结果', true, text, 30),
];

export const SHEETS: readonly SheetDef[] = [
  {
    key: 'info',
    name: '基本信息',
    required: true,
    layout: 'info',
    columns: [
      col('year', '学年度', true, text, 16),
      col('term', '学期', true, { type: 'list', list: 'term', severity: 'error' }, 16),
      col('start', '学期开始日期', true, date, 16),
      col('weeks', '学期周数', false, { type: 'wholeNumber' }, 16),
      col('major', '专业', true, text, 16),
      col('className', '班级', true, text, 16),
      col('teacher', '班主任', true, text, 16),
      col('templateVersion', '模板版本', false, text, 16),
    ],
  },
  {
    key: 'roster',
    name: '学生名单',
    required: true,
    layout: 'table',
    columns: [
      asText(col('studentId', '学号', true, { type: 'studentId' }, 14)),
      col('studentName', '姓名', true, { type: 'studentName' }, 10, NAME_ALIASES),
      col('gender', '性别', false, { type: 'list', list: 'gender', severity: 'warning' }, 6),
      col('dorm', '宿舍', false, { type: 'dorm' }, 10),
      col('parentName', '家长姓名', false, text, 10),
      asText(col('parentPhone', '家长电话', false, text, 16)),
      col('care', '关照类别', false, { type: 'list', list: 'careCategory', severity: 'error' }, 14),
      col('note', '备注', false, text, 20),
    ],
  },
  {
    key: 'meetings',
    name: '班会记录',
    required: true,
    layout: 'table',
    form: '班会记录表',
    columns: [
      serialColumn(),
      dateColumn,
      col('topic', '主题', true, text, 24),
      col('type', '类型', false, { type: 'list', list: 'meetingType', severity: 'warning' }, 12),
      col('place', '地点', true, text, 12),
      col('host', '主持人', true, text, 10),
      col('recorder', '记录人', true, text, 10),
      col('expected', '应到人数', true, { type: 'wholeNumber' }, 10),
      col('present', '实到人数', true, { type: 'wholeNumber' }, 10),
      col('absentees', '未到名单及原因', false, text, 24),
      col('remedy', '补救措施', false, text, 20),
      col('content', '会议内容', true, text, 40),
      recommended(col('signature', '签字', false, text, 12), 'signatureMissing'),
    ],
  },
  {
    key: 'talks',
    name: '谈心记录',
    required: true,
    layout: 'table',
    form: '谈心记录表',
    columns: [
      serialColumn(),
      dateColumn,
      ...studentColumns,
      col('place', '地点', false, text, 12),
      col('minutes', '时长（分钟）', true, { type: 'minutes' }, 12),
      col(
        'form',
        '形式',
        false,
        { type: 'list', list: 'talkForm', severity: 'error', blankMeans: '个别' },
        8,
      ),
      col('content', '谈心内容', true, text, 40),
    ],
  },
  {
    key: 'interviews',
    name: '谈话记录',
    required: true,
    layout: 'table',
    form: '班主任谈话记录表',
    columns: [
      serialColumn(),
      dateColumn,
      ...studentColumns,
      col('place', '地点', true, text, 12),
      col('interviewer', '谈话人', true, text, 10),
      col('recorder', '记录人', true, text, 10),
      col('content', '谈话内容', true, text, 40),
      col('conclusion', '谈话结论', true, text, 24),
      recommended(col('advice', '建议', false, text, 20), 'recommendedBlank'),
      recommended(col('opinion', '学生意见', false, text, 20), 'recommendedBlank'),
    ],
  },
  {
    key: 'activities',
    name: '班级活动',
    required: true,
    layout: 'table',
    form: '班级活动登记表',
    columns: [
      serialColumn(),
      col('name', '活动名称', true, text, 20),
      col('type', '类型', false, { type: 'list', list: 'activityType', severity: 'error' }, 12),
      dateColumn,
      col('place', '地点', true, text, 12),
      col('organizer', '组织单位', true, text, 14),
      col('leader', '负责人', true, text, 10),
      col('participants', '参加人数', false, { type: 'wholeNumber' }, 10),
      col('content', '活动内容及意义', true, text, 40),
      recommended(col('evaluation', '效果评价及建议', false, text, 30), 'recommendedBlank'),
    ],
  },
  {
    key: 'visits',
    name: '走访宿舍',
    required: true,
    layout: 'table',
    form: '走访宿舍记录表',
    columns: [
      serialColumn('次数'),
      dateColumn,
      col('dorms', '走访宿舍', true, { type: 'dorms' }, 20),
      col('reason', '事由', true, { type: 'list', list: 'visitReason', severity: 'error' }, 14),
      col('problem', '发现问题', false, text, 24),
      col('handling', '处理情况', false, text, 24),
    ],
  },
  {
    key: 'contacts',
    name: '联系家长',
    required: true,
    layout: 'table',
    form: '联系学生家长记录表',
    columns: contactColumns,
  },
  { key: 'prevContacts', name: '上学期联系家长', required: false, layout: 'table', columns: contactColumns },
  { key: 'score', name: '评分', required: false, layout: 'output', columns: [] },
];

export function sheetDef(key: SheetKey): SheetDef {
  const def = SHEETS.find((s) => s.key === key);
  if (!def) throw new Error(`unknown sheet ${key}`);
  return def;
}

/** The record sheets a teacher fills row by row during the term. */
export const RECORD_SHEETS: readonly SheetKey[] = [
  'meetings',
  'talks',
  'interviews',
  'activities',
  'visits',
  'contacts',
];

/** The number format a column's cells get: dates as dates, text-format columns as text. */
export function columnNumberFormat(column: ColumnDef): string | null {
  return column.kind.type === 'date' ? DATE_FORMAT : column.textFormat ? '@' : null;
}
