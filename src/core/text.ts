/** Text normalisation shared by header matching and cell reading (docs/rules.md, Finding sheets, headers and labels). */

// Each normaliser first looks whether there is anything to change, by hand: most cells have
// nothing, and the core runs these on every cell it reads, where a loop over a few characters
// costs a fraction of a RegExp#test and far less than a replace with a callback.
const CLOSING_BRACKET = /[)\]】]$/;
const TRAILING_NOTE = /(\([^()]*\)|\[[^[\]]*\]|【[^【】]*】)+$/;

/**
 * Whether the UTF-16 code unit is white space as JavaScript's `\s` has it — which includes the
 * ideographic space, the no-break space and U+FEFF.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isFullWidth(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;
}

function some(value: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < value.length; i++) if (test(value.charCodeAt(i))) return true;
  return false;
}

/** Full-width ASCII (Ａ１，：) and the ideographic space → half-width. */
export function toHalfWidth(value: string): string {
  if (!some(value, isFullWidth)) return value;
  let half = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    half += !isFullWidth(code) ? value[i] : code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
  }
  return half;
}

/** Trim, counting the ideographic space and no-break space as white space too. */
export function trimText(value: string): string {
  if (value.length === 0) return value;
  if (!isWhiteSpace(value.charCodeAt(0)) && !isWhiteSpace(value.charCodeAt(value.length - 1))) return value;
  return value.replace(/^\s+|\s+$/g, '');
}

export function removeWhiteSpace(value: string): string {
  if (!some(value, isWhiteSpace)) return value;
  return value.replace(/\s+/g, '');
}

/**
 * A header as compared: trimmed, white space removed, half-width, a trailing bracketed note
 * dropped, so `时长（分钟）` ≡ `时长(分钟)` ≡ ` 时 长 `.
 */
export function headerKey(value: string): string {
  const key = removeWhiteSpace(toHalfWidth(value));
  return CLOSING_BRACKET.test(key) ? key.replace(TRAILING_NOTE, '') : key;
}

/** Orders file names the same on every machine (by UTF-16 code units, not the locale's collation). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
