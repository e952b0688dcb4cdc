/** Removes the browser tests' shared pane build (see globalSetup.cjs). */
const { rmSync } = require('node:fs');

module.exports = async () => {
  const parent = process.env.BANZHUREN_PANE_BUILD_PARENT;
  if (parent) rmSync(parent, { recursive: true, force: true });
};
