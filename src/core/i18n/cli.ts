import { defineSection, mergeSections } from './catalog';
import { fileErrorMessages } from './fileErrors';
import { scoreNameMessages } from './scoreNames';

/**
 * Messages of the command line: usage and help, results, the readable score. Only src/cli uses
 * this section, so the task pane never loads the help text. What the pane says too has its own
 * section: a file that cannot be read (./fileErrors.ts) and the names of minimums and bonuses
 * (./scoreNames.ts) are merged in here, so that a command has one translator.
 */
export const cliMessages = mergeSections(
  mergeSections(fileErrorMessages, scoreNameMessages),
  defineSection(
    {
      // ---- files ----
      'file.writeFailed':
        '无法写入文件“{file}”（{reason}）。请检查文件夹是否存在、是否有写入权限，以及该文件是否正在 Excel 中打开。',
      'file.notScorable': '文件“{file}”无法评分：{error}',
      'file.noNextTerm': '无法由文件“{file}”生成下学期的工作簿：{error}',

      // ---- command line: usage ----
      usage:
        '班主任工作量化记录 命令行工具\n\n用法：banzhuren <命令> [选项]\n\n命令：\n  template   新建空白记录工作簿（可从学生名单导入）\n  new-term   由本学期工作簿生成下学期工作簿\n  score      检查并评分一个或多个工作簿\n  batch      评分一个文件夹下的全部工作簿，生成汇总表\n  demo       写出 docs/rules.md 中的示例工作簿（评分为 77 分）\n  forms      打印纸质记录表（班会、谈话、谈心、班级活动、走访宿舍、联系家长）\n\n通用选项：\n  --lang en  使用英文输出（默认中文）\n  --help     显示帮助；“banzhuren <命令> --help”显示该命令的帮助\n  --version  显示版本\n\n退出码：0 成功；1 用法错误；2 文件无法读取、无法评分或无法写入；3 内部错误。',
      'help.template':
        '用法：banzhuren template --year 2026-2027 --term 1 --start 2026-09-07 -o 输出.xlsx [选项]\n\n新建一个空白的班主任工作记录工作簿：所有工作表、表头、列宽、冻结首行、打印标题、A4 横向，\n以及下拉列表、日期范围等数据验证（不装加载项，在 Excel、WPS、LibreOffice 中也会提示）。\n\n选项：\n  --year <学年度>      学年度，如 2026-2027（必填）\n  --term <学期>        1 或 2（也可写 第一学期、第二学期）（必填）\n  --start <日期>       学期开始日期，即第 1 周的第一天，如 2026-09-07（必填）\n  --weeks <周数>       学期周数，默认 18\n  --major <专业>       专业\n  --class <班级>       班级\n  --teacher <姓名>     班主任\n  --roster <名单.xlsx> 从工作簿导入学生名单（含“学号”“姓名”列的工作表；只导入模板中的列）\n  -o, --out <文件>     输出文件（必填）\n  --rules <规则.json> 按学院自己的计分规则文件评分，代替内置的“财经学院 v1”（写法见 README 的“其他学院的计分规则”）\n  --lang en            使用英文输出',
      'help.new-term':
        '用法：banzhuren new-term 本学期.xlsx -o 下学期.xlsx [--start 2027-02-22] [--weeks 18]\n\n由本学期的工作簿生成下学期的工作簿：基本信息顺延（第一学期 → 同一学年第二学期，第二学期 → 下一学年第一学期），\n学生名单原样带入，记录表清空；第一学期转第二学期时，本学期有效的联系家长记录复制到“上学期联系家长”。\n\n选项：\n  --start <日期>   下学期的学期开始日期；不填则留空，请在基本信息中补填\n  --weeks <周数>   下学期的学期周数；不填则留空（按 18 周计算）\n  -o, --out <文件> 输出文件（必填，不能与输入文件相同）\n  --rules <规则.json> 按学院自己的计分规则文件评分，代替内置的“财经学院 v1”（写法见 README 的“其他学院的计分规则”）\n  --lang en        使用英文输出',
      'help.score':
        '用法：banzhuren score 文件.xlsx [文件2.xlsx …] [--json] [--lang en]\n\n检查并评分工作簿：等级、得分、每项最低要求的完成情况（缺哪些学生、哪些宿舍）、每项加分，\n以及每条错误和警告（工作表、行、列、原因）。多个文件按全体班主任一起评定优秀（名额不超过 30%）。\n\n选项：\n  --json      输出机器可读的 JSON（格式见 docs/rules.md 的“The machine-readable score”）\n  --rules <规则.json> 按学院自己的计分规则文件评分，代替内置的“财经学院 v1”（写法见 README 的“其他学院的计分规则”）\n  --lang en   使用英文输出\n\n有文件无法读取或无法评分时，其余文件照常评分，退出码为 2。',
      'help.batch':
        '用法：banzhuren batch 文件夹 -o 汇总.xlsx [--lang en]\n\n评分文件夹（含子文件夹）中的全部 .xlsx 工作簿，按全体班主任评定优秀（名额不超过 30%），\n生成汇总工作簿：每位班主任一行（班级、班主任、等级、得分、各项加分、未达到的最低要求及完成数、是否并列待定；\n不合格者不再打分，得分和加分留空），\n无法评分的文件单独列出原因。\n\n选项：\n  -o, --out <文件>  汇总工作簿（必填）\n  --rules <规则.json> 按学院自己的计分规则文件评分，代替内置的“财经学院 v1”（写法见 README 的“其他学院的计分规则”）\n  --lang en         使用英文输出',
      'help.demo':
        '用法：banzhuren demo -o 示例.xlsx\n\n写出计分规则中“计算示例”的工作簿（2026-2027 第一学期，10 名学生），评分为 77 分（合格）。\n\n选项：\n  -o, --out <文件>  输出文件（必填）\n  --lang en         使用英文输出',
      'usage.noCommand': '请指定命令。运行 banzhuren --help 查看用法。',
      'usage.unknownCommand':
        '未知命令“{command}”。可用命令：template、new-term、score、batch、demo、forms。运行 banzhuren --help 查看用法。',
      'usage.invalid': '{message}。运行 banzhuren {command} --help 查看用法。',
      'usage.unknownOption': '未知选项 {option}',
      'usage.optionValue': '选项 {option} 需要一个值',
      'usage.unexpectedArg': '多余的参数 {value}',
      'usage.badLang': '不支持的语言“{value}”，可用：zh-CN、en',
      'usage.missingOption': '缺少选项 {option}',
      'usage.missingFile': '缺少输入文件',
      'usage.missingDir': '缺少要评分的文件夹',
      'usage.tooManyFiles': '只能指定一个输入{what}，多余的是：{extra}',
      'usage.what.file': '文件',
      'usage.what.dir': '文件夹',
      'usage.badYear': '学年度“{value}”无法识别，请写成 2026-2027',
      'usage.badTerm': '学期“{value}”无法识别，请写 1 或 2',
      'usage.badDate': '{option} 的日期“{value}”无法识别，请写成 2026-09-07',
      'usage.badWeeks': '学期周数“{value}”应为 1 到 {max} 之间的整数',
      'usage.notXlsx':
        '输出文件“{file}”应以 .xlsx 结尾（写出的是 Excel 工作簿；forms 的 PDF 用 --pdf 另外生成）',
      'usage.sameFile': '输出文件“{file}”就是输入文件“{input}”，写出会覆盖它。请换一个输出文件名',
      'usage.overwritesScanned':
        '汇总文件“{file}”会覆盖文件夹中要评分的工作簿“{input}”。请把汇总写到文件夹之外，或换一个文件名',
      'warn.sameFile': '警告：“{file}”与“{first}”是同一个文件，只评分一次。',
      'usage.notDirectory': '“{dir}”不是文件夹',
      'usage.startOutsideYear':
        '--start 的日期 {start} 不在 {year} 学年度内（应在 {first} 年或 {second} 年），请核对 --start 和学年度',
      'usage.noWorkbooks': '文件夹“{dir}”中没有 .xlsx 工作簿',
      internalError: '内部错误：{message}。这是程序的问题，请把所用的命令和文件报告给维护者。',

      // ---- roster import ----
      'roster.duplicateId':
        '警告：名单“{file}”中学号 {id} 重复（第 {first} 行和第 {row} 行）。两行都已导入，评分时只算第一行，请在“学生名单”中改正。',
      'roster.noSheet':
        '文件“{file}”中找不到学生名单：需要一个含“学号”和“姓名”两列的工作表（表头在前 10 行内）。',

      // ---- results ----
      'done.template': '已写入 {file}（{year} {term}，学生 {students} 人）。',
      'done.newTerm': '已写入 {file}：{from} → {to}，学生 {students} 人，上学期联系家长 {contacts} 条。',
      'done.newTermNoStart': '请在“基本信息”中填写学期开始日期，记录表的日期按它核对。',
      'done.demo': '已写入 {file}（计分示例，评分 77 分）。',
      'done.batch':
        '已写入 {file}：共 {total} 个文件，评分 {scored} 个，无法评分 {failed} 个；优秀名额 {quota} 名。',
      progress: '评分中 {done}/{total}：{file}',

      // ---- score: readable table ----
      'score.title': '{file}',
      'score.class': '{major} {className} · 班主任 {teacher} · {year} {term}（{weeks} 周，{start} 至 {end}）',
      'score.grade': '等级：{grade}',
      'score.points': '得分：{score}（合格 {base} 分 + 加分 {bonus} 分）',
      'score.noPoints': '得分：无（有最低要求未达到，不合格者不再参加打分）',
      'score.tied': '与其他班主任在优秀名额线上并列，留待评议。',
      'score.minimums': '最低要求：',
      'score.bonuses': '加分：',
      'score.met': '达到',
      'score.notMet': '未达到',
      'score.minimumLine': '  [{mark}] {name}：{count} / {required} {unit}',
      'score.missing': '      {label}：{names}',
      'score.bonusLine': '  {name}：{points} 分（{count} {unit}，最高 {cap} 分）{next}',
      'score.next': '；再 {more} {unit}可再加 {points} 分',
      'score.errors': '错误 {count} 条（这些记录不计入）：',
      'score.warnings': '警告 {count} 条（不影响得分）：',
      'score.issue': '  {sheet} 第 {row} 行 {column}：{message}',
      'score.noIssues': '没有错误和警告。',
      'score.failed': '无法评分（原因见这个文件的错误消息，在标准错误输出中）',
      'score.cohort':
        '共 {total} 个文件，评分 {scored} 个；优秀名额 {quota} 名（不超过全体班主任的 {percent}%）。',
      'score.excellent': '优秀：{names}',
      'score.tiedList': '并列待定（留待评议）：{names}',
      'score.fullSweeps': '      一次走遍所有宿舍 {count} 次（满 {required} 次也算达到）',
      'score.noDorms': '      学生名单未填宿舍',
      'score.yearProgress': '      本学年已联系 {count} / {total} 名学生的家长',
      'grade.优秀': '优秀',
      'grade.合格': '合格',
      'grade.不合格': '不合格',
      'unit.meetings': '次',
      'unit.talks': '名学生',
      'unit.activities': '次',
      'unit.dormVisits': '次',
      'unit.parents': '名学生',
      'unit.specialCare': '名学生',
      'missing.talks': '尚未谈心',
      'missing.dormVisits': '尚未走访',
      'missing.parents': '本学年尚未联系家长',
      'missing.specialCare': '尚无谈话记录',
      'bonusUnit.meetings': '次',
      'bonusUnit.talks': '人',
      'bonusUnit.activities': '次',
      'bonusUnit.dorms': '个',
      'bonusUnit.parents': '人',
    },
    {
      'file.writeFailed':
        'Cannot write file "{file}" ({reason}). Check that the folder exists and is writable, and that the file is not open in Excel.',
      'file.notScorable': 'File "{file}" cannot be scored: {error}',
      'file.noNextTerm': 'Cannot make next term\'s workbook from "{file}": {error}',

      usage:
        "Class-teacher records (班主任工作量化记录) command line\n\nUsage: banzhuren <command> [options]\n\nCommands:\n  template   create a blank record workbook (optionally with a roster)\n  new-term   create next term's workbook from this term's\n  score      check and score one or more workbooks\n  batch      score every workbook in a folder into a summary workbook\n  demo       write the worked example of docs/rules.md (scores 77)\n  forms      print the paper record forms (meetings, talks, activities, dorm visits, parents)\n\nCommon options:\n  --lang en  English output (default: Chinese)\n  --help     show help; \"banzhuren <command> --help\" shows a command's help\n  --version  show the version\n\nExit codes: 0 success; 1 usage error; 2 a file could not be read, scored or written; 3 internal error.",
      'help.template':
        'Usage: banzhuren template --year 2026-2027 --term 1 --start 2026-09-07 -o OUT.xlsx [options]\n\nCreates a blank class-teacher record workbook: every sheet with its header row, column widths, frozen header,\nprint titles, A4 landscape, and native data validation (dropdown lists, dates within the term) that also works\nin Excel, WPS and LibreOffice without the add-in.\n\nOptions:\n  --year <year>        academic year, e.g. 2026-2027 (required)\n  --term <term>        1 or 2 (第一学期/第二学期 also accepted) (required)\n  --start <date>       first day of week 1, e.g. 2026-09-07 (required)\n  --weeks <weeks>      weeks in the term, default 18\n  --major <major>      major (专业)\n  --class <class>      class (班级)\n  --teacher <name>     class teacher (班主任)\n  --roster <file.xlsx> import the roster from a workbook (a sheet with 学号 and 姓名 columns; template columns only)\n  -o, --out <file>     output file (required)\n  --rules <rules.json> the college\'s own rule set file instead of the built-in 财经学院 v1 (see "Another college\'s numbers" in docs/rules.md)\n  --lang en            English output',
      'help.new-term':
        "Usage: banzhuren new-term THIS.xlsx -o NEXT.xlsx [--start 2027-02-22] [--weeks 18]\n\nCreates next term's workbook from this term's: 基本信息 advanced (term 1 → term 2 of the same year, term 2 → term 1\nof the next), roster carried over unchanged, record sheets empty; from term 1 to term 2, this term's valid\n联系家长 rows are copied to 上学期联系家长.\n\nOptions:\n  --start <date>    next term's start date; left blank for the teacher to fill in when omitted\n  --weeks <weeks>   next term's weeks; blank (18) when omitted\n  -o, --out <file>  output file (required, not the input file)\n  --rules <rules.json> the college's own rule set file instead of the built-in 财经学院 v1 (see \"Another college's numbers\" in docs/rules.md)\n  --lang en         English output",
      'help.score':
        'Usage: banzhuren score FILE.xlsx [FILE2.xlsx …] [--json] [--lang en]\n\nChecks and scores workbooks: grade, score, each minimum with what is missing (students, dorms), each bonus,\nand every error and warning (sheet, row, column, reason). Several files are graded together (优秀 at most 30 %).\n\nOptions:\n  --json      machine-readable JSON (format: "The machine-readable score" in docs/rules.md)\n  --rules <rules.json> the college\'s own rule set file instead of the built-in 财经学院 v1 (see "Another college\'s numbers" in docs/rules.md)\n  --lang en   English output\n\nWhen a file cannot be read or scored, the others are still scored and the exit code is 2.',
      'help.batch':
        'Usage: banzhuren batch FOLDER -o SUMMARY.xlsx [--lang en]\n\nScores every .xlsx workbook in the folder and its subfolders, grades them together (优秀 at most 30 %), and writes a\nsummary workbook: one row per teacher (class, teacher, grade, score, each bonus, unmet minimums with their counts,\ntied at the cut-off; a 不合格 teacher is not scored, so score and bonuses are blank), and the files that could not be scored with the reason.\n\nOptions:\n  -o, --out <file>  summary workbook (required)\n  --rules <rules.json> the college\'s own rule set file instead of the built-in 财经学院 v1 (see "Another college\'s numbers" in docs/rules.md)\n  --lang en         English output',
      'help.demo':
        "Usage: banzhuren demo -o EXAMPLE.xlsx\n\nWrites the rules' worked example (2026-2027 term 1, 10 students); it scores 77 (合格).\n\nOptions:\n  -o, --out <file>  output file (required)\n  --lang en         English output",
      'usage.noCommand': 'No command given. Run banzhuren --help for usage.',
      'usage.unknownCommand':
        'Unknown command "{command}". Commands: template, new-term, score, batch, demo, forms. Run banzhuren --help for usage.',
      'usage.invalid': '{message}. Run banzhuren {command} --help for usage.',
      'usage.unknownOption': 'Unknown option {option}',
      'usage.optionValue': 'Option {option} needs a value',
      'usage.unexpectedArg': 'Unexpected argument {value}',
      'usage.badLang': 'Unsupported language "{value}"; use zh-CN or en',
      'usage.missingOption': 'Missing option {option}',
      'usage.missingFile': 'Missing input file',
      'usage.missingDir': 'Missing the folder to score',
      'usage.tooManyFiles': 'Only one input {what} may be given; extra: {extra}',
      'usage.what.file': 'file',
      'usage.what.dir': 'folder',
      'usage.badYear': 'Academic year "{value}" is not recognised; write it as 2026-2027',
      'usage.badTerm': 'Term "{value}" is not recognised; write 1 or 2',
      'usage.badDate': 'The date "{value}" of {option} is not recognised; write it as 2026-09-07',
      'usage.badWeeks': 'Weeks "{value}" must be a whole number from 1 to {max}',
      'usage.notXlsx':
        'The output file "{file}" should end in .xlsx (an Excel workbook is written; forms writes a PDF with --pdf as well)',
      'usage.sameFile':
        'The output file "{file}" is the input file "{input}"; writing it would overwrite it. Choose another output name',
      'usage.overwritesScanned':
        'The summary "{file}" would overwrite "{input}", a workbook in the folder being scored. Write the summary outside the folder, or choose another name',
      'warn.sameFile': 'Warning: "{file}" is the same file as "{first}"; it is scored once.',
      'usage.notDirectory': '"{dir}" is not a folder',
      'usage.startOutsideYear':
        'The --start date {start} is not within the academic year {year} (it should fall in {first} or {second}); check --start and the year',
      'usage.noWorkbooks': 'Folder "{dir}" holds no .xlsx workbook',
      internalError:
        'Internal error: {message}. This is a bug; please report the command and the files you used.',

      'roster.duplicateId':
        'Warning: student number {id} appears twice in the roster "{file}" (rows {first} and {row}). Both rows were imported; scoring counts only the first, so correct it in 学生名单.',
      'roster.noSheet':
        'File "{file}" holds no roster: a sheet with the columns 学号 and 姓名 (header within the first 10 rows) is needed.',

      'done.template': 'Wrote {file} ({year} {term}, {students} {students:student|students}).',
      'done.newTerm':
        'Wrote {file}: {from} → {to}, {students} {students:student|students}, {contacts} {contacts:row|rows} in 上学期联系家长.',
      'done.newTermNoStart': 'Fill in 学期开始日期 in 基本信息; the record dates are checked against it.',
      'done.demo': 'Wrote {file} (the worked example of docs/rules.md, scores 77).',
      'done.batch':
        'Wrote {file}: {total} {total:file|files}, {scored} scored, {failed} could not be scored; {quota} 优秀 {quota:place|places}.',
      progress: 'Scoring {done}/{total}: {file}',

      'score.title': '{file}',
      'score.class':
        '{major} {className} · teacher {teacher} · {year} {term} ({weeks} weeks, {start} to {end})',
      'score.grade': 'Grade: {grade}',
      'score.points': 'Score: {score} (pass {base} + bonus {bonus})',
      'score.noPoints': 'Score: none (a minimum is not met; failed workbooks are not scored)',
      'score.tied': 'Tied with other teachers at the 优秀 cut-off; left to the committee.',
      'score.minimums': 'Minimums:',
      'score.bonuses': 'Bonuses:',
      'score.met': 'met',
      'score.notMet': 'NOT MET',
      'score.minimumLine': '  [{mark}] {name}: {count} / {required} {unit}',
      'score.missing': '      {label}: {names}',
      'score.bonusLine': '  {name}: {points} {points:point|points} ({count} {unit}, at most {cap}){next}',
      'score.next': '; {more} more {unit} {more:earns|earn} {points} more {points:point|points}',
      'score.errors': '{count} {count:error|errors} (these records do not count):',
      'score.warnings': '{count} {count:warning|warnings} (the score is not affected):',
      'score.issue': '  {sheet} row {row} {column}: {message}',
      'score.noIssues': 'No errors or warnings.',
      'score.failed': 'Not scored (the reason is in the error message about this file, on stderr)',
      'score.cohort':
        '{total} {total:file|files}, {scored} scored; {quota} 优秀 {quota:place|places} (at most {percent} % of all class teachers).',
      'score.excellent': '优秀 (excellent): {names}',
      'score.tiedList': 'Tied at the cut-off (left to the committee): {names}',
      'score.fullSweeps':
        '      {count} full {count:sweep|sweeps} (one visit covering every dorm); at least {required} full sweeps also meets it',
      'score.noDorms': '      the roster lists no dorms (宿舍)',
      'score.yearProgress':
        '      parents of {count} / {total} {total:student|students} contacted this academic year',
      'grade.优秀': '优秀 (excellent)',
      'grade.合格': '合格 (pass)',
      'grade.不合格': '不合格 (fail)',
      'unit.meetings': '{n:meeting|meetings}',
      'unit.talks': '{n:student|students}',
      'unit.activities': '{n:activity|activities}',
      'unit.dormVisits': '{n:visit|visits}',
      'unit.parents': '{n:student|students}',
      'unit.specialCare': '{n:student|students}',
      'missing.talks': 'not talked to yet',
      'missing.dormVisits': 'not visited yet',
      'missing.parents': 'parents not contacted this academic year',
      'missing.specialCare': 'no 谈话记录 yet',
      'bonusUnit.meetings': '{n:meeting|meetings}',
      'bonusUnit.talks': '{n:student|students}',
      'bonusUnit.activities': '{n:activity|activities}',
      'bonusUnit.dorms': '{n:dorm|dorms}',
      'bonusUnit.parents': '{n:student|students}',
    },
  ),
);

export type CliMessageKey = keyof (typeof cliMessages)['zh-CN'];
