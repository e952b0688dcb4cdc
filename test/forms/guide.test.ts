import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/core';
import { newAndPrintMessages, issueMessages, summaryTabMessages } from '../../src/core';
import { cliMessages } from '../../src/core/i18n/cli';
import {
  documentedMessages,
  GUIDES,
  messagesTable,
  normaliseTables,
  withTable,
} from '../../scripts/messages-doc';

/** The guides cannot drift from the product: messages, decisions and images are checked here. */

const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const guide = (lang: Lang): string => readFileSync(GUIDES[lang], 'utf8');
const README = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

/** The numbered items of a Markdown section, from its heading to the next `## ` heading. */
function numberedItems(markdown: string, heading: RegExp): number[] {
  const start = markdown.search(heading);
  if (start < 0) throw new Error(`no section ${heading}`);
  const rest = markdown.slice(start);
  const end = rest.indexOf('\n## ', 1);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
}

describe.each(LANGS)('the %s guide', (lang) => {
  const text = guide(lang);

  it('holds the message table exactly as scripts/messages-doc.ts generates it', () => {
    // Compared cell by cell: prettier pads the table's columns when it formats the guide.
    expect(normaliseTables(text)).toContain(normaliseTables(messagesTable(lang)));
    expect(normaliseTables(withTable(text, lang))).toBe(normaliseTables(text));
  });

  it('contains the text of every row, workbook and file message', () => {
    const keys = [
      ...Object.keys(issueMessages[lang]),
      ...Object.keys(cliMessages[lang]).filter((k) => k.startsWith('file.')),
    ];
    const missing = keys.filter((key) => {
      const message = key.startsWith('file.')
        ? cliMessages[lang][key as keyof (typeof cliMessages)['en']]
        : issueMessages[lang][key as keyof (typeof issueMessages)['en']];
      return !text.includes(message.replace(/\|/g, '\\|'));
    });
    expect(missing).toEqual([]);
  });

  it('explains every decision of the README, one numbered item each', () => {
    const readme = numberedItems(README, /^## 怎样才算数/m);
    expect(readme.length).toBeGreaterThanOrEqual(19);
    const heading = lang === 'en' ? /^## 3\. Where the source is silent/m : /^## 3\. 原文没有写明的/m;
    expect(numberedItems(text, heading)).toEqual(readme);
  });

  it('explains the source notes [1]–[6]', () => {
    for (const note of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`[${note}]`);
  });

  it('links only images that exist, the score panel among them', () => {
    const images = [...text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    expect(images).toContain('images/pane-score.png');
    for (const image of images)
      expect([image, existsSync(path.join(path.dirname(GUIDES[lang]), image))]).toEqual([image, true]);
  });

  it('works the demo example through to 77', () => {
    expect(text).toContain('60 + 6 + 2 + 4 + 3 + 2 = **77');
  });
});

describe('the message table', () => {
  it('lists every message key except the separators, and each only once', () => {
    const keys = documentedMessages('zh-CN').map((m) => m.key);
    const expected = [
      ...Object.keys(issueMessages['zh-CN']).filter((k) => !k.endsWith('Separator')),
      ...Object.keys(cliMessages['zh-CN']).filter((k) => k.startsWith('file.')),
      ...Object.keys(summaryTabMessages['zh-CN']).filter((k) => k.startsWith('file') || k.endsWith('Failed')),
      ...Object.keys(newAndPrintMessages['zh-CN']).filter((k) => k.endsWith('Failed')),
    ];
    expect([...keys].sort()).toEqual([...expected].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('escapes table separators and line breaks inside cells', () => {
    for (const lang of LANGS) {
      for (const line of messagesTable(lang).split('\n'))
        expect(line.startsWith('|') && line.endsWith('|')).toBe(true);
    }
  });

  it('compares tables whatever the padding of their columns', () => {
    expect(normaliseTables('| a   | b \\| c |\n| --- | :-: |\ntext |')).toBe(
      '|a|b \\| c|\n|---|---|\ntext |',
    );
  });

  it('refuses a guide without the markers', () => {
    expect(() => withTable('# guide', 'en')).toThrow('messages:begin');
  });
});
