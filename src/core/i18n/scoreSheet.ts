import { defineSection } from './catalog';

/**
 * The 评分 sheet of a workbook the core writes (new-term), before the add-in first scores it.
 * The texts of the scored sheet are the pane's (./pane.ts, `sheet*`).
 */
export const scoreSheetMessages = defineSection(
  {
    'sheet.scoreNote': '本表由加载项写入最近一次评分结果，请勿手动填写；评分时不读取本表。',
  },
  {
    'sheet.scoreNote':
      'The add-in writes the latest score here; do not edit. Scoring never reads this sheet.',
  },
);
