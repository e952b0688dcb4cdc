/**
 * Pure helpers of the add-in build, shared by webpack.config.js and the tests
 * (test/manifest/manifest.test.ts). No file or network access here.
 */

/** Where the source manifest points: the dev server of `npm start`. */
const DEV_URL = 'https://localhost:3000/';

/** Microsoft's CDN copy of office.js, which Microsoft requires for published add-ins. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The path, relative to taskpane.html, of the copy from @microsoft/office-js (`OFFICE_JS=local`). */
const OFFICE_JS_LOCAL = 'office-js/office.js';

/**
 * The deployment URL as the manifest needs it: an absolute https URL without query or
 * fragment, ending with a slash.
 * @param {string} url for example `https://example.edu.cn/banzhuren`
 * @returns {string} for example `https://example.edu.cn/banzhuren/`
 * @throws {Error} when the URL is not an absolute https URL, or has a query, fragment or credentials
 */
function normalizeAddinUrl(url) {
  let parsed;
  try {
    parsed = new URL(String(url).trim());
  } catch {
    throw new Error(`ADDIN_URL is not an absolute URL: "${url}"`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`ADDIN_URL must use https (Office loads add-ins over https only): "${url}"`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`ADDIN_URL must not have a query, fragment or credentials: "${url}"`);
  }
  const href = parsed.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** @param {string} text */
function escapeXmlAttribute(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The manifest with every `https://localhost:3000/` replaced by the deployment URL.
 * @param {string} xml the source manifest text
 * @param {string} url the deployment URL (normalized with {@link normalizeAddinUrl})
 * @returns {string}
 * @throws {Error} when the URL is invalid, or a localhost:3000 reference is left that is not a
 *   `https://localhost:3000/…` URL (so a deployed manifest never points at a developer's machine)
 */
function rewriteManifest(xml, url) {
  const base = escapeXmlAttribute(normalizeAddinUrl(url));
  const rewritten = xml.split(DEV_URL).join(base);
  // Comments may mention the dev URL; only what is outside comments must be clean.
  const outsideComments = rewritten.replace(/<!--[\s\S]*?-->/g, '');
  if (/localhost:3000/.test(outsideComments)) {
    throw new Error('manifest.xml refers to localhost:3000 in a form the rewrite does not handle');
  }
  return rewritten;
}

/**
 * The `src` of the office.js script tag in taskpane.html.
 * @param {string | undefined} officeJs the OFFICE_JS environment variable: `local` serves the copy
 *   from @microsoft/office-js; anything else (or nothing) loads Microsoft's CDN
 * @returns {string}
 */
function officeJsSrc(officeJs) {
  return officeJs === 'local' ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
}

module.exports = { DEV_URL, OFFICE_JS_CDN, OFFICE_JS_LOCAL, normalizeAddinUrl, rewriteManifest, officeJsSrc };
