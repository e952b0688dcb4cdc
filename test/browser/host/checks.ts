/**
 * What every browser test of the pane checks in each state it reaches: no accessibility violation
 * (axe-core) and no sideways scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Fluent's focus-trap helpers (tabster's dummy elements) are focusable inside aria-hidden by
 * design, which axe reports as aria-hidden-focus (microsoft/fluentui#25133); that one rule on
 * those elements is the only exception.
 */
const TABSTER_DUMMY = { rule: 'aria-hidden-focus', marker: 'data-tabster-dummy' } as const;

/** Each violation axe finds, as "rule: html of the node", tabster's dummies left out. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes
      .filter((node) => !(violation.id === TABSTER_DUMMY.rule && node.html.includes(TABSTER_DUMMY.marker)))
      .map((node) => `${violation.id}: ${node.html}`),
  );
}

/** How many pixels the page is wider than the pane (0 when nothing scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/** Both checks at once, for `expect(...).toEqual({ axe: [], overflow: 0 })`. */
export async function paneChecks(page: Page): Promise<{ axe: string[]; overflow: number }> {
  return { axe: await axeViolations(page), overflow: await sidewaysOverflow(page) };
}
