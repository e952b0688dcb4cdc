/**
 * Builds the command line into lib/ (gitignored): src/cli/main.ts → lib/cli.cjs, and the scoring
 * pool's worker src/cli/scoreWorker.ts → lib/scoreWorker.cjs; CommonJS bundles, so the bin starts
 * without compiling TypeScript. exceljs stays outside: it is required only when something is
 * written (src/node/exceljs.ts); so does zod, required only to check a `--rules` file
 * (src/cli/rulesOption.ts) and three quarters of the bundle's size were it inside; so does
 * tinypool, which finds its own worker entry beside itself.
 *
 * Run by `npm run build:cli`, by the `prepare` script (so `npm ci` builds it), by the bin when lib/
 * is missing, and by jest's global setup, so tests that run the bin run the sources as they are.
 */
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'lib');

function buildCli() {
  // Required here, not at the top: the bin only needs esbuild when lib/ has not been built.
  const { buildSync } = require('esbuild');
  buildSync({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/main.ts', scoreWorker: 'src/cli/scoreWorker.ts' },
    outdir: OUT,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['exceljs', 'tinypool', 'zod'],
    logLevel: 'warning',
  });
  return OUT;
}

module.exports = { buildCli, OUT };

if (require.main === module) buildCli();
