import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionColumn } from '../../src/lib/codebook/columns';
import type { Codebook } from '../../src/lib/codebook/types';
import { isCoded, isMulti, isNumeric } from '../../src/lib/codebook/types';
import { suggestMapping } from '../../src/lib/upload/mapping';
import { prepare } from '../../src/lib/upload/normalise';
import { checkAndRelease, releaseUpload } from '../../src/lib/upload/release';
import { readCodebook, root } from './helpers/data';
import type { Row } from './helpers/own-file';
import { ancestors, ownFile } from './helpers/own-file';

const codebook = readCodebook();
const K = 10;
const L = 2;

/** The released CSV as records (values hold no commas or quotes: codes and numbers). */
function records(csv: string): Row[] {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((l) => {
    const fields = l.split(',');
    return Object.fromEntries(names.map((n, i) => [n, fields[i]!]));
  });
}

// Written from the codebook alone, apart from src/lib/privacy: what a released file must satisfy.
const qis = codebook.items.filter((i) => isCoded(i) && i.quasi_identifier).map((i) => i.id);
function answerOf(c: Codebook, id: string, row: Row): string | undefined {
  const item = c.items.find((i) => i.id === id)!;
  if (isMulti(item)) {
    const values = item.options.map((o) => row[optionColumn(item, o)] ?? '');
    return values.every((v) => v === '') ? undefined : values.join('|');
  }
  const v = row[id] ?? '';
  if (v === '') return undefined;
  if (isCoded(item) && item.values.find((x) => x.code === v)?.excluded) return undefined;
  return v;
}
const sensitive = codebook.items.filter((i) => i.sensitive).map((i) => i.id);

function classes(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const key = qis.map((q) => row[q] ?? '').join('|');
    out.set(key, [...(out.get(key) ?? []), row]);
  }
  return out;
}

const count = (rows: readonly Row[], test: (r: Row) => boolean) => rows.filter(test).length;

describe('releasing a visitor’s own file (the upload worker’s pipeline)', () => {
  const file = ownFile(codebook, [
    { specialty: 'radiologie', rows: 40 },
    { specialty: 'interne_geneeskunde', rows: 40 },
    { specialty: 'neurochirurgie', rows: 3 },
  ]);
  const release = releaseUpload(codebook, file.csv);
  if (!release.ok) throw new Error(`not released: ${JSON.stringify(release.refusal)}`);
  const released = records(release.csv);

  it('keeps every respondent, and the rare specialty only merged into a coarser value', () => {
    expect(released).toHaveLength(file.rows.length);
    expect(released.some((r) => r.specialty === 'neurochirurgie')).toBe(false);
    // Each specialty is released as itself, a coarser value above it, or blank: never another's.
    const allowed = new Set(
      ['radiologie', 'interne_geneeskunde', 'neurochirurgie'].flatMap((s) =>
        ancestors(codebook, 'specialty', s),
      ),
    );
    for (const r of released) expect(allowed.has(r.specialty!) || r.specialty === '').toBe(true);
    // Counted per specialty, nothing shown of a group below k.
    const perSpecialty = new Map<string, number>();
    for (const r of released)
      perSpecialty.set(r.specialty!, (perSpecialty.get(r.specialty!) ?? 0) + 1);
    for (const [, n] of perSpecialty) expect(n).toBeGreaterThanOrEqual(K);
  });

  it('every class of quasi-identifiers (a blank as its own value) holds ≥ k rows and ≥ l answers', () => {
    for (const [key, members] of classes(released)) {
      expect(members.length, key).toBeGreaterThanOrEqual(K);
      for (const id of sensitive) {
        const answers = new Set(
          members.map((r) => answerOf(codebook, id, r)).filter((a) => a !== undefined),
        );
        if (answers.size > 0) expect(answers.size, `${key} ${id}`).toBeGreaterThanOrEqual(L);
      }
    }
  });

  it('changes no answer but the quasi-identifiers and hours above their top code', () => {
    for (const item of codebook.items) {
      if (qis.includes(item.id)) continue;
      if (isCoded(item))
        for (const v of item.values)
          expect(
            count(released, (r) => r[item.id] === v.code),
            `${item.id}=${v.code}`,
          ).toBe(count(file.rows, (r) => r[item.id] === v.code));
      else if (isNumeric(item) && item.formula === undefined) {
        const capped = (x: string) => Math.min(Number(x), item.top_code ?? Infinity);
        const sum = (rows: readonly Row[], f: (x: string) => number) =>
          rows.filter((r) => r[item.id] !== '').reduce((s, r) => s + f(r[item.id]!), 0);
        expect(sum(released, Number), item.id).toBe(sum(file.rows, capped));
      }
    }
  });

  it('reports what it did: shares kept per quasi-identifier, merges, the smallest class', () => {
    const { summary } = release;
    expect(summary).toMatchObject({ k: K, l: L, rows: file.rows.length });
    const smallest = Math.min(...[...classes(released).values()].map((m) => m.length));
    expect(summary.smallestClass).toBe(smallest);
    expect(summary.kept.map((q) => q.column)).toEqual(qis);
    for (const q of summary.kept) {
      expect(q.kept + q.coarsened + q.withheld, q.column).toBeCloseTo(1, 10);
      // Blank in the file or made blank: the withheld share.
      const blank = count(released, (r) => r[q.column] === '');
      expect(q.withheld, q.column).toBeCloseTo(blank / released.length, 10);
      // Kept: respondents released with their own value. Values only move up the hierarchy, so
      // per value, as many as both the file and the release have.
      const values = new Set(file.rows.map((r) => r[q.column]!).filter((v) => v !== ''));
      const own = [...values].reduce(
        (s, v) =>
          s +
          Math.min(
            count(file.rows, (r) => r[q.column] === v),
            count(released, (r) => r[q.column] === v),
          ),
        0,
      );
      expect(q.kept, q.column).toBeCloseTo(own / released.length, 10);
    }
    const rare = summary.merges.find((m) => m.from === 'neurochirurgie');
    expect(rare).toBeDefined();
    expect(rare!.column).toBe('specialty');
    expect(['', ...ancestors(codebook, 'specialty', 'neurochirurgie').slice(1)]).toContain(
      rare!.to,
    );
    const hours = codebook.items.filter(
      (i) => isNumeric(i) && i.top_code !== undefined && i.formula === undefined,
    );
    expect(summary.topCoded.map((t) => t.item)).toEqual(
      hours
        .filter((i) =>
          file.rows.some((r) => Number(r[i.id]) > (i as { top_code: number }).top_code),
        )
        .map((i) => i.id),
    );
  });

  it('says which answers it left out where a specialty all gave one', () => {
    // The first 20 rows are radiology, and every one of them says "ja" on burnout.
    const own = ownFile(
      codebook,
      [
        { specialty: 'radiologie', rows: 20 },
        { specialty: 'interne_geneeskunde', rows: 40 },
      ],
      { burnout: (i) => (i < 20 || i % 2 ? 'ja' : 'nee') },
    );
    const result = releaseUpload(codebook, own.csv);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(result.summary.masked).toContainEqual({
      column: 'specialty',
      value: 'radiologie',
      items: ['burnout', 'burnout_cause'],
    });
  });

  it('refuses a file with fewer rows than k, saying how many', () => {
    const small = ownFile(codebook, [{ specialty: 'radiologie', rows: 8 }]);
    expect(releaseUpload(codebook, small.csv)).toEqual({
      ok: false,
      refusal: { kind: 'too-few', rows: 8, k: K },
    });
  });

  it('refuses a file in which everyone gave the same answer on a sensitive question, naming it', () => {
    const same = ownFile(codebook, [{ specialty: 'radiologie', rows: 30 }], {
      burnout: () => 'ja',
    });
    expect(releaseUpload(codebook, same.csv)).toEqual({
      ok: false,
      refusal: { kind: 'one-answer', items: ['burnout'], l: L },
    });
    // "Weet niet" is no answer: one real answer beside it is still one.
    const unsure = ownFile(codebook, [{ specialty: 'radiologie', rows: 30 }], {
      burnout: (i) => (i % 2 ? 'ja' : 'weet_niet'),
    });
    const refused = releaseUpload(codebook, unsure.csv);
    expect(refused.ok ? [] : refused.refusal).toMatchObject({
      kind: 'one-answer',
      items: ['burnout'],
    });
  });
});

describe('checkAndRelease: the worker’s whole step on a mapped file', () => {
  const fixture = (name: string) =>
    prepare(name, new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/upload', name))));

  it('releases only the valid rows, and hands back no unreleased row', () => {
    const prepared = fixture('errors.csv');
    const stages: string[] = [];
    const checked = checkAndRelease(codebook, prepared, suggestMapping(codebook, prepared.header), {
      progress: () => void (stages.at(-1) !== 'progress' && stages.push('progress')),
      releasing: () => void stages.push('releasing'),
    });
    expect(stages).toEqual(['progress', 'releasing']);
    expect(checked.normalised).toMatchObject({ rows: 20, valid: 14, issueTotal: 6 });
    expect(checked.normalised).not.toHaveProperty('csv');
    expect(checked.releaseMs).toBeGreaterThanOrEqual(0);
    if (!checked.release?.ok) throw new Error('expected a release');
    // The lines with problems (4, 7, …, 19: every third) are not in it.
    const text = readFileSync(path.join(root, 'tests/fixtures/upload/errors.csv'), 'utf8');
    const valid = text.trimEnd().split('\n').length - 1 - 6;
    expect(records(checked.release.csv)).toHaveLength(valid);
    expect(checked.release.summary.rows).toBe(valid);
  });

  it('releases nothing when the file cannot be read', () => {
    const prepared = fixture('missing-dimension.csv');
    const checked = checkAndRelease(codebook, prepared, suggestMapping(codebook, prepared.header));
    expect(checked.normalised.fatal.length).toBeGreaterThan(0);
    expect(checked.release).toBeNull();
  });

  it('a file of 8 valid rows gets the reason, not rows', () => {
    const small = ownFile(codebook, [{ specialty: 'heelkunde', rows: 8 }]);
    const prepared = prepare('klein.csv', new TextEncoder().encode(small.csv));
    const checked = checkAndRelease(codebook, prepared, suggestMapping(codebook, prepared.header));
    expect(checked.normalised.valid).toBe(8);
    expect(checked.release).toEqual({ ok: false, refusal: { kind: 'too-few', rows: 8, k: K } });
  });
});
