/**
 * What a file is, from its first bytes, before any unzipping: a zip (perhaps an .xlsx), an old
 * .xls or a password-protected .xlsx (both OLE2 compound files), a CSV renamed, or something else.
 */
export type Sniffed = 'zip' | 'empty' | 'xls' | 'encrypted' | 'csv' | 'not-xlsx';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE2)) {
    // A password-protected .xlsx is an OLE2 compound file holding the streams EncryptionInfo and
    // EncryptedPackage; an old .xls holds Workbook (BIFF8) or Book (BIFF5). Stream names are
    // stored in UTF-16LE in the directory entries.
    if (containsUtf16le(bytes, 'EncryptionInfo') || containsUtf16le(bytes, 'EncryptedPackage'))
      return 'encrypted';
    if (containsUtf16le(bytes, 'Workbook') || containsUtf16le(bytes, 'Book')) return 'xls';
    return 'not-xlsx'; // .doc, .msg… renamed
  }
  return looksLikeDelimitedText(bytes) ? 'csv' : 'not-xlsx';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[2 * i] = text.charCodeAt(i); // ASCII names only
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first as number);
    i !== -1 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Text with commas, tabs or semicolons: a CSV or tab-separated export (Excel's "Unicode text" is
 * UTF-16 with a BOM; Chinese Excel saves CSV in GBK, so any byte ≥ 0x80 counts as text).
 * Markup (HTML or XML "spreadsheets" renamed .xls/.xlsx) is not CSV.
 */
function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let text: string;
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    const le = sample[0] === 0xff;
    let s = '';
    for (let i = 2; i + 1 < sample.length; i += 2) {
      s += String.fromCharCode(
        le
          ? (sample[i] as number) | ((sample[i + 1] as number) << 8)
          : ((sample[i] as number) << 8) | (sample[i + 1] as number),
      );
    }
    text = s;
  } else {
    const start = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf ? 3 : 0;
    let control = 0;
    let s = '';
    for (let i = start; i < sample.length; i++) {
      const b = sample[i] as number;
      if (b === 0) return false;
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
      if (b < 0x80) s += String.fromCharCode(b);
    }
    if (control > sample.length / 50) return false;
    text = s;
  }
  const head = text.trimStart();
  if (head.startsWith('<')) return false;
  return /[,\t;]/.test(text);
}
