import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { openExplorer, openTopic, useBrowserPage } from './support/browser';

/**
 * Issue 13, item 7 (d): the issue's attacks, read off the built site in a real browser as a
 * visitor reads them. A percentage shown for a row of n valid answers gives the count behind it
 * (x / n rounded to a whole percent: for n < 100 exactly one count fits), so every figure on
 * screen is turned back into counts of people, and then:
 * - no row is shown with fewer than 10 valid answers;
 * - no group of people defined by the six quasi-identifiers (a column of a dimension in the
 *   explorer) is seen to hold 1–9 people, nor to all give one answer;
 * - no difference between a group on one page and the same group less a part of it on another
 *   page is 1–9 answers that are all the same.
 */

const root = path.resolve(import.meta.dirname, '../..');
const site = inject('siteUrl');
const K = 10;

interface JsonItem {
  id: string;
  values?: { code: string; label: { nl: string }; excluded?: boolean }[];
}
const items = (
  JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8')) as { items: JsonItem[] }
).items;
const valuesOf = (id: string) => items.find((i) => i.id === id)!.values!;
const labelOf = (id: string, code: string) => valuesOf(id).find((v) => v.code === code)!.label.nl;

const session = useBrowserPage();
let page: Page;
let errors: string[];
beforeEach(() => {
  ({ page, errors } = session);
});

/** The counts x out of n that a shown percentage allows: [lowest, highest]. */
function countsBehind(text: string, n: number): [number, number] | null {
  const m = /^\s*([<>])?\s*(\d+(?:[.,]\d+)?)\s*%/.exec(text);
  if (!m) return null;
  const p = Number(m[2]!.replace(',', '.')) / 100;
  const half = 0.5 / 10 ** (m[2]!.split(/[.,]/)[1]?.length ?? 0) / 100;
  const eps = 1e-9;
  // "< 5%": x / n < 0.05; "> 95%": x / n > 0.95; "35%": 34.5% ≤ x / n ≤ 35.5%.
  if (m[1] === '<') return [0, Math.ceil(p * n - eps) - 1];
  if (m[1] === '>') return [Math.floor(p * n + eps) + 1, n];
  return [
    Math.max(0, Math.ceil((p - half) * n - eps)),
    Math.min(n, Math.floor((p + half) * n + eps)),
  ];
}

const count = (text: string) => Number(text.replace(/[^\d]/g, ''));

interface TableRow {
  label: string;
  key: string | null;
  hidden: boolean;
  /** Cell texts by column header. */
  cells: Record<string, string>;
  n: number | null;
}

/** The rows of a table, with each cell under its column's header. */
async function readTable(selector: string, nth = 0): Promise<TableRow[]> {
  const table = page.locator(selector).nth(nth);
  const header = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-key'),
      hiddenAttr: tr.getAttribute('data-hidden'),
      cells: [...tr.querySelectorAll('th, td')].map((c) => ({
        text: (c.textContent ?? '').trim(),
        span: Number(c.getAttribute('colspan') ?? 1),
      })),
    })),
  );
  return rows.map((r) => {
    const cells: Record<string, string> = {};
    let column = 0;
    for (const c of r.cells) {
      cells[header[column]!.trim()] = c.text;
      column += c.span;
    }
    const nText = cells.n ?? '';
    return {
      label: r.cells[0]?.text ?? '',
      key: r.key,
      hidden: r.hiddenAttr === 'true' || nText === '',
      cells,
      n: nText === '' ? null : count(nText),
    };
  });
}

/** Every n a page shows (chart tables and headline cards): none may be below 10. */
async function shownCounts(): Promise<{ where: string; n: number }[]> {
  const out: { where: string; n: number }[] = [];
  const tables = '[data-testid^="chart-"] table';
  const charts = await page
    .locator(tables)
    .evaluateAll((els) => els.map((e) => e.closest('[data-testid]')!.getAttribute('data-testid')!));
  for (const [i, chart] of charts.entries())
    for (const row of await readTable(tables, i))
      if (row.n !== null) out.push({ where: `${chart}: ${row.label}`, n: row.n });
  const headlines = await page
    .locator('[data-testid^="headline-"] .n:not([hidden])')
    .evaluateAll((els) =>
      els.map((e) => ({
        where: e.closest('[data-testid]')!.getAttribute('data-testid')!,
        text: e.textContent ?? '',
      })),
    );
  for (const h of headlines) {
    const m = /n\s*=\s*([\d.\s]+)/.exec(h.text);
    if (m) out.push({ where: h.where, n: count(m[1]!) });
  }
  return out;
}

const pinnedSmall = ([lo, hi]: [number, number]) => lo >= 1 && hi < K;
const shownRange = ([lo, hi]: [number, number]) => (lo === hi ? `${lo}` : `${lo}–${hi}`);

/** A burnout row's ja and nee counts (ranges) and valid n. */
function burnoutCounts(row: TableRow) {
  const [ja, nee] = ['ja', 'nee'].map((c) =>
    countsBehind(row.cells[labelOf('burnout', c)] ?? '', row.n!),
  );
  return { n: row.n!, ja: ja!, nee: nee! };
}

/**
 * What a visitor learns by subtracting a part from a whole: the answers of those in the whole
 * but not the part. A problem when they are 1–9 answers that are all "ja" or all "nee".
 */
function difference(whole: TableRow, parts: TableRow[], what: string): string | null {
  const w = burnoutCounts(whole);
  const p = parts.map(burnoutCounts);
  const n = w.n - p.reduce((s, x) => s + x.n, 0);
  const range = (key: 'ja' | 'nee'): [number, number] => [
    Math.max(0, w[key][0] - p.reduce((s, x) => s + x[key][1], 0)),
    w[key][1] - p.reduce((s, x) => s + x[key][0], 0),
  ];
  const [ja, nee] = [range('ja'), range('nee')];
  const uniform = ja[1] <= 0 || nee[1] <= 0;
  if (n >= 1 && n < K && uniform)
    return (
      `${what}: ${w.n} − ${p.map((x) => x.n).join(' − ')} = ${n} valid answer(s), all ` +
      `"${ja[1] <= 0 ? 'nee' : 'ja'}" (ja ${shownRange(ja)}, nee ${shownRange(nee)})`
    );
  return null;
}

describe('the issue’s attacks in a real browser: no figure of fewer than 10 people', () => {
  it('?view=explore&q=gender&by=burnout&specialty=orthopedie', async () => {
    await openExplorer(page, `${site}?view=explore&q=gender&by=burnout&specialty=orthopedie`);
    const rows = await readTable('[data-testid="crosstab"]');
    expect(rows.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const r of rows)
      if (!r.hidden && r.n !== null && r.n < K) problems.push(`row "${r.label}": n = ${r.n}`);
    const total = rows.find((r) => r.key === 'total')!;
    expect(total, 'the table has a total row').toBeDefined();
    const valid = valuesOf('burnout').filter((v) => !v.excluded);
    for (const gender of valuesOf('gender')) {
      const label = gender.label.nl;
      // The people of orthopaedics with this gender: a group of the six quasi-identifiers.
      const people = total.hidden ? null : countsBehind(total.cells[label] ?? '', total.n!);
      if (people && pinnedSmall(people))
        problems.push(
          `column "${label}": ${total.cells[label]} of ${total.n} = ${shownRange(people)} people`,
        );
      // Their burnout answers, if every valid answer's row is shown.
      const answerRows = valid.map((v) => rows.find((r) => r.key === v.code));
      if (!people || people[0] < 1 || answerRows.some((r) => !r || r.hidden)) continue;
      const counts = answerRows.map((r) => countsBehind(r!.cells[label] ?? '', r!.n!)!);
      const given = counts.filter((c) => c[0] >= 1);
      if (given.length === 1 && counts.every((c) => c[0] >= 1 || c[1] === 0))
        problems.push(
          `column "${label}": everyone with a valid answer answered ` +
            `"${valid[counts.findIndex((c) => c[0] >= 1)]!.code}" ` +
            `(${answerRows.map((r, i) => `${r!.key} ${shownRange(counts[i]!)}`).join(', ')})`,
        );
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('?topic=burnout&specialty=cardiologie&hospital_type=algemeen and …&role=aios&compare=hospital_type', async () => {
    const problems: string[] = [];
    const algemeen = labelOf('hospital_type', 'algemeen');

    await openTopic(page, `${site}?topic=burnout&specialty=cardiologie&hospital_type=algemeen`);
    for (const c of await shownCounts())
      if (c.n < K) problems.push(`page A, ${c.where}: n = ${c.n}`);
    const [whole] = await readTable('[data-testid="chart-burnout"] table');
    expect(whole, 'page A shows its selection row').toBeDefined();

    await openTopic(
      page,
      `${site}?topic=burnout&specialty=cardiologie&role=aios&compare=hospital_type`,
    );
    for (const c of await shownCounts())
      if (c.n < K) problems.push(`page B, ${c.where}: n = ${c.n}`);
    const rows = await readTable('[data-testid="chart-burnout"] table');
    const selection = rows[0]!;
    const groupLabels = [
      ...valuesOf('hospital_type').map((v) => v.label.nl),
      'Afgeschermd of onbekend',
    ];
    const groups = rows.filter((r) => groupLabels.includes(r.label));
    expect(groups.length, 'page B splits by hospital type').toBeGreaterThanOrEqual(4);
    const part = groups.find((r) => r.label === algemeen)!;

    // A − B's "Algemeen ziekenhuis" row: cardiology at a general hospital, not aios.
    if (!whole!.hidden && !part.hidden) {
      const found = difference(whole!, [part], 'page A selection − page B "Algemeen ziekenhuis"');
      if (found) problems.push(found);
    }
    // Within page B: the selection − the groups it shows.
    const shown = groups.filter((r) => !r.hidden);
    if (!selection.hidden && shown.length > 0) {
      const found = difference(selection, shown, 'page B selection − its shown groups');
      if (found) problems.push(found);
    }
    // A share of a yes/no item given as "< 5%" or "> 95%" of 20 or fewer can only mean none / all.
    for (const r of [whole!, ...rows])
      for (const code of ['ja', 'nee']) {
        const text = r.cells[labelOf('burnout', code)] ?? '';
        if (!r.hidden && /^[<>]/.test(text) && r.n! <= 20)
          problems.push(`"${r.label}": "${text}" of n = ${r.n} means all or none`);
      }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
