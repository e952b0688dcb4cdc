/**
 * The add-in manifest and what the build does with it: schema validation offline (xmllint
 * against schemas/office-addin-manifest/), the structure the schema cannot check (resid
 * references, https URLs, icon files and sizes), the production URL rewrite, and the task pane
 * HTML template's network references.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import {
  DEV_URL,
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL,
  normalizeAddinUrl,
  officeJsSrc,
  rewriteManifest,
} from '../../scripts/addin-build.cjs';

const repoRoot = path.resolve(__dirname, '../..');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const manifestXml = readFileSync(manifestPath, 'utf8');
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Limits from OfficeAppBasicTypesV1_0.xsd / OfficeAppManifestV1_1.xsd (lengths in characters). */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const REFERENCE_ID_MAX = 32;
const URL_MAX = 2048;

function parseXml(xml: string): Document {
  const document = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  if (document.getElementsByTagName('parsererror').length > 0)
    throw new Error('manifest is not well-formed XML');
  return document;
}

const doc = parseXml(manifestXml);

/** Elements by local name, in any namespace. */
function all(local: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', local));
}

function one(local: string, root: Document | Element = doc): Element {
  const found = all(local, root);
  if (found.length !== 1) throw new Error(`expected one <${local}>, found ${found.length}`);
  return found[0]!;
}

/** The one direct child of `parent` with this local name. */
function child(parent: Element, local: string): Element {
  const found = Array.from(parent.children).filter((e) => e.localName === local);
  if (found.length !== 1)
    throw new Error(`expected one <${local}> in <${parent.localName}>, found ${found.length}`);
  return found[0]!;
}

/** A direct child of <OfficeApp>. */
const top = (local: string) => child(doc.documentElement, local);

function attr(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.localName}> has no ${name}`);
  return value;
}

/** Number of characters as XML Schema counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

/** Resources of one kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) by id. */
function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const group of all(kind, one('Resources'))) {
    for (const entry of Array.from(group.children)) map.set(attr(entry, 'id'), entry);
  }
  return map;
}

/** Which kind of resource a resid on this element must name. */
function resourceKindOf(element: Element): 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings' {
  switch (element.localName) {
    case 'Image':
      return 'Images';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'LearnMoreUrl':
      return 'Urls';
    case 'Label':
    case 'Title':
      return 'ShortStrings';
    case 'Description':
      return 'LongStrings';
    default:
      throw new Error(`no known resource kind for <${element.localName} resid>`);
  }
}

const withResid = () => Array.from(doc.querySelectorAll('*')).filter((e) => e.hasAttribute('resid'));

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The assets/ file a manifest URL points at (all URLs are under DEV_URL in the source manifest). */
function assetFile(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(repoRoot, url.slice(DEV_URL.length));
}

function runValidator(file: string) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'scripts/validate-manifest.mjs'), file], {
    encoding: 'utf8',
  });
}

function withTempFile<T>(name: string, text: string, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.xml › schema (offline, xmllint)', () => {
  test('xmllint is installed (Debian: libxml2-utils)', () => {
    const result = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
  });

  test('validates against the official add-in manifest schemas', () => {
    const result = runValidator(manifestPath);
    expect(`${result.stdout}${result.stderr}`).toContain('validates');
    expect(result.status).toBe(0);
  });

  test('the validator rejects a manifest that breaks the schema (a 126-character DisplayName)', () => {
    const broken = manifestXml.replace(
      /<DisplayName DefaultValue="[^"]*"/,
      `<DisplayName DefaultValue="${'班'.repeat(SHORT_STRING_MAX + 1)}"`,
    );
    const result = withTempFile('manifest.xml', broken, runValidator);
    expect(result.stderr).toContain('maxLength');
    expect(result.status).toBe(1);
  });

  test('the production manifest (URLs rewritten) validates too', () => {
    const rewritten = rewriteManifest(manifestXml, 'https://example.edu.cn/banzhuren/');
    const result = withTempFile('manifest.xml', rewritten, runValidator);
    expect(result.status).toBe(0);
  });

  test('schemas are the copies their README describes (SHA256SUMS in that folder)', () => {
    const folder = path.join(repoRoot, 'schemas/office-addin-manifest');
    const sums = readFileSync(path.join(folder, 'SHA256SUMS'), 'utf8').trim().split('\n');
    const listed = sums.map((line) => line.split(/\s+/)[1]).sort();
    expect(listed).toEqual(
      readdirSync(folder)
        .filter((f) => f.endsWith('.xsd'))
        .sort(),
    );
    for (const line of sums) {
      const [sum, name] = line.split(/\s+/);
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(folder, name!)))
          .digest('hex'),
      ).toBe(sum);
    }
  });
});

describe('manifest.xml › what the add-in is', () => {
  test('is an Excel task-pane add-in, zh-CN by default with an en-US display name and description', () => {
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(top('DefaultLocale').textContent).toBe('zh-CN');
    expect(all('Host', top('Hosts')).map((h) => h.getAttribute('Name'))).toContain('Workbook');
    const displayName = top('DisplayName');
    expect(attr(displayName, 'DefaultValue')).toBe('班主任工作量化记录');
    for (const element of [displayName, top('Description')]) {
      const overrides = all('Override', element).map((o) => attr(o, 'Locale'));
      expect(overrides).toContain('en-US');
    }
  });

  test('declares ExcelApi 1.7 as the minimum requirement set and asks for ReadWriteDocument only', () => {
    const sets = all('Set', top('Requirements'));
    expect(sets.map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')])).toEqual([['ExcelApi', '1.7']]);
    expect(top('Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('lists no other domain than its own', () => {
    const own = new URL(attr(child(top('DefaultSettings'), 'SourceLocation'), 'DefaultValue')).origin;
    for (const domain of all('AppDomain')) expect(new URL(domain.textContent ?? '').origin).toBe(own);
  });

  test('puts a button that opens the task pane in a 班主任工作 group on the Home tab', () => {
    const tab = one('OfficeTab');
    expect(attr(tab, 'id')).toBe('TabHome');
    const group = one('Group', tab);
    const groupLabel = resources('ShortStrings').get(attr(child(group, 'Label'), 'resid'));
    expect(groupLabel && attr(groupLabel, 'DefaultValue')).toBe('班主任工作');
    const button = all('Control', group).find((c) => c.getAttributeNS(XSI, 'type') === 'Button');
    expect(button).toBeDefined();
    const action = one('Action', button!);
    expect(action.getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
    const paneUrl = resources('Urls').get(attr(one('SourceLocation', action), 'resid'));
    expect(paneUrl && attr(paneUrl, 'DefaultValue')).toBe(
      attr(child(top('DefaultSettings'), 'SourceLocation'), 'DefaultValue'),
    );
  });

  test('gives the group and the button icons of 16, 32 and 80 pixels', () => {
    for (const icon of all('Icon', one('OfficeTab'))) {
      const sizes = all('Image', icon).map((image) => Number(attr(image, 'size')));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
  });
});

describe('manifest.xml › structure the schema does not check', () => {
  test('every resid names a resource of the right kind', () => {
    const references = withResid();
    expect(references.length).toBeGreaterThan(0);
    for (const element of references) {
      const kind = resourceKindOf(element);
      const resid = attr(element, 'resid');
      expect({ resid, kind, found: resources(kind).has(resid) }).toEqual({ resid, kind, found: true });
    }
  });

  test('resource ids are unique and every resource is used', () => {
    const ids = all('Resources').flatMap((r) =>
      ['Images', 'Urls', 'ShortStrings', 'LongStrings'].flatMap((kind) =>
        all(kind, r).flatMap((group) => Array.from(group.children).map((e) => attr(e, 'id'))),
      ),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(withResid().map((e) => attr(e, 'resid')));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test('every URL in the manifest is https', () => {
    const urls: string[] = [];
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        // Namespace names are identifiers, not addresses that are fetched.
        if (attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')) continue;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value)) urls.push(attribute.value);
      }
      if (element.children.length === 0 && /:\/\//.test(element.textContent ?? '')) {
        urls.push((element.textContent ?? '').trim());
      }
    }
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => new URL(url).protocol !== 'https:')).toEqual([]);
    expect(urls.filter((url) => length(url) > URL_MAX)).toEqual([]);
  });

  test('strings stay within the schema limits (short 125, long 250, resource ids 32 characters)', () => {
    const tooLong: string[] = [];
    const check = (what: string, value: string | null, max: number) => {
      if (value === null || length(value) === 0 || length(value) > max) tooLong.push(`${what}: ${value}`);
    };
    const valueAndOverrides = (element: Element, max: number, what: string) => {
      check(`${what} DefaultValue`, element.getAttribute('DefaultValue'), max);
      for (const o of all('Override', element))
        check(`${what} Override ${o.getAttribute('Locale')}`, o.getAttribute('Value'), max);
    };
    valueAndOverrides(top('DisplayName'), SHORT_STRING_MAX, 'DisplayName');
    valueAndOverrides(top('Description'), LONG_STRING_MAX, 'Description');
    check('ProviderName', top('ProviderName').textContent, SHORT_STRING_MAX);
    for (const [id, s] of resources('ShortStrings'))
      valueAndOverrides(s, SHORT_STRING_MAX, `ShortString ${id}`);
    for (const [id, s] of resources('LongStrings')) valueAndOverrides(s, LONG_STRING_MAX, `LongString ${id}`);
    for (const element of all('Resources').flatMap((r) => Array.from(r.querySelectorAll('[id]')))) {
      check('resource id', element.getAttribute('id'), REFERENCE_ID_MAX);
    }
    for (const element of withResid()) check('resid', element.getAttribute('resid'), REFERENCE_ID_MAX);
    for (const element of [...all('Group'), ...all('Control')])
      check('id', element.getAttribute('id'), SHORT_STRING_MAX);
    expect(tooLong).toEqual([]);
  });

  test('every icon is a PNG in assets/ of the size it is declared at', () => {
    const images = resources('Images');
    const expected: Array<[string, number]> = [
      [attr(top('IconUrl'), 'DefaultValue'), 32],
      [attr(top('HighResolutionIconUrl'), 'DefaultValue'), 64],
    ];
    for (const reference of all('Image').filter((e) => e.hasAttribute('resid'))) {
      const image = images.get(attr(reference, 'resid'));
      expect(image).toBeDefined();
      expected.push([attr(image!, 'DefaultValue'), Number(attr(reference, 'size'))]);
    }
    for (const [url, size] of expected) {
      const file = assetFile(url);
      expect(path.dirname(file)).toBe(path.join(repoRoot, 'assets'));
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });
});

describe('production manifest › ADDIN_URL rewrite', () => {
  const url = 'https://example.edu.cn/banzhuren/';

  test('replaces every https://localhost:3000/ with ADDIN_URL and leaves no localhost outside comments', () => {
    const devCount = manifestXml.split(DEV_URL).length - 1;
    const rewritten = rewriteManifest(manifestXml, url);
    expect(devCount).toBeGreaterThan(5);
    expect(rewritten.split(url).length - 1).toBe(devCount);
    expect(rewritten.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/localhost/);
    expect(attr(one('SourceLocation', one('DefaultSettings', parseXml(rewritten))), 'DefaultValue')).toBe(
      `${url}taskpane.html`,
    );
  });

  test('adds the trailing slash when ADDIN_URL has none', () => {
    expect(rewriteManifest(manifestXml, 'https://example.edu.cn/banzhuren')).toBe(
      rewriteManifest(manifestXml, url),
    );
    expect(normalizeAddinUrl('https://addins.example.edu.cn')).toBe('https://addins.example.edu.cn/');
  });

  test('refuses a URL that is not https, or has a query or fragment', () => {
    expect(() => rewriteManifest(manifestXml, 'http://example.edu.cn/banzhuren/')).toThrow(/https/);
    expect(() => rewriteManifest(manifestXml, 'example.edu.cn/banzhuren/')).toThrow(/absolute/);
    expect(() => rewriteManifest(manifestXml, 'https://example.edu.cn/?x=1')).toThrow(/query/);
    expect(() => rewriteManifest(manifestXml, 'https://example.edu.cn/#top')).toThrow(/fragment/);
  });

  test('escapes characters that are special in XML', () => {
    const rewritten = rewriteManifest(manifestXml, "https://example.edu.cn/a'b/");
    expect(rewritten).toContain('https://example.edu.cn/a&apos;b/taskpane.html');
    expect(attr(one('SourceLocation', one('DefaultSettings', parseXml(rewritten))), 'DefaultValue')).toBe(
      "https://example.edu.cn/a'b/taskpane.html",
    );
  });

  test('refuses to leave a localhost:3000 reference it cannot rewrite', () => {
    const odd = manifestXml.replace('</Hosts>', '</Hosts><!-- ok: https://localhost:3000 in a comment -->');
    expect(() => rewriteManifest(odd, url)).not.toThrow();
    const bad = manifestXml.replace(
      '<Hosts>',
      '<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains><Hosts>',
    );
    expect(() => rewriteManifest(bad, url)).toThrow(/localhost:3000/);
  });
});

describe('task pane HTML template', () => {
  const template = readFileSync(path.join(repoRoot, 'src/taskpane/taskpane.html'), 'utf8');
  const render = (src: string) => template.replace('<%= officeJsSrc %>', src);
  const urlsIn = (html: string) => html.match(/(?:https?:)?\/\/[^\s"'<>)]+/gi) ?? [];

  test('has exactly one template tag, the office.js source', () => {
    expect(template.match(/<%[\s\S]*?%>/g)).toEqual(['<%= officeJsSrc %>']);
  });

  test('loads office.js from the CDN by default and from office-js/ with OFFICE_JS=local', () => {
    expect(officeJsSrc(undefined)).toBe(OFFICE_JS_CDN);
    expect(officeJsSrc('')).toBe(OFFICE_JS_CDN);
    expect(officeJsSrc('local')).toBe(OFFICE_JS_LOCAL);
    expect(OFFICE_JS_CDN).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  test('refers to no http(s) URL other than the office.js CDN', () => {
    expect(urlsIn(render(officeJsSrc(undefined)))).toEqual([OFFICE_JS_CDN]);
    expect(urlsIn(render(officeJsSrc('local')))).toEqual([]);
  });

  test('is a zh-CN page with the #container the pane renders into, office.js in the head', () => {
    const page = new JSDOM(render(OFFICE_JS_CDN)).window.document;
    expect(page.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(page.getElementById('container')).not.toBeNull();
    const scripts = Array.from(page.head.querySelectorAll('script')).map((s) => s.getAttribute('src'));
    expect(scripts).toEqual([OFFICE_JS_CDN]);
    expect(
      page.querySelectorAll('link[href^="http"], link[href^="//"], img[src^="http"], img[src^="//"]'),
    ).toHaveLength(0);
  });
});
