import { assessed, expectRowIssue, expectRowIssues, oneRow, rulesOf, score, VALID } from './helpers';

describe('every record sheet', () => {
  it.each([
    ['meetings', '班会记录', 'topic', '主题'],
    ['talks', '谈心记录', 'content', '谈心内容'],
    ['interviews', '谈话记录', 'conclusion', '谈话结论'],
    ['activities', '班级活动', 'organizer', '组织单位'],
    ['visits', '走访宿舍', 'reason', '事由'],
    ['contacts', '联系家长', 'result', '结果'],
  ] as const)(
    '%s › reports a blank required column as an error and does not count the row',
    (sheet, name, key, header) => {
      const outcome = oneRow(sheet, { [key]: null });
      expectRowIssue(outcome, { sheet: name, row: 2, column: header, rule: 'required' });
    },
  );

  it.each([
    ['meetings', '班会记录'],
    ['talks', '谈心记录'],
    ['interviews', '谈话记录'],
    ['activities', '班级活动'],
    ['visits', '走访宿舍'],
    ['contacts', '联系家长'],
  ] as const)('%s › reports a date outside the term and an unrecognised date', (sheet, name) => {
    expectRowIssue(oneRow(sheet, { date: '2027-01-11' }), {
      sheet: name,
      row: 2,
      column: '日期',
      rule: 'dateOutsideTerm',
    });
    expectRowIssue(oneRow(sheet, { date: '2026-09-06' }), {
      sheet: name,
      row: 2,
      column: '日期',
      rule: 'dateOutsideTerm',
    });
    expectRowIssue(oneRow(sheet, { date: '下周一' }), {
      sheet: name,
      row: 2,
      column: '日期',
      rule: 'dateUnrecognised',
    });
  });

  it('reports an error value in a required column as an error of the row', () => {
    const outcome = oneRow('meetings', { place: { error: '#REF!' } });
    expectRowIssue(outcome, { sheet: '班会记录', row: 2, column: '地点', rule: 'errorValue' });
    expect(outcome.minimums.meetings.count).toBe(0);
  });

  it('only warns about an error value in an optional text column', () => {
    const outcome = oneRow('meetings', { remedy: '#N/A' });
    expectRowIssue(outcome, {
      sheet: '班会记录',
      row: 2,
      column: '补救措施',
      rule: 'errorValue',
      severity: 'warning',
    });
    expect(outcome.minimums.meetings.count).toBe(1);
  });

  it('warns about a row identical to an earlier one and counts it once', () => {
    const outcome = assessed({ activities: [VALID.activities, VALID.activities] });
    expectRowIssue(outcome, {
      sheet: '班级活动',
      row: 3,
      column: '编号',
      rule: 'duplicateRow',
      severity: 'warning',
    });
    expect(outcome.minimums.activities.count).toBe(1);
  });

  it('tells apart rows that differ in one character of a long text, and names the first of identical rows', () => {
    const long = '爱国主义教育'.repeat(8);
    const other = `${long.slice(0, 3)}！${long.slice(4)}`;
    const a = { ...VALID.activities, content: long };
    const b = { ...VALID.activities, content: other };
    const outcome = assessed({ activities: [a, b, a, b, b] });
    const duplicates = outcome.issues
      .filter((i) => i.rule === 'duplicateRow')
      .map((i) => [i.row, i.params.first]);
    expect(duplicates).toEqual([
      [4, 2],
      [5, 3],
      [6, 3],
    ]);
  });
});

describe('班会记录', () => {
  it('counts a valid meeting', () => {
    expect(oneRow('meetings', {}).minimums.meetings.count).toBe(1);
    expect(rulesOf(oneRow('meetings', {}))).toEqual([]);
  });

  it.each([['-1'], ['3.5'], ['四十'], [-2]])('reports 应到人数 %p as not a whole number ≥ 0', (value) => {
    expectRowIssue(oneRow('meetings', { expected: value }), {
      sheet: '班会记录',
      row: 2,
      column: '应到人数',
      rule: 'notWholeNumber',
    });
  });

  it('reports 实到 > 应到 as an error on 实到人数', () => {
    expectRowIssue(oneRow('meetings', { present: 5 }), {
      sheet: '班会记录',
      row: 2,
      column: '实到人数',
      rule: 'presentOverExpected',
    });
  });

  it('reports 实到 < 应到 with 未到名单及原因 blank as an error, and warns that 补救措施 is blank', () => {
    expectRowIssues(oneRow('meetings', { present: 3 }), '班会记录', 2, [
      { column: '未到名单及原因', rule: 'absenteesMissing' },
      { column: '补救措施', rule: 'remedyMissing', severity: 'warning' },
    ]);
  });

  it('counts a meeting with absentees named and a remedy', () => {
    const outcome = oneRow('meetings', { present: 3, absentees: '刘强（病假）', remedy: '会后传达' });
    expect(rulesOf(outcome)).toEqual([]);
    expect(outcome.minimums.meetings.count).toBe(1);
  });

  it('warns when 应到 differs from the roster size', () => {
    const outcome = oneRow('meetings', { expected: 5, present: 5 });
    expectRowIssue(outcome, {
      sheet: '班会记录',
      row: 2,
      column: '应到人数',
      rule: 'expectedNotRoster',
      severity: 'warning',
    });
    expect(outcome.minimums.meetings.count).toBe(1);
  });

  it('warns when 签字 is blank', () => {
    expectRowIssue(oneRow('meetings', { signature: null }), {
      sheet: '班会记录',
      row: 2,
      column: '签字',
      rule: 'signatureMissing',
      severity: 'warning',
    });
  });

  it('only warns when 类型 is not in the list', () => {
    const outcome = oneRow('meetings', { type: '临时' });
    expectRowIssue(outcome, {
      sheet: '班会记录',
      row: 2,
      column: '类型',
      rule: 'notInList',
      severity: 'warning',
    });
    expect(outcome.minimums.meetings.count).toBe(1);
  });

  it('counts meetings distinct by date and topic', () => {
    const outcome = assessed({
      meetings: [
        VALID.meetings,
        { ...VALID.meetings, signature: '班长' },
        { ...VALID.meetings, topic: '安全教育' },
      ],
    });
    expect(outcome.minimums.meetings.count).toBe(2);
  });
});

describe('谈心记录', () => {
  it('reports a talk shorter than 5 minutes', () => {
    expectRowIssue(oneRow('talks', { minutes: 4 }), {
      sheet: '谈心记录',
      row: 2,
      column: '时长（分钟）',
      rule: 'talkTooShort',
    });
  });

  it('accepts exactly 5 minutes, and 时长 written as 30分钟', () => {
    expect(oneRow('talks', { minutes: 5 }).minimums.talks.count).toBe(1);
    expect(oneRow('talks', { minutes: '30分钟' }).minimums.talks.count).toBe(1);
  });

  it('reports a 时长 that is not a number', () => {
    expectRowIssue(oneRow('talks', { minutes: '半小时' }), {
      sheet: '谈心记录',
      row: 2,
      column: '时长（分钟）',
      rule: 'notANumber',
    });
  });

  it('reports a 形式 not in the list; blank means 个别', () => {
    expectRowIssue(oneRow('talks', { form: '小组' }), {
      sheet: '谈心记录',
      row: 2,
      column: '形式',
      rule: 'notInList',
    });
    expect(oneRow('talks', { form: null }).minimums.talks.count).toBe(1);
  });

  it('reports a 集体 row without 编号', () => {
    expectRowIssue(oneRow('talks', { form: '集体' }), {
      sheet: '谈心记录',
      row: 2,
      column: '编号',
      rule: 'groupWithoutSerial',
    });
  });

  const group = (size: number, serial = 'G1') =>
    Array.from({ length: size }, (_, i) => ({
      ...VALID.talks,
      serial,
      form: '集体',
      studentId: `2026${String(100 + i).padStart(3, '0')}`,
      studentName: `学生${i}`,
    }));

  const bigRoster = Array.from({ length: 9 }, (_, i) => ({
    studentId: `2026${String(100 + i).padStart(3, '0')}`,
    studentName: `学生${i}`,
    dorm: 'C303',
  }));

  it('counts a group talk of 8 students', () => {
    const outcome = assessed({ roster: bigRoster, talks: group(8) });
    expect(outcome.minimums.talks.count).toBe(8);
  });

  it('reports every row of a group talk of 9 students and counts none of them (note [3])', () => {
    const outcome = assessed({ roster: bigRoster, talks: group(9) });
    expect(outcome.minimums.talks.count).toBe(0);
    for (let row = 2; row <= 10; row++) {
      expectRowIssue(outcome, { sheet: '谈心记录', row, column: '编号', rule: 'groupTooLarge' });
    }
  });

  it('counts an identical row once when sizing a group', () => {
    const rows = group(8);
    const outcome = assessed({ roster: bigRoster, talks: [...rows, rows[0]!] });
    expect(outcome.minimums.talks.count).toBe(8);
  });

  it('tells groups apart by 编号 and date', () => {
    const outcome = assessed({ roster: bigRoster, talks: [...group(5, 'G1'), ...group(9, 'G2').slice(5)] });
    expect(outcome.minimums.talks.count).toBe(9);
  });
});

describe('student resolution', () => {
  it('finds a student by 学号 alone, by 姓名 alone, and by a full-width 学号', () => {
    expect(oneRow('talks', { studentName: null }).minimums.talks.count).toBe(1);
    expect(oneRow('talks', { studentId: null }).minimums.talks.count).toBe(1);
    expect(oneRow('talks', { studentId: '２０２６００１' }).minimums.talks.count).toBe(1);
  });

  it('matches 姓名 with inner white space', () => {
    expect(oneRow('talks', { studentId: null, studentName: '张 伟' }).minimums.talks.count).toBe(1);
  });

  it('reports a row naming no student', () => {
    expectRowIssue(oneRow('talks', { studentId: null, studentName: null }), {
      sheet: '谈心记录',
      row: 2,
      column: '学号',
      rule: 'studentMissing',
    });
  });

  it('reports an unknown 学号 and an unknown 姓名', () => {
    expectRowIssue(oneRow('talks', { studentId: '999' }), {
      sheet: '谈心记录',
      row: 2,
      column: '学号',
      rule: 'unknownStudentId',
    });
    expectRowIssue(oneRow('talks', { studentId: null, studentName: '赵六' }), {
      sheet: '谈心记录',
      row: 2,
      column: '姓名',
      rule: 'unknownStudentName',
    });
  });

  it('reports 学号 and 姓名 that name different students', () => {
    expectRowIssue(oneRow('contacts', { studentName: '李娜' }), {
      sheet: '联系家长',
      row: 2,
      column: '姓名',
      rule: 'studentMismatch',
    });
  });

  it('reports an error value in 学号', () => {
    expectRowIssue(oneRow('contacts', { studentId: '#N/A' }), {
      sheet: '联系家长',
      row: 2,
      column: '学号',
      rule: 'errorValue',
    });
    expectRowIssue(oneRow('contacts', { studentId: null, studentName: '#REF!' }), {
      sheet: '联系家长',
      row: 2,
      column: '姓名',
      rule: 'errorValue',
    });
  });

  const twins = [
    { studentId: '1', studentName: '张伟', dorm: 'A101' },
    { studentId: '2', studentName: '张伟', dorm: 'A101' },
  ];

  it('requires 学号 when two students share a name', () => {
    const outcome = assessed({ roster: twins, talks: [{ ...VALID.talks, studentId: null }] });
    expectRowIssue(outcome, { sheet: '谈心记录', row: 2, column: '姓名', rule: 'ambiguousName' });
  });

  it('resolves namesakes by 学号', () => {
    const outcome = assessed({ roster: twins, talks: [{ ...VALID.talks, studentId: '2' }] });
    expect(outcome.minimums.talks).toMatchObject({ count: 1, required: 2, missing: ['张伟'] });
  });
});

describe('谈话记录', () => {
  it('warns when 建议 or 学生意见 is blank, and still counts the talk', () => {
    const outcome = oneRow('interviews', { advice: null, opinion: null });
    expectRowIssues(outcome, '谈话记录', 2, [
      { column: '建议', rule: 'recommendedBlank', severity: 'warning' },
      { column: '学生意见', rule: 'recommendedBlank', severity: 'warning' },
    ]);
    expect(outcome.minimums.specialCare).toMatchObject({ count: 1, required: 1, met: true });
  });

  it('reports an unknown student', () => {
    expectRowIssue(oneRow('interviews', { studentId: '42' }), {
      sheet: '谈话记录',
      row: 2,
      column: '学号',
      rule: 'unknownStudentId',
    });
  });
});

describe('班级活动', () => {
  it.each([['班会'], ['布置工作'], ['检查工作']])(
    'reports 类型 %s as not a class activity (note [4])',
    (type) => {
      const outcome = oneRow('activities', { type });
      expectRowIssue(outcome, { sheet: '班级活动', row: 2, column: '类型', rule: 'notAnActivity' });
      expect(outcome.minimums.activities.count).toBe(0);
    },
  );

  it('reports a 类型 not in the list as an error', () => {
    expectRowIssue(oneRow('activities', { type: '聚餐' }), {
      sheet: '班级活动',
      row: 2,
      column: '类型',
      rule: 'notInList',
    });
  });

  it('warns when 效果评价及建议 is blank', () => {
    expectRowIssue(oneRow('activities', { evaluation: null }), {
      sheet: '班级活动',
      row: 2,
      column: '效果评价及建议',
      rule: 'recommendedBlank',
      severity: 'warning',
    });
  });

  it('counts activities distinct by date and name', () => {
    const outcome = assessed({
      activities: [
        VALID.activities,
        { ...VALID.activities, place: '操场' },
        { ...VALID.activities, date: '2026-10-13' },
      ],
    });
    expect(outcome.minimums.activities.count).toBe(2);
  });
});

describe('走访宿舍', () => {
  it('reports a dorm that is not the class’s', () => {
    expectRowIssue(oneRow('visits', { dorms: 'A101、Z999' }), {
      sheet: '走访宿舍',
      row: 2,
      column: '走访宿舍',
      rule: 'unknownDorm',
    });
  });

  it('reports a 事由 not in the list (note [5])', () => {
    expectRowIssue(oneRow('visits', { reason: '聊天' }), {
      sheet: '走访宿舍',
      row: 2,
      column: '事由',
      rule: 'notInList',
    });
  });

  it('reports a problem found with 处理情况 blank', () => {
    expectRowIssue(oneRow('visits', { problem: '违章电器' }), {
      sheet: '走访宿舍',
      row: 2,
      column: '处理情况',
      rule: 'problemUnhandled',
    });
  });

  it('needs no 处理情况 when 发现问题 is 无', () => {
    expect(rulesOf(oneRow('visits', { problem: '无' }))).toEqual([]);
  });

  it('counts a problem that was handled', () => {
    expect(rulesOf(oneRow('visits', { problem: '违章电器', handling: '已没收' }))).toEqual([]);
  });
});

describe('联系家长', () => {
  it('reports a 事由 not in the list (note [6])', () => {
    expectRowIssue(oneRow('contacts', { reason: '闲聊' }), {
      sheet: '联系家长',
      row: 2,
      column: '事由',
      rule: 'notInList',
    });
  });

  it('reports a blank 联系方式', () => {
    expectRowIssue(oneRow('contacts', { contact: null }), {
      sheet: '联系家长',
      row: 2,
      column: '联系方式',
      rule: 'required',
    });
  });
});

describe('学生名单', () => {
  it('reports a repeated 学号 and keeps the first student', () => {
    const outcome = assessed({
      roster: [
        { studentId: '1', studentName: '甲', dorm: 'A1' },
        { studentId: '1', studentName: '乙', dorm: 'A1' },
      ],
    });
    expectRowIssue(outcome, { sheet: '学生名单', row: 3, column: '学号', rule: 'duplicateStudentId' });
    expect(outcome.rosterSize).toBe(1);
  });

  it('reports a row without 姓名 and leaves it off the roster', () => {
    const outcome = assessed({ roster: [{ studentId: '1', studentName: null, dorm: 'A1' }] });
    expectRowIssue(outcome, { sheet: '学生名单', row: 2, column: '姓名', rule: 'required' });
    expect(outcome.rosterSize).toBe(0);
  });

  it('reports a 关照类别 outside the list but still asks for a 谈话记录', () => {
    const outcome = assessed({ roster: [{ studentId: '1', studentName: '甲', dorm: 'A1', care: '心理' }] });
    expectRowIssue(outcome, { sheet: '学生名单', row: 2, column: '关照类别', rule: 'notInList' });
    expect(outcome.minimums.specialCare).toMatchObject({ count: 0, required: 1, missing: ['甲'] });
  });
});

describe('基本信息', () => {
  it.each([
    ['year', '2026', 'academicYearInvalid'],
    ['term', '第三学期', 'termInvalid'],
    ['start', '开学那天', 'startUnrecognised'],
    ['start', null, 'infoRequired'],
    ['weeks', '十八', 'weeksInvalid'],
    ['weeks', 31, 'weeksInvalid'],
  ] as const)('cannot score when %s is %p, and says which cell is wrong', (key, value, rule) => {
    const outcome = score({}, { [key]: value });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toContain('无法确定学期');
    expect(outcome.issues.map((i) => [i.sheet, i.rule])).toContainEqual(['基本信息', rule]);
  });

  it('reads 学期周数 20 and a blank 学期周数 as 18', () => {
    expect(assessed({}, { weeks: 20 }).minimums.meetings.required).toBe(6);
    expect(assessed({}, { weeks: 20 }).minimums.dormVisits.required).toBe(10);
    expect(assessed({}, { weeks: null }).minimums.dormVisits.required).toBe(9);
    expect(oneRow('meetings', { date: '2027-01-20' }, { weeks: 20 }).minimums.meetings.count).toBe(1);
  });

  it('reports a blank 班主任 but still scores', () => {
    const outcome = assessed({}, { teacher: null });
    expectRowIssue(outcome, { sheet: '基本信息', row: 8, column: '班主任', rule: 'infoRequired' });
  });
});
