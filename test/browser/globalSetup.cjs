/**
 * Names one folder per jest run for the browser tests' pane build (test/browser/host/harness.ts),
 * so that every browser test file shares one webpack build. Workers inherit this environment.
 */
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

module.exports = async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'banzhuren-pane-run-'));
  process.env.BANZHUREN_PANE_BUILD = path.join(parent, 'build');
  process.env.BANZHUREN_PANE_BUILD_PARENT = parent;
};
