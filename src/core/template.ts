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

/** A date with its time of day (a time typed with the date, when the summary was computed). */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

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

function column(
  key: string,
  header: string,
  required: boolean,
  kind: ColumnKind,
  width: number,
  aliases: readonly string[] | undefined,
): ColumnDef {
  return aliases ? { key, header, required, kind, width, aliases } : { key, header, required, kind, width };
}

/** A column every record must fill. */
const requiredColumn = (
  key: string,
  header: string,
  kind: ColumnKind,
  width = 14,
  aliases?: readonly string[],
) => column(key, header, true, kind, width, aliases);

/** A column a record may leave blank. */
const optionalColumn = (
  key: string,
  header: string,
  kind: ColumnKind,
  width = 14,
  aliases?: readonly string[],
) => column(key, header, false, kind, width, aliases);

const asText = (column: ColumnDef): ColumnDef => ({ ...column, textFormat: true });
const recommended = (column: ColumnDef, message: NonNullable<ColumnDef['recommended']>): ColumnDef => ({
  ...column,
  recommended: message,
});

const SERIAL_ALIASES = ['序号', '次数', '编号'];
const NAME_ALIASES = ['学生姓名'];

/** Columns that several record sheets share. */
const serialColumn = (header = '编号') => optionalColumn('serial', header, serial, 8, SERIAL_ALIASES);
const dateColumn = requiredColumn('date', '日期', date, 12, ['时间', '日期']);
const studentColumns = [
  asText(optionalColumn('studentId', '学号', { type: 'studentId' }, 14)),
  optionalColumn('studentName', '姓名', { type: 'studentName' }, 10, NAME_ALIASES),
];

const contactColumns: readonly ColumnDef[] = [
  serialColumn(),
  dateColumn,
  ...studentColumns,
  requiredColumn('parentName', '家长姓名', text, 10),
  asText(requiredColumn('contact', '联系方式', text, 16)),
  requiredColumn('reason', '事由', { type: 'list', list: 'contactReason', severity: 'error' }, 12),
  requiredColumn('result', '结果', text, 30),
];

export const SHEETS: readonly SheetDef[] = [
  {
    key: 'info',
    name: '基本信息',
    required: true,
    layout: 'info',
    columns: [
      requiredColumn('year', '学年度', text, 16),
      requiredColumn('term', '学期', { type: 'list', list: 'term', severity: 'error' }, 16),
      requiredColumn('start', '学期开始日期', date, 16),
      optionalColumn('weeks', '学期周数', { type: 'wholeNumber' }, 16),
      requiredColumn('major', '专业', text, 16),
      requiredColumn('className', '班级', text, 16),
      requiredColumn('teacher', '班主任', text, 16),
      optionalColumn('templateVersion', '模板版本', text, 16),
    ],
  },
  {
    key: 'roster',
    name: '学生名单',
    required: true,
    layout: 'table',
    columns: [
      asText(requiredColumn('studentId', '学号', { type: 'studentId' }, 14)),
      requiredColumn('studentName', '姓名', { type: 'studentName' }, 10, NAME_ALIASES),
      optionalColumn('gender', '性别', { type: 'list', list: 'gender', severity: 'warning' }, 6),
      optionalColumn('dorm', '宿舍', { type: 'dorm' }, 10),
      optionalColumn('parentName', '家长姓名', text, 10),
      asText(optionalColumn('parentPhone', '家长电话', text, 16)),
      optionalColumn('care', '关照类别', { type: 'list', list: 'careCategory', severity: 'error' }, 14),
      optionalColumn('note', '备注', text, 20),
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
      requiredColumn('topic', '主题', text, 24),
      optionalColumn('type', '类型', { type: 'list', list: 'meetingType', severity: 'warning' }, 12),
      requiredColumn('place', '地点', text, 12),
      requiredColumn('host', '主持人', text, 10),
      requiredColumn('recorder', '记录人', text, 10),
      requiredColumn('expected', '应到人数', { type: 'wholeNumber' }, 10),
      requiredColumn('present', '实到人数', { type: 'wholeNumber' }, 10),
      optionalColumn('absentees', '未到名单及原因', text, 24),
      optionalColumn('remedy', '补救措施', text, 20),
      requiredColumn('content', '会议内容', text, 40),
      recommended(optionalColumn('signature', '签字', text, 12), 'signatureMissing'),
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
      optionalColumn('place', '地点', text, 12),
      requiredColumn('minutes', '时长（分钟）', { type: 'minutes' }, 12),
      optionalColumn(
        'form',
        '形式',
        { type: 'list', list: 'talkForm', severity: 'error', blankMeans: '个别' },
        8,
      ),
      requiredColumn('content', '谈心内容', text, 40),
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
      requiredColumn('place', '地点', text, 12),
      requiredColumn('interviewer', '谈话人', text, 10),
      requiredColumn('recorder', '记录人', text, 10),
      requiredColumn('content', '谈话内容', text, 40),
      requiredColumn('conclusion', '谈话结论', text, 24),
      recommended(optionalColumn('advice', '建议', text, 20), 'recommendedBlank'),
      recommended(optionalColumn('opinion', '学生意见', text, 20), 'recommendedBlank'),
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
      requiredColumn('name', '活动名称', text, 20),
      optionalColumn('type', '类型', { type: 'list', list: 'activityType', severity: 'error' }, 12),
      dateColumn,
      requiredColumn('place', '地点', text, 12),
      requiredColumn('organizer', '组织单位', text, 14),
      requiredColumn('leader', '负责人', text, 10),
      optionalColumn('participants', '参加人数', { type: 'wholeNumber' }, 10),
      requiredColumn('content', '活动内容及意义', text, 40),
      recommended(optionalColumn('evaluation', '效果评价及建议', text, 30), 'recommendedBlank'),
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
      requiredColumn('dorms', '走访宿舍', { type: 'dorms' }, 20),
      requiredColumn('reason', '事由', { type: 'list', list: 'visitReason', severity: 'error' }, 14),
      optionalColumn('problem', '发现问题', text, 24),
      optionalColumn('handling', '处理情况', text, 24),
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
