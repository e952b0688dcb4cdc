/** Text normalisation shared by header matching and cell reading (docs/rules.md, Finding sheets, headers and labels). */

/** Full-width ASCII (Ａ１，：) and the ideographic space → half-width. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Trim, counting the ideographic space and no-break space as white space too. */
export function trimText(value: string): string {
  return value.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

export function removeWhiteSpace(value: string): string {
  return value.replace(/[\s\u3000\u00a0\ufeff]+/g, '');
}

/**
 * A header as compared: trimmed, white space removed, half-width, a trailing bracketed note
 * dropped, so `时长（分钟）` ≡ `时长(分钟)` ≡ ` 时 长 `.
 */
export function headerKey(value: string): string {
  return removeWhiteSpace(toHalfWidth(value)).replace(/(\([^()]*\)|\[[^[\]]*\]|【[^【】]*】)+$/, '');
}

/** Orders file names the same on every machine (by UTF-16 code units, not the locale's collation). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
