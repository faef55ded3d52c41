/**
 * Questionnaires change between waves (issue 15, point 4): an item asked in some waves only
 * (`waves`) and an item rescaled and renamed in an earlier wave (`history`). A small codebook and
 * two wave files written here by hand, loaded into the real duckdb-wasm; the expected shares are
 * the counts written below, not anything the code computes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAsked, itemInWave, waveColumns } from '../../src/lib/codebook/asked';
import type { Codebook, CodedItem } from '../../src/lib/codebook/types';
import { CodebookError } from '../../src/lib/codebook/codebook-error';
import { validateCodebook } from '../../src/lib/codebook/validate';
import { DataFileError } from '../../src/lib/data/issues';
import { loadWave } from '../../src/lib/data/load-wave';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';
import { divergingSegments } from '../../src/lib/figures/diverging';
import type { ShareFigure } from '../../src/lib/figures/kinds';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import { trendNotes, waveNotes } from '../../src/lib/figures/wave-notes';
import { translate } from '../../src/lib/i18n/translate';
import { checkReleasedFile } from '../../src/lib/privacy/check-file';

const text = (nl: string, en = nl) => ({ nl, en });
const scale = (labels: string[]) =>
  labels.map((label, i) => ({ code: String(i + 1), label: text(label) }));

const NOTE = text(
  'In 2022 gevraagd op een 4-puntsschaal; vergeleken op het aandeel (zeer) eens',
  'Asked on a 4-point scale in 2022; compared on the share who (strongly) agree',
);

/** Two waves; `proud` was asked on a 4-point scale as `trots` in 2022, `choose_again` only in 2024. */
const raw = {
  version: 1,
  title: text('Toets'),
  publisher: text('Toets'),
  waves: [
    { year: 2024, file: 'waves/2024.csv', synthetic: false, note: text('Nu') },
    { year: 2022, file: 'waves/2022.csv', synthetic: false, note: text('Toen') },
  ],
  topics: [
    { id: 'about', label: text('Over u', 'About you') },
    { id: 'work', label: text('Werk', 'Work') },
  ],
  items: [
    {
      id: 'specialty',
      topic: 'about',
      type: 'dimension',
      label: text('Specialisme', 'Specialty'),
      question: text('Specialisme?', 'Specialty?'),
      polarity: 'neutral',
      values: [
        { code: 'a', label: text('A') },
        { code: 'b', label: text('B') },
      ],
    },
    {
      id: 'proud',
      topic: 'work',
      type: 'likert5',
      label: text('Trots', 'Proud'),
      question: text('Ik ben trots op mijn vak', 'I am proud of my profession'),
      polarity: 'higher_is_better',
      values: scale(['zeer oneens', 'oneens', 'neutraal', 'eens', 'zeer eens']),
      headline: { codes: ['4', '5'], label: text('(zeer) eens', '(strongly) agree') },
      history: [
        {
          wave: 2022,
          column: 'trots',
          values: scale(['oneens', 'enigszins oneens', 'enigszins eens', 'eens']),
          headline: ['3', '4'],
          question: text('Ik ben trots op mijn beroep', 'I am proud of my job'),
          note: NOTE,
        },
      ],
    },
    {
      id: 'choose_again',
      topic: 'work',
      type: 'yesno',
      label: text('Opnieuw kiezen', 'Choose again'),
      question: text('Zou u opnieuw kiezen?', 'Would you choose again?'),
      polarity: 'higher_is_better',
      values: [
        { code: 'ja', label: text('ja', 'yes') },
        { code: 'nee', label: text('nee', 'no') },
      ],
      headline: { codes: ['ja'], label: text('ja', 'yes') },
      waves: [2024],
    },
  ],
};
const codebook: Codebook = validateCodebook(raw);

/** A CSV of the given columns, `count` rows of each listed row. */
function csv(columns: string[], rows: [string[], number][]): Uint8Array {
  const lines = [columns.join(',')];
  for (const [row, count] of rows) for (let i = 0; i < count; i++) lines.push(row.join(','));
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

// 2022, 4-point scale in column `trots`: 3 × 1, 5 × 2, 8 × 3, 14 × 4 → 30 answers, 22 agree (3–4).
const wave2022 = csv(
  ['specialty', 'trots'],
  [
    [['a', '1'], 3],
    [['a', '2'], 5],
    [['b', '3'], 8],
    [['b', '4'], 14],
  ],
);
// 2024, 5-point scale: 2 × 1, 3 × 2, 5 × 3, 10 × 4, 20 × 5 → 40 answers, 30 agree (4–5);
// choose_again: 25 ja, 15 nee.
const wave2024 = csv(
  ['specialty', 'proud', 'choose_again'],
  [
    [['a', '1', 'nee'], 2],
    [['a', '2', 'nee'], 3],
    [['a', '3', 'nee'], 5],
    [['b', '4', 'nee'], 5],
    [['b', '4', 'ja'], 5],
    [['b', '5', 'ja'], 20],
  ],
);

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await loadWave(engine, codebook, 2022, 'data/waves/2022.csv', wave2022);
  await loadWave(engine, codebook, 2024, 'data/waves/2024.csv', wave2024);
});
afterAll(() => engine.close());

const figures = (wave: number) =>
  topicFigures(
    engine,
    codebook,
    'work',
    { wave, filters: {} },
    { compare: null, benchmark: 'all' },
  );

describe('an item as asked in a wave', () => {
  it('is null where not asked, and carries the scale, headline and wording of that wave', () => {
    expect(itemInWave(codebook, 'choose_again', 2022)).toBeNull();
    expect(itemInWave(codebook, 'choose_again', 2024)?.id).toBe('choose_again');
    const then = itemInWave(codebook, 'proud', 2022) as CodedItem;
    expect(then.values.map((v) => v.label.nl)).toEqual([
      'oneens',
      'enigszins oneens',
      'enigszins eens',
      'eens',
    ]);
    expect(then.headline?.codes).toEqual(['3', '4']);
    expect(then.headline?.label.nl).toBe('(zeer) eens');
    expect(then.question.nl).toBe('Ik ben trots op mijn beroep');
    expect((itemInWave(codebook, 'proud', 2024) as CodedItem).values).toHaveLength(5);
    expect(waveColumns(codebook, 2022).map((c) => [c.column, c.file])).toEqual([
      ['specialty', 'specialty'],
      ['proud', 'trots'],
    ]);
  });
});

describe('loading waves of a changing questionnaire', () => {
  it('reads the renamed column into the item, and leaves the item not asked NULL', async () => {
    const rows = await engine.query(
      'SELECT wave, proud, choose_again, count(*) AS n FROM responses GROUP BY ALL ORDER BY ALL',
    );
    expect(rows.filter((r) => r.wave === 2022)).toEqual([
      { wave: 2022, proud: '1', choose_again: null, n: 3 },
      { wave: 2022, proud: '2', choose_again: null, n: 5 },
      { wave: 2022, proud: '3', choose_again: null, n: 8 },
      { wave: 2022, proud: '4', choose_again: null, n: 14 },
    ]);
    const [{ n }] = (await engine.query(
      "SELECT count(*) AS n FROM responses WHERE wave = 2024 AND choose_again = 'ja'",
    )) as [{ n: number }];
    expect(n).toBe(25);
  });

  /** The loader's refusal of a file, its problems in English as the CLI writes them. */
  async function refusal(year: number, bytes: Uint8Array) {
    const file = `data/waves/${year}.csv`;
    const fresh = await createNodeEngine();
    try {
      await loadWave(fresh, codebook, year, file, bytes);
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      return e.issues.map((i) => ({ ...i, expected: translate('en', i.expected) }));
    } finally {
      await fresh.close();
    }
    throw new Error('expected the file to be refused');
  }

  it('refuses a file carrying the column of an item not asked in its wave', async () => {
    const bytes = csv(['specialty', 'trots', 'choose_again'], [[['a', '1', 'ja'], 12]]);
    expect(await refusal(2022, bytes)).toEqual([
      {
        file: 'data/waves/2022.csv',
        line: 1,
        column: 'choose_again',
        expected:
          'no column of "choose_again": the codebook says that question was not asked in 2022',
      },
    ]);
  });

  it('refuses a file without the column of an item asked in its wave, naming the wave', async () => {
    const bytes = csv(['specialty', 'proud'], [[['a', '1'], 12]]);
    expect(await refusal(2024, bytes)).toEqual([
      {
        file: 'data/waves/2024.csv',
        line: 1,
        column: 'choose_again',
        expected: 'a column "choose_again" (asked in 2024, as the codebook says)',
      },
    ]);
  });

  it('refuses an old wave with the new column name instead of the old one', async () => {
    const bytes = csv(['specialty', 'proud'], [[['a', '1'], 12]]);
    expect(await refusal(2022, bytes)).toEqual([
      {
        file: 'data/waves/2022.csv',
        line: 1,
        column: 'trots',
        expected:
          'a column "trots" (the name of "proud" in 2022, as its "history" in the codebook says)',
      },
    ]);
  });

  it('checks an old wave against the scale asked then', async () => {
    const bytes = csv(
      ['specialty', 'trots'],
      [
        [['a', '4'], 11],
        [['a', '5'], 1],
      ],
    );
    expect(await refusal(2022, bytes)).toEqual([
      {
        file: 'data/waves/2022.csv',
        line: 13,
        column: 'trots',
        value: '5',
        expected: 'one of the codes 1, 2, 3, 4',
      },
    ]);
  });

  it('passes the release check with the old column name and without the item not asked', async () => {
    const fresh = await createNodeEngine();
    try {
      const check = await checkReleasedFile(fresh, codebook, 'data/waves/2022.csv', wave2022, 2022);
      expect(check.problems).toEqual([]);
      expect(check.ok).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

describe('figures of a changing questionnaire', () => {
  it('follows the headline share as each wave defines it, and skips the wave that did not ask', async () => {
    const f = await figures(2024);
    const points = (id: string) =>
      f.trends[id]!.map((p) => ({
        wave: p.wave,
        n: p.figure.n,
        share: p.figure.value?.estimate,
      }));
    expect(points('proud')).toEqual([
      { wave: 2022, n: 30, share: 22 / 30 },
      { wave: 2024, n: 40, share: 30 / 40 },
    ]);
    expect(points('choose_again')).toEqual([{ wave: 2024, n: 40, share: 25 / 40 }]);
  });

  it('draws the old wave on its own scale, and no chart of an item it did not ask', async () => {
    const f = await figures(2022);
    expect(f.panels.map((p) => p.item.id)).toEqual(['proud']);
    const panel = f.panels[0]!;
    expect(panel.item.question.nl).toBe('Ik ben trots op mijn beroep');
    const figure = panel.rows[0]!.figure as ShareFigure;
    expect(figure.parts.map((p) => [p.code, p.value?.estimate])).toEqual([
      ['1', 3 / 30],
      ['2', 5 / 30],
      ['3', 8 / 30],
      ['4', 14 / 30],
    ]);
    expect(figure.value?.estimate).toBe(22 / 30);
    expect(isAsked(codebook, codebook.items[2]!, 2022)).toBe(false);
  });

  it('says under the trend which wave did not ask, and how an old wave was asked', () => {
    const nl = (id: string) => trendNotes(codebook, id).map((m) => translate('nl', m));
    const en = (id: string) => trendNotes(codebook, id).map((m) => translate('en', m));
    expect(nl('choose_again')).toEqual(['Niet gevraagd in 2022.']);
    expect(en('choose_again')).toEqual(['Not asked in 2022.']);
    expect(nl('proud')).toEqual([`Anders gevraagd in 2022: ${NOTE.nl}`]);
    expect(en('proud')).toEqual([`Asked differently in 2022: ${NOTE.en}`]);
    expect(waveNotes(codebook, 'proud', 2022).map((m) => translate('nl', m))).toEqual([
      `Anders gevraagd in 2022: ${NOTE.nl}`,
    ]);
    expect(waveNotes(codebook, 'proud', 2024)).toEqual([]);
  });

  it('lays a 4-point scale out without a middle answer', () => {
    expect(divergingSegments([0.1, 0.2, 0.3, 0.4])).toEqual([
      { index: 0, x1: -0.30000000000000004, x2: -0.2 },
      { index: 1, x1: -0.2, x2: 0 },
      { index: 2, x1: 0, x2: 0.3 },
      { index: 3, x1: 0.3, x2: 0.7 },
    ]);
  });
});

describe('validating waves and history', () => {
  const issues = (change: (items: Record<string, unknown>[]) => void) => {
    const copy = JSON.parse(JSON.stringify(raw)) as typeof raw;
    change(copy.items as unknown as Record<string, unknown>[]);
    try {
      validateCodebook(copy);
    } catch (e) {
      if (e instanceof CodebookError) return e.issues;
      throw e;
    }
    return [];
  };
  const history = (items: Record<string, unknown>[]) =>
    (items[1]!.history as Record<string, unknown>[])[0]!;

  it('refuses a year that is not a wave, naming the item', () => {
    expect(issues((items) => (items[2]!.waves = [2020, 2024]))).toEqual([
      {
        path: 'items[2].waves',
        message: '"choose_again": 2020 is not a wave of the codebook (2022, 2024)',
      },
    ]);
  });

  it('refuses waves on a dimension', () => {
    expect(issues((items) => (items[0]!.waves = [2024]))).toEqual([
      {
        path: 'items[0].waves',
        message:
          '"specialty" is a dimension: it is in every wave (filters and the release need it)',
      },
    ]);
  });

  it('asks for the headline codes of another scale, and the note', () => {
    expect(
      issues((items) => {
        delete history(items).headline;
        delete history(items).note;
      }),
    ).toEqual([
      {
        path: 'items[1].history[0].headline',
        message:
          '"proud" was asked on another scale in 2022: give the codes counted as its headline share then',
      },
      { path: 'items[1].history[0].note', message: 'expected an object with "nl" and "en" texts' },
    ]);
  });

  it('refuses headline codes outside the scale of that wave', () => {
    expect(issues((items) => (history(items).headline = ['4', '5']))).toEqual([
      { path: 'items[1].history[0].headline', message: '"5" is not a code of "proud" in 2022' },
    ]);
  });

  it('refuses a history of a wave that did not ask the item', () => {
    expect(issues((items) => (items[2]!.history = [{ wave: 2022, note: NOTE }]))).toEqual([
      {
        path: 'items[2].history[0].wave',
        message: '"choose_again" was not asked in 2022 (its "waves"): nothing to map',
      },
    ]);
  });

  it('refuses an old column name that is another column of that wave', () => {
    expect(issues((items) => (history(items).column = 'specialty'))).toEqual([
      {
        path: 'items[1].history[0].column',
        message: '"specialty" is the column of both "specialty" and "proud" in the 2022 file',
      },
    ]);
  });
});
