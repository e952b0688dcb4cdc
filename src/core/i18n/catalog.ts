/**
 * The message catalogue: every user-facing sentence, zh-CN (default) and en, in sections.
 * A section is one file; `en` must have exactly the keys of `zh-CN`, which the type enforces.
 */

export type Lang = 'zh-CN' | 'en';
export const DEFAULT_LANG: Lang = 'zh-CN';

export type Params = Readonly<Record<string, string | number>>;

export interface Section<K extends string> {
  readonly 'zh-CN': Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** Declares a section; the en half is checked to have the zh-CN keys, no more, no fewer. */
export function defineSection<K extends string>(
  zh: Readonly<Record<K, string>>,
  en: Readonly<Record<K, string>>,
): Section<K> {
  return { 'zh-CN': zh, en };
}

/** Two sections as one, for a translator that says both; a key is in one of them only. */
export function mergeSections<A extends string, B extends string>(
  a: Section<A>,
  b: Section<B>,
): Section<A | B> {
  return defineSection<A | B>({ ...a['zh-CN'], ...b['zh-CN'] }, { ...a.en, ...b.en });
}

/** Office's display language (`zh-CN`, `zh-TW`, `en-US`, …) → a catalogue language; zh-CN unless English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'zh-CN';
}

/**
 * Fills `{name}` placeholders, and `{name:one|other}` with the word that agrees with the number
 * `name` (`{count} {count:meeting|meetings}`): English needs it, Chinese words do not change.
 * Unknown placeholders stay visible so a missing parameter is noticed.
 */
export function fill(template: string, params: Params = {}): string {
  return template.replace(
    /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return one === undefined || other === undefined ? String(value) : plural(value, one, other);
    },
  );
}

/** English plural: `one` for exactly 1, `other` for every other number (0 meetings, 2 meetings). */
export function plural(count: string | number, one: string, other: string): string {
  return Number(count) === 1 ? one : other;
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function translator<K extends string>(section: Section<K>, lang: Lang): Translate<K> {
  const table = section[lang];
  return (key, params) => fill(table[key], params);
}
