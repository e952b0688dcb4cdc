#!/usr/bin/env node
/**
 * Offline check of an add-in manifest against Microsoft's published XML schemas:
 *
 *   node scripts/validate-manifest.mjs [manifest.xml …]     (default: manifest.xml)
 *
 * Runs `xmllint --noout --schema schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd`
 * (xmllint: Debian package libxml2-utils). The schemas are kept in the repository (see
 * schemas/office-addin-manifest/README.md), so no network and no folder outside the repo is
 * needed. `OFFICE_ADDIN_SCHEMA_DIR` points at another copy of the same files.
 *
 * Exit code: 0 valid, 1 invalid, 2 xmllint or a file missing.
 * `npm run validate:online` runs Microsoft's online validator instead (needs network).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The folder of the schemas: OFFICE_ADDIN_SCHEMA_DIR, else the repository's copy. */
export function schemaDir() {
  return path.resolve(
    process.env.OFFICE_ADDIN_SCHEMA_DIR ?? path.join(repoRoot, 'schemas/office-addin-manifest'),
  );
}

/**
 * Validates one manifest file with xmllint.
 * @param {string} file path of the manifest
 * @returns {{ status: 'valid' | 'invalid' | 'unavailable', output: string }}
 */
export function validateManifest(file) {
  const schema = path.join(schemaDir(), 'OfficeAppManifestV1_1.xsd');
  if (!existsSync(schema)) return { status: 'unavailable', output: `schema not found: ${schema}` };
  if (!existsSync(file)) return { status: 'unavailable', output: `manifest not found: ${file}` };
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (result.error) {
    return {
      status: 'unavailable',
      output: `xmllint could not run (${result.error.message}); install it with: apt-get install libxml2-utils`,
    };
  }
  const output = `${result.stdout}${result.stderr}`.trim();
  // xmllint exits with 3 when the document does not validate, 4/5 when the schema does not compile.
  if (result.status === 0) return { status: 'valid', output };
  return { status: result.status === 3 ? 'invalid' : 'unavailable', output };
}

function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) files.push(path.join(repoRoot, 'manifest.xml'));
  let exitCode = 0;
  for (const file of files) {
    const { status, output } = validateManifest(path.resolve(file));
    const log = status === 'valid' ? console.log : console.error;
    log(output);
    if (status === 'invalid') exitCode = Math.max(exitCode, 1);
    if (status === 'unavailable') exitCode = 2;
  }
  process.exit(exitCode);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
