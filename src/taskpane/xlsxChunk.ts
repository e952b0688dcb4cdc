/** What the lazily loaded .xlsx chunk holds (see ./xlsx.ts): the same reader and writers the CLI uses. */
export { scoreFileBytes } from './scoreFileBytes';
export { writeTemplate, writeWorkbook } from '../node/writeXlsx';
export { writeFormsXlsx } from '../node/writeForms';
export { writeSummary } from '../node/writeSummary';
