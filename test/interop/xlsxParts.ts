import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * Test helpers that look inside an .xlsx the way Excel does — its XML parts — and run the real
 * LibreOffice. exceljs's own reader turns the formulas of a `date` validation into numbers, so the
 * exact formulas are checked on the XML.
 */

/** The parts of a zip archive (stored or deflated entries; enough for .xlsx files). */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + size);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1] as string] = unescapeXml(m[2] as string);
  return out;
}

/** Sheet name → the XML of its worksheet part. */
export function sheetXml(parts: Map<string, string>): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = targets.get(a['r:id'] ?? '');
    if (a.name && target) out.set(a.name, parts.get(target) ?? '');
  }
  return out;
}

export interface XmlValidation {
  readonly type: string;
  readonly sqref: string;
  readonly operator?: string;
  readonly errorStyle?: string;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorTitle?: string;
  readonly error?: string;
  readonly formula1?: string;
  readonly formula2?: string;
}

/** The `<dataValidation>` elements of a worksheet; a missing type is Excel's `none`. */
export function dataValidations(xml: string): XmlValidation[] {
  const out: XmlValidation[] = [];
  for (const m of xml.matchAll(/<dataValidation\b([^>]*?)(\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
    const a = attributes(m[1] ?? '');
    const body = m[3] ?? '';
    const formula = (n: number) => {
      const f = new RegExp(`<formula${n}>([\\s\\S]*?)</formula${n}>`).exec(body);
      return f ? unescapeXml(f[1] as string) : undefined;
    };
    const f1 = formula(1);
    const f2 = formula(2);
    out.push({
      type: a.type ?? 'none',
      sqref: a.sqref ?? '',
      ...(a.operator ? { operator: a.operator } : {}),
      ...(a.errorStyle ? { errorStyle: a.errorStyle } : {}),
      ...(a.promptTitle ? { promptTitle: a.promptTitle } : {}),
      ...(a.prompt ? { prompt: a.prompt } : {}),
      ...(a.errorTitle ? { errorTitle: a.errorTitle } : {}),
      ...(a.error ? { error: a.error } : {}),
      ...(f1 !== undefined ? { formula1: f1 } : {}),
      ...(f2 !== undefined ? { formula2: f2 } : {}),
    });
  }
  return out;
}

/** Workbook-scoped defined names: name → what it refers to (sheet-local ones such as print titles left out). */
export function definedNames(parts: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (parts.get('xl/workbook.xml') ?? '').matchAll(
    /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g,
  )) {
    const a = attributes(m[1] ?? '');
    if (a.name && a.localSheetId === undefined) out.set(a.name, unescapeXml(m[2] ?? ''));
  }
  return out;
}

/** A sheet reference as written by either program: `'基本信息'!$B$4` and `基本信息!$B$4` are the same. */
export function normaliseRef(ref: string): string {
  return ref.replace(/^'([^']+)'!/, '$1!');
}

// ---------------------------------------------------------------------------------------------
// LibreOffice

/** Fails loudly when LibreOffice is missing: the interop tests must not be skipped silently. */
export function requireSoffice(): string {
  const candidates = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'];
  const found = candidates.find((c) => existsSync(c));
  if (found) return found;
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'LibreOffice (soffice) is not installed, and the interop tests need the real program. ' +
        'Install it (Debian/Ubuntu: apt-get install libreoffice-calc-nogui) and run the tests again.',
    );
  }
}

/**
 * `soffice --headless --convert-to <format>` on several files at once, with a fresh user profile
 * (no profile lock shared with another run). Returns the converted files' paths, by input; they
 * are in one new temporary folder, which the caller removes.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  options: { readonly format?: string; readonly recalculate?: boolean } = {},
): Map<string, string> {
  const format = options.format ?? 'xlsx';
  const soffice = requireSoffice();
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
  if (options.recalculate) {
    // Calc keeps an .xlsx's cached formula results on load unless told to recalculate
    // (Tools › Options › Calc › Formula › Recalculation on file load: Always).
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    writeFileSync(
      path.join(profile, 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
    );
  }
  const outDir = mkdtempSync(path.join(tmpdir(), 'lo-out-'));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = new Map<string, string>();
  for (const file of files) {
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
    if (!existsSync(converted))
      throw new Error(`LibreOffice did not convert ${file} (expected ${converted})`);
    out.set(file, converted);
  }
  return out;
}
