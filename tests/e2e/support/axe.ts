import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core run in the real page — every WCAG 2.1 A/AA rule and the best practices — on the whole
 * document, or only within the element `within` selects: one line per violation, with its nodes.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Element | Document, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const root = selector ? document.querySelector(selector)! : document;
    return (await axe.run(root, { resultTypes: ['violations'] })).violations;
  }, within);
  return (found as Violation[]).map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
