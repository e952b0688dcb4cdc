import { defineSection } from './catalog';

/**
 * Messages for a file that cannot be read as a workbook, one for each WorkbookFileError code
 * (src/node/readXlsx.ts): one sentence that names the file and says what to do. The command line
 * and the pane's 汇总 say the same.
 */
export const fileErrorMessages = defineSection(
  {
    'file.not-found': '找不到文件“{file}”。请检查路径和文件名是否正确。',
    'file.empty': '文件“{file}”是空文件（0 字节），不是 Excel 工作簿。请重新保存或重新获取该文件。',
    'file.xls':
      '文件“{file}”是旧版 Excel 97-2003 格式（.xls）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再试。',
    'file.encrypted':
      '文件“{file}”设置了打开密码，无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后另存再试。',
    'file.csv':
      '文件“{file}”实际上是 CSV 文本文件，不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再试。',
    'file.corrupt':
      '文件“{file}”已损坏或不完整，无法作为 .xlsx 打开。请从原始来源重新获取，或在 Excel 中打开并修复后另存。',
    'file.not-xlsx': '文件“{file}”不是 .xlsx 工作簿。请确认选择的是 Excel 工作簿文件。',
    'file.unsafe-xml':
      '文件“{file}”含有 DOCTYPE 声明（Excel 和 WPS 不会写出这种内容，可能是恶意构造的文件），为安全起见不予读取。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。',
    'file.too-large':
      '文件“{file}”过大或已损坏（解压后超过 {limit} MB），不予读取。请确认它是班主任工作量化记录工作簿；如果是，请删除多余的工作表、图片或内容后另存再试。',
    'file.part-too-large':
      '文件“{file}”过大或已损坏（其中一张工作表或共享文字解压后超过 {limit} MB），不予读取。请删除多余的行、工作表或内容后另存再试。',
    'file.too-many-rows':
      '文件“{file}”中填有内容的行超过 {limit} 行，远多于一个班一学期的记录，不予读取。请删除多余的行或工作表后另存再试。',
    'file.too-many-cells':
      '文件“{file}”中的单元格超过 {limit} 个（含合并区域），远多于一个班一学期的记录，不予读取。请删除多余的列、行或工作表后另存再试。',
    'file.string-too-long':
      '文件“{file}”中有一格文字超过 {limit} 个字符（Excel 一格最多 32767 个字符），文件可能已损坏，不予读取。请缩短该格内容后另存再试。',
  },
  {
    'file.not-found': 'File "{file}" was not found. Check the path and the file name.',
    'file.empty':
      'File "{file}" is empty (0 bytes), not an Excel workbook. Save it again or get a fresh copy.',
    'file.xls':
      'File "{file}" is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS and save it as "Excel Workbook (.xlsx)", then try again.',
    'file.encrypted':
      'File "{file}" is protected with an open password and cannot be read. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password), save, and try again.',
    'file.csv':
      'File "{file}" is actually a CSV text file, not an .xlsx workbook. Open it in Excel or WPS and save it as "Excel Workbook (.xlsx)", then try again.',
    'file.corrupt':
      'File "{file}" is damaged or incomplete and cannot be opened as .xlsx. Get it again from its source, or open and repair it in Excel and save a copy.',
    'file.not-xlsx': 'File "{file}" is not an .xlsx workbook. Make sure you picked an Excel workbook.',
    'file.unsafe-xml':
      'File "{file}" contains a DOCTYPE declaration (Excel and WPS never write one; the file may have been crafted to do harm) and is not read, for safety. Open it in Excel or WPS, save it as .xlsx, and try again.',
    'file.too-large':
      'File "{file}" is too large or damaged (over {limit} MB once unzipped) and is not read. Make sure it is a class-teacher record workbook; if it is, delete unneeded sheets, pictures or content, save, and try again.',
    'file.part-too-large':
      'File "{file}" is too large or damaged (one sheet or its shared text is over {limit} MB once unzipped) and is not read. Delete unneeded rows, sheets or content, save, and try again.',
    'file.too-many-rows':
      'File "{file}" has more than {limit} rows with content, far more than one class\'s term of records, and is not read. Delete unneeded rows or sheets, save, and try again.',
    'file.too-many-cells':
      'File "{file}" has more than {limit} cells (merged areas included), far more than one class\'s term of records, and is not read. Delete unneeded columns, rows or sheets, save, and try again.',
    'file.string-too-long':
      'File "{file}" has a cell with more than {limit} characters of text (Excel allows 32,767 in a cell); the file may be damaged and is not read. Shorten that cell, save, and try again.',
  },
);

export type FileErrorMessageKey = keyof (typeof fileErrorMessages)['zh-CN'];
