#!/usr/bin/env node
'use strict';
/**
 * `banzhuren` (package bin): runs the command line built into lib/cli.cjs (scripts/build-cli.cjs,
 * run by `npm ci` through the `prepare` script). A checkout without lib/ builds it first.
 */
const { existsSync } = require('node:fs');
const path = require('node:path');

const built = path.join(__dirname, '..', 'lib', 'cli.cjs');
if (!existsSync(built)) require('../scripts/build-cli.cjs').buildCli();
require(built).run(process.argv.slice(2));
