import { defineSection } from './catalog';

/**
 * What the command line's score and the summary workbook call each minimum and each bonus, and
 * how they join a list.
 */
export const scoreNameMessages = defineSection(
  {
    'minimum.meetings': '班会',
    'minimum.talks': '谈心',
    'minimum.activities': '班级活动',
    'minimum.dormVisits': '走访宿舍',
    'minimum.parents': '联系家长',
    'minimum.specialCare': '特殊关照学生的谈话记录',
    'bonus.meetings': '班会',
    'bonus.talks': '谈心两次的学生',
    'bonus.activities': '班级活动',
    'bonus.dorms': '走访两次的宿舍',
    'bonus.parents': '本学期联系家长的学生',
    listSeparator: '、',
  },
  {
    'minimum.meetings': 'class meetings',
    'minimum.talks': 'talks',
    'minimum.activities': 'class activities',
    'minimum.dormVisits': 'dorm visits',
    'minimum.parents': 'parent contacts',
    'minimum.specialCare': 'interviews of students needing care',
    'bonus.meetings': 'class meetings',
    'bonus.talks': 'students talked to twice',
    'bonus.activities': 'class activities',
    'bonus.dorms': 'dorms visited twice',
    'bonus.parents': 'students whose parents were contacted this term',
    listSeparator: ', ',
  },
);
