/**
 * Jest's global setup: the command line is built from the sources as they are now (lib/ is
 * gitignored), so tests that run the bin or its pool's worker never run a stale build; then the
 * browser tests' own setup.
 */
const { buildCli } = require('../scripts/build-cli.cjs');
const browserSetup = require('./browser/globalSetup.cjs');

module.exports = async () => {
  buildCli();
  await browserSetup();
};
