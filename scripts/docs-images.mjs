/**
 * Regenerates the guides' screenshots (docs/images/*.png): the browser tests, told to save their
 * screenshots there instead of in a temporary folder (test/browser/host/harness.ts, screenshotPath).
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['jest', 'test/browser', '--coverage=false'], {
  stdio: 'inherit',
  env: { ...process.env, BANZHUREN_DOCS_IMAGES: '1' },
});
process.exit(result.status ?? 1);
