/**
 * The pane's bundle budget, on the production build the browser tests share: the
 * initial JavaScript ≤ 300 KB gzipped, and exceljs only in a chunk loaded on demand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleSizes } from '../../bench/bundle';
import { INITIAL_BUDGET_GZIP, initialScripts, measureBundle, total } from '../../bench/bundle';
import { builtPaneDist } from './host/harness';

/** Strings only exceljs holds: its name as the default workbook creator, and the SpreadsheetML namespace. */
const EXCELJS_MARKERS = ['ExcelJS', 'schemas.openxmlformats.org/spreadsheetml/2006/main'];

let dist: string;
let sizes: BundleSizes;

beforeAll(async () => {
  dist = await builtPaneDist();
  sizes = measureBundle(dist);
}, 300_000);

const text = (name: string) => readFileSync(join(dist, name), 'utf8');

describe('the pane’s bundle', () => {
  it('starts from one script of ours, the taskpane entry', () => {
    expect(sizes.initial.map((f) => f.name)).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
  });

  it('keeps the initial JavaScript within 300 KB gzipped', () => {
    expect(total(sizes.initial, 'gzip')).toBeLessThanOrEqual(INITIAL_BUDGET_GZIP);
  });

  it('leaves exceljs out of the initial script and loads it in a lazy chunk', () => {
    for (const file of sizes.initial)
      for (const marker of EXCELJS_MARKERS)
        expect([file.name, text(file.name).includes(marker)]).toEqual([file.name, false]);
    for (const marker of EXCELJS_MARKERS)
      expect(sizes.lazy.some((f) => text(f.name).includes(marker))).toBe(true);
    expect(sizes.lazy.map((f) => f.name)).toContainEqual(expect.stringMatching(/^xlsx\.[0-9a-f]{8}\.js$/));
  });
});

describe('initialScripts', () => {
  it('takes the page’s own scripts, not office.js from the CDN or from office-js/', () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
      '<script src=office-js/office.js onerror="x"></script><script defer src=taskpane.0123abcd.js></script>';
    expect(initialScripts(html)).toEqual(['taskpane.0123abcd.js']);
  });
});
