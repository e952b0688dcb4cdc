/** Text normalisation shared by header matching and cell reading (docs/rules.md, Finding sheets, headers and labels). */

// Each normaliser first tests whether there is anything to change: most cells have nothing, and
// a test is much cheaper than a replace with a callback (the core runs these on every cell read).
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]|[\s\u3000\u00a0\ufeff]$/;
const SPACE = /[\s\u3000\u00a0\ufeff]/;
const CLOSING_BRACKET = /[)\]】]$/;
const TRAILING_NOTE = /(\([^()]*\)|\[[^[\]]*\]|【[^【】]*】)+$/;

/** Full-width ASCII (Ａ１，：) and the ideographic space → half-width. */
export function toHalfWidth(value: string): string {
  if (!FULL_WIDTH.test(value)) return value;
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Trim, counting the ideographic space and no-break space as white space too. */
export function trimText(value: string): string {
  if (!EDGE_SPACE.test(value)) return value;
  return value.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

export function removeWhiteSpace(value: string): string {
  if (!SPACE.test(value)) return value;
  return value.replace(/[\s\u3000\u00a0\ufeff]+/g, '');
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
