/**
 * `npm run bench [-- options]`: bench/run.ts bundled by esbuild the way the command line is
 * (scripts/build-cli.cjs), into .bench/ (gitignored), then run. The figures are then those of
 * the code as it ships — one module, calls between modules direct — not of a module-by-module
 * transpile at run time, whose import getters alone cost a few per cent in the reader's loops.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { buildCli } = require('./build-cli.cjs');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, '.bench/run.cjs');

// The end-to-end figures run the bin, so the bin must be the sources as they are.
buildCli();
require('esbuild').buildSync({
  absWorkingDir: ROOT,
  entryPoints: ['bench/run.ts'],
  outfile: OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [OUT, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
