/**
 * Hostile and broken files: each stops with its own message, found while inflating, and the
 * command line reading it stays within bounded memory (measured in a child process running the
 * built bin's code, lib/cli.cjs, which jest's global setup builds).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileErrorMessages, translator } from '../../src/core';
import type { WorkbookFileErrorCode } from '../../src/node/readXlsx';
import { readWorkbookBuffer, WorkbookFileError } from '../../src/node/readXlsx';
import { nodeCodec } from '../../src/node/readXlsxFile';
import { LIMITS } from '../../src/node/xlsx/limits';
import type { ZipCodec } from '../../src/node/xlsx/zip';
import { portableCodec } from '../../src/node/xlsx/zip';
import { repeated, workbookOf, worksheet } from './xlsxBuilder';

const REPO = path.resolve(__dirname, '../..');
const t = translator(fileErrorMessages, 'zh-CN');
const MAX_RSS_MB = 300;

async function failureWith(bytes: Uint8Array, codec: ZipCodec): Promise<WorkbookFileError> {
  try {
    await readWorkbookBuffer(bytes, 'x.xlsx', codec);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

/** How reading `bytes` fails, the same with the pane's portable zlib as with Node's native one. */
async function failure(bytes: Uint8Array): Promise<WorkbookFileError> {
  const portable = await failureWith(bytes, portableCodec);
  const native = await failureWith(bytes, nodeCodec);
  expect([native.code, native.limit]).toEqual([portable.code, portable.limit]);
  return portable;
}

interface ChildRun {
  readonly code: number;
  readonly err: string[];
  readonly maxRssMb: number;
}

/** `banzhuren score FILE --json` in a fresh process; its exit code, stderr lines and peak RSS. */
function scoreInChild(file: string): Promise<ChildRun> {
  const script = `
    const { main } = require(${JSON.stringify(path.join(REPO, 'lib/cli.cjs'))});
    const err = [];
    main(['score', process.argv[1], '--json'], { out() {}, err: (t) => err.push(t), cwd: process.cwd() })
      .then((code) => process.stdout.write(JSON.stringify({ code, err, maxRssMb: peakKb() / 1024 })));
    // The peak of this process image: /proc's VmHWM starts afresh at exec, while getrusage's maxRSS
    // keeps the peak of the process that forked it (here the jest worker, hundreds of MB into a run).
    function peakKb() {
      try {
        const line = require('node:fs').readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\\s+(\\d+)/m);
        if (line) return Number(line[1]);
      } catch {}
      return process.resourceUsage().maxRSS;
    }
  `;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script, file], { maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as ChildRun);
    });
  });
}

const sheetOf = (xml: string | Iterable<string>, claimedSize?: number) => ({
  name: 'S',
  xml,
  ...(claimedSize === undefined ? {} : { claimedSize }),
});

const cases: readonly {
  readonly what: string;
  readonly build: () => Uint8Array;
  readonly code: WorkbookFileErrorCode;
  readonly limit?: number;
}[] = [
  {
    what: 'a zip bomb (one sheet of 200 MB of blanks, 200 KB on disk)',
    build: () => workbookOf([sheetOf(worksheet(repeated(' ', 200 * 1024 * 1024)))]),
    code: 'part-too-large',
    limit: LIMITS.partMb,
  },
  {
    what: 'a zip bomb spread over five sheets of 30 MB',
    build: () =>
      workbookOf(
        [1, 2, 3, 4, 5].map((i) => ({ name: `S${i}`, xml: worksheet(repeated(' ', 30 * 1024 * 1024)) })),
      ),
    code: 'too-large',
    limit: LIMITS.totalMb,
  },
  {
    what: 'a zip bomb whose directory claims 1 KB',
    build: () => workbookOf([sheetOf(worksheet(repeated(' ', 40 * 1024 * 1024)), 1024)]),
    code: 'part-too-large',
    limit: LIMITS.partMb,
  },
  {
    what: 'entity expansion ("billion laughs")',
    build: () => {
      const entities = ['<!ENTITY lol "lol">'];
      for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
      return workbookOf([
        sheetOf(
          `<?xml version="1.0"?><!DOCTYPE worksheet [${entities.join('')}]>` +
            `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`,
        ),
      ]);
    },
    code: 'unsafe-xml',
  },
  {
    what: 'a DOCTYPE naming an external entity',
    build: () =>
      workbookOf([
        sheetOf(
          '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
            '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>',
        ),
      ]),
    code: 'unsafe-xml',
  },
  {
    what: '1,048,576 rows',
    build: () => workbookOf([sheetOf(worksheet(repeated('<row><c><v>1</v></c></row>', 1_048_576 * 26)))]),
    code: 'too-many-rows',
    limit: LIMITS.rows,
  },
  {
    what: 'a 10 MB shared string',
    build: () =>
      workbookOf(
        [sheetOf(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))],
        (function* () {
          yield `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>`;
          yield* repeated('班', 10 * 1024 * 1024);
          yield '</t></si></sst>';
        })(),
      ),
    code: 'string-too-long',
    limit: LIMITS.stringChars,
  },
  {
    what: 'a 10 MB inline string',
    build: () =>
      workbookOf([
        sheetOf(
          worksheet(
            (function* () {
              yield '<row r="1"><c r="A1" t="inlineStr"><is><t>';
              yield* repeated('x', 10 * 1024 * 1024);
              yield '</t></is></c></row>';
            })(),
          ),
        ),
      ]),
    code: 'string-too-long',
    limit: LIMITS.stringChars,
  },
  {
    what: 'values in the last column of many rows (each row dense from column A)',
    build: () =>
      workbookOf([
        sheetOf(
          worksheet(
            Array.from(
              { length: 200 },
              (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
            ).join(''),
          ),
        ),
      ]),
    code: 'too-many-cells',
    limit: LIMITS.cells,
  },
];

describe('hostile files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases)('$what: refused with its own message, in bounded memory', async ({ build, code, limit }) => {
    const bytes = build();
    const error = await failure(bytes);
    expect(error.code).toBe(code);
    expect(error.limit).toBe(limit);

    const file = path.join(dir, `${code}.xlsx`);
    writeFileSync(file, bytes);
    const run = await scoreInChild(file);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([t(`file.${code}`, { file, limit: limit ?? '' })]);
    expect(run.maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('a value in the grid’s last cell costs one row of its own, not a million', async () => {
    const bytes = workbookOf([
      sheetOf(
        worksheet(
          '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="C1048576"><v>2</v></c></row>',
        ),
      ),
    ]);
    const rows = (await readWorkbookBuffer(bytes, 'far.xlsx')).sheets.S!;
    expect(rows).toHaveLength(1_048_576);
    expect(rows[0]).toEqual([1]);
    expect(rows[1]).toEqual([]);
    expect(rows[1_048_575]).toEqual([null, null, 2]);
    const file = path.join(dir, 'far.xlsx');
    writeFileSync(file, bytes);
    const run = await scoreInChild(file);
    expect(run.maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('a row past Excel’s grid (row 2,000,000,000) is a damaged file', async () => {
    const far = workbookOf([sheetOf(worksheet('<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>'))]);
    expect((await failure(far)).code).toBe('corrupt');
    const column = workbookOf([sheetOf(worksheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))]);
    expect((await failure(column)).code).toBe('corrupt');
  });

  it('a zip cut short, or whose directory lies about a small part, is a damaged file', async () => {
    const good = workbookOf([sheetOf(worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'))]);
    expect((await readWorkbookBuffer(good, 'good.xlsx')).sheets.S).toEqual([[1]]);
    for (const cut of [good.length - 1, good.length - 22, Math.floor(good.length / 2), 40]) {
      expect([cut, (await failure(good.subarray(0, cut))).code]).toEqual([cut, 'corrupt']);
    }
    const lying = workbookOf([sheetOf(worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'), 10)]);
    expect((await failure(lying)).code).toBe('corrupt');
    const bomb = workbookOf([sheetOf(worksheet(repeated(' ', 16 * 1024 * 1024)))]);
    expect((await failure(bomb.subarray(0, Math.floor(bomb.length * 0.6)))).code).toBe('corrupt');
  });

  it('flipped bits in a deflated part fail as a damaged file, never as a different value', async () => {
    const good = workbookOf([
      sheetOf(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>')),
    ]);
    let caught = 0;
    for (let at = 120; at < good.length - 200; at += 7) {
      const damaged = good.slice();
      damaged[at] = (damaged[at] as number) ^ 0x01;
      try {
        // A flip the reader does not notice is one in bytes it does not use (header version fields…).
        expect((await readWorkbookBuffer(damaged, 'd.xlsx')).sheets.S).toEqual([['aaaaaaaaaaaaaaaa']]);
      } catch (error) {
        expect(error).toBeInstanceOf(WorkbookFileError);
        caught++;
      }
    }
    expect(caught).toBeGreaterThan(0);
  });
});
