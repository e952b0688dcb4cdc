/**
 * The task pane's JavaScript, measured on a production build: the initial files (the scripts
 * taskpane.html loads before the pane can show anything) and the lazy chunks (loaded with
 * import() when the teacher asks for a file: exceljs and the .xlsx writers), raw and gzipped.
 * The budget is on the initial files, gzipped as a web server sends them;
 * test/browser/bundle.test.ts holds the build to it, `npm run bench` prints the figures.
 *
 *   npx tsx -e "require('./bench/bundle').printBundle()"    these figures alone
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

/** The pane's initial JavaScript, gzipped: at most 300 KB (300,000 bytes). */
export const INITIAL_BUDGET_GZIP = 300_000;

export interface BundleFile {
  readonly name: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface BundleSizes {
  /** The scripts taskpane.html loads (office.js, not ours, left out). */
  readonly initial: readonly BundleFile[];
  /** Every other script of the build: chunks loaded on demand. */
  readonly lazy: readonly BundleFile[];
}

const REPO = path.resolve(__dirname, '..');

/** Our scripts that taskpane.html loads: `<script src=…>` other than office.js. */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/(^|\/)office\.js$/.test(src) && !/^[a-z]+:/i.test(src));
}

function measure(dist: string, name: string): BundleFile {
  const content = readFileSync(path.join(dist, name));
  return { name, bytes: content.length, gzip: gzipSync(content).length };
}

/** Sizes of a built dist folder (its top level: office.js and assets live in sub-folders). */
export function measureBundle(dist: string): BundleSizes {
  const initialNames = initialScripts(readFileSync(path.join(dist, 'taskpane.html'), 'utf8'));
  const scripts = readdirSync(dist).filter((name) => name.endsWith('.js'));
  return {
    initial: initialNames.map((name) => measure(dist, name)),
    lazy: scripts.filter((name) => !initialNames.includes(name)).map((name) => measure(dist, name)),
  };
}

export const total = (files: readonly BundleFile[], size: 'bytes' | 'gzip'): number =>
  files.reduce((sum, f) => sum + f[size], 0);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The report's lines: totals against the budget, then each file. */
export function bundleLines(sizes: BundleSizes): string[] {
  const line = (f: BundleFile) => `    ${f.name}: ${kb(f.gzip)} gzipped (${kb(f.bytes)})`;
  const initial = total(sizes.initial, 'gzip');
  return [
    `  initial JS: ${kb(initial)} gzipped (${kb(total(sizes.initial, 'bytes'))}), budget ${kb(INITIAL_BUDGET_GZIP)}: ${
      initial <= INITIAL_BUDGET_GZIP ? 'within' : 'OVER'
    }`,
    ...sizes.initial.map(line),
    `  lazy chunks: ${kb(total(sizes.lazy, 'gzip'))} gzipped (${kb(total(sizes.lazy, 'bytes'))})`,
    ...sizes.lazy.map(line),
  ];
}

/** webpack's production build into `out` (office.js from the CDN, as the published add-in). */
export async function buildProduction(out: string): Promise<void> {
  await promisify(execFile)(
    path.join(REPO, 'node_modules/.bin/webpack'),
    ['--mode', 'production', '--output-path', out],
    {
      cwd: REPO,
      // A placeholder URL: the manifest is not measured, and it silences the missing-ADDIN_URL warning.
      env: { ...process.env, OFFICE_JS: '', ADDIN_URL: 'https://example.invalid/banzhuren/' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

/** Builds into a temporary folder, prints the sizes, removes the build. */
export async function printBundle(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'banzhuren-bundle-'));
  try {
    const started = performance.now();
    await buildProduction(dir);
    console.log(
      `task pane bundle (webpack production build, ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
    for (const line of bundleLines(measureBundle(dir))) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
