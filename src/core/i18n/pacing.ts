import { defineSection } from './catalog';

/**
 * Texts of pacing (where the teacher is against the term calendar), shared by the 评分 panel's
 * 进度 section and the 进度 rows of the 评分 sheet. English counts use `{n:one|other}`.
 */
export const pacingMessages = defineSection(
  {
    phaseBefore: '学期还没有开始（还有 {days} 天），现在还不要求完成任何记录。',
    phaseDuring: '今天是第 {week} 周（共 {weeks} 周）。按计划，到本周末应达到：',
    phaseAfter: '学期已经结束（共 {weeks} 周）。全学期应达到：',

    label_meetings: '班会',
    label_talks: '谈心',
    label_activities: '班级活动',
    label_dormVisits: '走访宿舍',
    label_parents: '联系家长',
    label_specialCare: '特殊关照',

    where_meetings: '已开 {count} 次，按计划应有 {expected} 次（全学期 {required} 次）',
    where_talks: '已谈心 {count} 人，按计划应有 {expected} 人（全班 {required} 人）',
    where_activities: '已组织 {count} 次，按计划应有 {expected} 次（全学期至少 {required} 次）',
    where_dormVisits:
      '已走访 {count} 次、走到 {visited}/{total} 个宿舍，按计划应有 {expected} 次、{dormsExpected} 个宿舍',
    where_parents: '已联系 {count} 名学生的家长，按计划应有 {expected} 名（本学期至少 {required} 名）',
    where_parentsYear: '本学年已联系 {count} 名学生的家长，按计划应有 {expected} 名（全班 {required} 名）',
    where_specialCare: '已有谈话记录 {count} 人，按计划应有 {expected} 人（需关照 {required} 人）',

    status_met: '已达到',
    status_onTrack: '按计划',
    status_behind: '落后',
    status_noDorms: '无法判断',

    next_meetings: '本周开一次班会（还差 {gap} 次）',
    next_talks: '本周可找：{names}谈心',
    next_activities: '本周可组织一次班级活动',
    next_dormVisits: '{names} 本学期尚未走访',
    next_dormVisitsOccasion: '本周走访一次宿舍（还差 {gap} 次）',
    next_parents: '本周可联系：{names}的家长',
    next_specialCare: '本周可约：{names}谈话（需特殊关照，尚无谈话记录）',
    next_noDorms: '学生名单没有填写宿舍，请先在“宿舍”列填写宿舍号。',
    namesAndMore: '{names}等 {total} 人',
    listSeparator: '、',

    sheetTitle: '进度',
    sheetCount: '现有',
    sheetExpected: '按计划应有',
    sheetRequired: '全学期要求',
    sheetStatus: '状态',
    sheetNext: '下一步',

    chartTitle: '{label}：按周的完成与计划',
    chartDone: '{label}已完成',
    chartExpected: '{label}按计划',
    chartWeek: '周',
  },
  {
    phaseBefore: 'The term has not started yet ({days} {days:day|days} to go); nothing is expected yet.',
    phaseDuring: 'This is week {week} of {weeks}. By the end of this week the plan is:',
    phaseAfter: 'The term is over ({weeks} weeks). The whole term needed:',

    label_meetings: 'Class meetings',
    label_talks: 'Talks',
    label_activities: 'Class activities',
    label_dormVisits: 'Dorm visits',
    label_parents: 'Parents',
    label_specialCare: 'Special care',

    where_meetings:
      '{count} {count:meeting|meetings} held, {expected} expected by now ({required} for the term)',
    where_talks: '{count} {count:student|students} talked with, {expected} expected by now (of {required})',
    where_activities:
      '{count} {count:activity|activities} held, {expected} expected by now (at least {required} a term)',
    where_dormVisits:
      '{count} {count:visit|visits}, {visited} of {total} {total:dorm|dorms} visited; {expected} {expected:visit|visits} and {dormsExpected} {dormsExpected:dorm|dorms} expected by now',
    where_parents:
      "{count} {count:student's parents|students' parents} contacted, {expected} expected by now (at least {required} this term)",
    where_parentsYear:
      "{count} {count:student's parents|students' parents} contacted this academic year, {expected} expected by now (of {required})",
    where_specialCare:
      '{count} {count:student|students} with a talk record, {expected} expected by now (of {required} needing care)',

    status_met: 'met',
    status_onTrack: 'on track',
    status_behind: 'behind',
    status_noDorms: 'cannot tell',

    next_meetings: 'Hold a class meeting this week ({gap} {gap:meeting|meetings} short)',
    next_talks: 'This week, talk with {names}',
    next_activities: 'Organise a class activity this week',
    next_dormVisits: '{names}: not visited this term',
    next_dormVisitsOccasion: 'Visit the dorms this week ({gap} {gap:visit|visits} short)',
    next_parents: 'This week, contact the parents of {names}',
    next_specialCare: 'This week, hold a talk (谈话记录) with {names}, who need special care',
    next_noDorms: 'The roster has no dorms: fill in the 宿舍 column of 学生名单 first.',
    namesAndMore: '{names} and {more} more',
    listSeparator: ', ',

    sheetTitle: 'Pace',
    sheetCount: 'Now',
    sheetExpected: 'Expected by now',
    sheetRequired: 'For the term',
    sheetStatus: 'Status',
    sheetNext: 'Next step',

    chartTitle: '{label}: done and planned by week',
    chartDone: '{label} done',
    chartExpected: '{label} planned',
    chartWeek: 'week',
  },
);

export type PacingMessageKey = keyof (typeof pacingMessages)['zh-CN'];
