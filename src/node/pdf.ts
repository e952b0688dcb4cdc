/**
 * The printed forms' .xlsx converted to PDF with LibreOffice (`banzhuren forms --pdf`). Node only:
 * kept apart from ./writeForms.ts so that the writer stays usable in the browser.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type PdfErrorCode = 'no-soffice' | 'failed';

/** LibreOffice is missing, or it did not produce the PDF. `detail` is for logs, not the user. */
export class PdfConversionError extends Error {
  override readonly name = 'PdfConversionError';
  constructor(
    readonly code: PdfErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export interface PdfOptions {
  /** The LibreOffice executable; `soffice` on the PATH by default. */
  readonly soffice?: string;
  readonly timeoutMs?: number;
}

/**
 * Converts an .xlsx to PDF with LibreOffice into `outDir`; returns the PDF's path. Each call uses
 * its own throw-away LibreOffice profile, so conversions can run side by side and alongside a
 * LibreOffice the user has open (which would otherwise hold the profile lock).
 */
export async function convertToPdf(
  xlsxPath: string,
  outDir: string,
  options: PdfOptions = {},
): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), `lo-${randomBytes(4).toString('hex')}-`));
  try {
    await runSoffice(
      options.soffice ?? 'soffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        xlsxPath,
      ],
      options.timeoutMs ?? 180_000,
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(xlsxPath, path.extname(xlsxPath))}.pdf`);
  // soffice reports some failures (an unreadable file) only by not writing the output.
  await access(pdf).catch(() => {
    throw new PdfConversionError('failed', `no PDF was written to ${pdf}`);
  });
  return pdf;
}

function runSoffice(command: string, args: readonly string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { timeout }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new PdfConversionError('no-soffice', `${command} not found`));
      reject(new PdfConversionError('failed', String(stderr).trim() || error.message));
    });
  });
}
