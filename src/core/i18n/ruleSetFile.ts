import { defineSection } from './catalog';

/**
 * Messages about a rule set file (`--rules FILE.json`) that cannot be used: one sentence naming
 * the file, then the first field at fault and what to write there. Field names stay as the file
 * spells them (`minimums.talkMinutes`), so the user finds them in the file.
 */
export const ruleSetFileMessages = defineSection(
  {
    file: '规则文件“{file}”无法使用：{problem}',
    'read.notFound': '找不到规则文件“{file}”。请检查路径和文件名是否正确。',
    'read.failed': '无法读取规则文件“{file}”（{reason}）。请检查路径和读取权限。',
    'read.tooLarge':
      '规则文件“{file}”超过 {limit} KB，不是规则集文件。请确认 --rules 后面写的是规则集的 .json 文件。',
    'problem.notJson':
      '第 {line} 行第 {column} 列附近不是有效的 JSON。请检查那里的括号、逗号和引号（JSON 用英文双引号，最后一项后面不加逗号）。',
    'problem.notObject':
      '文件内容应是一个 JSON 对象，以 { 开始、以 } 结束。写法见 README 中“其他学院的计分规则”的示例。',
    'problem.noFormat': '缺少字段 format。请在开头写上 "format": {format}。',
    'problem.format':
      'format 为 {found}，这个版本的 banzhuren 只能读取 format {format} 的规则文件。请写 "format": {format}；如果文件是为更新的版本写的，请先更新 banzhuren。',
    'problem.missing': '缺少字段 {path}。请补上它（各字段的含义见 README 中“其他学院的计分规则”）。',
    'problem.unknownField': '{path} 不是规则集的字段。请检查拼写，或删除这一项。',
    'problem.type': '{path} 应为{expected}。',
    'problem.tooSmall': '{path} 应不小于 {min}。',
    'problem.tooBig': '{path} 应不大于 {max}。',
    'problem.blank': '{path} 不能为空。请写上规则集的名称，如 "某学院 v1"。',
    'problem.oneBase':
      '{path} 应恰好有 base（固定的基数）和 baseRosterFraction（学生名单人数的比例）中的一项。请删掉多余的一项，或补上缺少的一项。',
    'problem.aboveWeeks':
      '{path} 为 {value}，大于学期周数 defaultWeeks（{weeks}），这样一学期一次也不要求。请写 1 到 {weeks} 之间的整数。',
    'problem.shareAboveOne':
      'excellentShare 的 numerator 大于 denominator，优秀名额超过全体班主任。请让 numerator 不大于 denominator（30% 写作 3 和 10）。',
    'expected.integer': '整数（如 3，不加引号）',
    'expected.number': '数字（如 5 或 0.5，不加引号）',
    'expected.text': '文字（用英文双引号括起来）',
    'expected.object': '对象（{ … }）',
  },
  {
    file: 'The rule set file "{file}" cannot be used: {problem}',
    'read.notFound': 'The rule set file "{file}" was not found. Check the path and the file name.',
    'read.failed':
      'Cannot read the rule set file "{file}" ({reason}). Check the path and that it can be read.',
    'read.tooLarge':
      'The rule set file "{file}" is over {limit} KB, too large for a rule set. Check that --rules names the rule set\'s .json file.',
    'problem.notJson':
      'it is not valid JSON near line {line}, column {column}. Check the brackets, commas and quotes there (JSON uses straight double quotes and no comma after the last item).',
    'problem.notObject':
      'it should hold one JSON object, starting with { and ending with }. See the example under "Another college\'s numbers" in docs/rules.md.',
    'problem.noFormat': 'the field format is missing. Write "format": {format} at the top.',
    'problem.format':
      'format is {found}, and this version of banzhuren reads rule set files of format {format} only. Write "format": {format}; if the file was written for a newer version, update banzhuren first.',
    'problem.missing':
      'the field {path} is missing. Add it (each field is explained under "Another college\'s numbers" in docs/rules.md).',
    'problem.unknownField': '{path} is not a field of a rule set. Check its spelling, or remove it.',
    'problem.type': '{path} should be {expected}.',
    'problem.tooSmall': '{path} should be at least {min}.',
    'problem.tooBig': '{path} should be at most {max}.',
    'problem.blank': '{path} must not be blank. Name the rule set, e.g. "某学院 v1".',
    'problem.oneBase':
      '{path} should have exactly one of base (a fixed number) and baseRosterFraction (a share of the roster). Remove the extra one, or add the missing one.',
    'problem.aboveWeeks':
      "{path} is {value}, more than the term's weeks defaultWeeks ({weeks}), so a term would require none. Write a whole number from 1 to {weeks}.",
    'problem.shareAboveOne':
      'the numerator of excellentShare is above its denominator, so 优秀 would be more than every class teacher. Make numerator at most denominator (30 % is 3 and 10).',
    'expected.integer': 'a whole number (e.g. 3, without quotes)',
    'expected.number': 'a number (e.g. 5 or 0.5, without quotes)',
    'expected.text': 'text (in double quotes)',
    'expected.object': 'an object ({ … })',
  },
);
