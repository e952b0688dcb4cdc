#!/usr/bin/env node
'use strict';
/**
 * `banzhuren` (package bin): runs the TypeScript command line without a build step. tsx (a
 * runtime dependency) is registered as a CommonJS loader through its documented API
 * (`tsx/cjs/api`), scoped to this process, then src/cli/main.ts is loaded and run.
 */
const path = require('node:path');
const { register } = require('tsx/cjs/api');

// The project's tsconfig, whatever folder the command is run from.
process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '..', 'tsconfig.json');
register();
const { run } = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
run(process.argv.slice(2));
