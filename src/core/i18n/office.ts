import { defineSection } from './catalog';

/**
 * What the Office host itself has to tell the teacher: Excel refused something the pane can do
 * without (marking cells) or cannot do for her (showing a cell on a hidden sheet).
 */
export const officeMessages = defineSection(
  {
    marksStopped:
      '无法在工作表中标出有问题的单元格（{message}），本次打开窗格期间不再标记。评分和错误列表照常更新；解决后重新打开窗格即可恢复标记。',
    sheetHidden: '工作表“{sheet}”已隐藏：右键单击任一工作表标签，选择“取消隐藏”，即可查看该单元格。',
  },
  {
    marksStopped:
      'Cells cannot be marked in the sheets ({message}), so marking is off until the pane is opened again. The score and the list of problems still update.',
    sheetHidden:
      'The sheet “{sheet}” is hidden: right-click any sheet tab and choose Unhide to see this cell.',
  },
);
