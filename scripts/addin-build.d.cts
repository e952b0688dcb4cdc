/** Types of scripts/addin-build.cjs (pure helpers of the add-in build). */

/** Where the source manifest points: the dev server of `npm start`. */
export declare const DEV_URL: 'https://localhost:3000/';
/** Microsoft's CDN copy of office.js. */
export declare const OFFICE_JS_CDN: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The path, relative to taskpane.html, of the local copy of office.js (`OFFICE_JS=local`). */
export declare const OFFICE_JS_LOCAL: 'office-js/office.js';
/** The deployment URL as an absolute https URL ending with a slash; throws when invalid. */
export declare function normalizeAddinUrl(url: string): string;
/** The manifest with every `https://localhost:3000/` replaced by the deployment URL. */
export declare function rewriteManifest(xml: string, url: string): string;
/** The `src` of the office.js script tag for the given OFFICE_JS environment value. */
export declare function officeJsSrc(officeJs: string | undefined): string;
