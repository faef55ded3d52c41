/**
 * Earlier waves as published figures (issue 15, point 5): the codebook's `published` list, its
 * validation, and the published points of a topic's trend, the same under every filter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodebookError } from '../../src/lib/codebook/codebook-error';
import { validateCodebook } from '../../src/lib/codebook/validate';
import type { Engine } from '../../src/lib/db/engine';
import { aggregateTable } from '../../src/lib/export/csv';
import type { PanelRow } from '../../src/lib/figures/panel';
import { formatPublished, publishedNotes, publishedPoints } from '../../src/lib/figures/published';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import { engineWithWaves, readCodebook, root } from './helpers/data';

const codebook = readCodebook();
const raw = (): Record<string, unknown> & { published: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(path.join(root, 'data/codebook.json'), 'utf8'));

/** Issue 15's list, written out here: wave, item, estimate, approx, codes (absent = headline). */
const LISTED = [
  [2018, 'burnout', 0.2, true, undefined],
  [2018, 'overtime_total', 8, true, undefined],
  [2018, 'overtime_compensation', 0.9, true, undefined],
  [2020, 'considered_quitting', 0.25, true, undefined],
  [2020, 'overtime_total', 8, true, undefined],
  [2020, 'burnout', 0.14, undefined, undefined],
  [2022, 'burnout', 0.24, undefined, undefined],
  [2022, 'proud', 0.97, undefined, undefined],
  [2022, 'workload', 0.44, undefined, undefined],
  [2022, 'wlb_satisfaction', 0.35, undefined, ['1', '2']],
  [2022, 'pause_frequency', 0.54, undefined, ['1', '2']],
];

describe('the codebook’s published figures', () => {
  it('are exactly the listed ones, no more', () => {
    const figures = (codebook.published ?? []).flatMap((w) =>
      w.figures.map((f) => [w.year, f.item, f.estimate, f.approx, f.codes]),
    );
    expect(figures).toEqual(LISTED);
  });

  it('give each wave its respondents and source', () => {
    const waves = (codebook.published ?? []).map((w) => ({
      year: w.year,
      n: w.respondents.n,
      note: w.respondents.note.en,
      source: w.source.label.en,
    }));
    expect(waves).toEqual([
      {
        year: 2018,
        n: 958,
        note: expect.stringMatching(/958 .*818 .*101 .*39 hospital pharmacists in training/),
        source: 'Medisch Contact',
      },
      { year: 2020, n: 1419, note: '1,419 respondents', source: 'Press coverage, December 2020' },
      {
        year: 2022,
        n: 1500,
        note: 'over 1,500 respondents',
        source: 'De Jonge Specialist press release, 2022',
      },
    ]);
    const burnout2020 = codebook.published![1]!.figures.find((f) => f.item === 'burnout')!;
    expect(burnout2020.source?.label.en).toBe('As cited in the 2022 publication');
    const burnout2022 = codebook.published![2]!.figures.find((f) => f.item === 'burnout')!;
    expect(burnout2022.definition?.en).toContain('UBOS');
    expect(burnout2022.definition?.nl).toContain('UBOS');
  });

  it('are drawn on the trend only where they count the headline’s answers', () => {
    const drawn = (id: string) => publishedPoints(codebook, id).map((p) => [p.wave, p.onTrend]);
    expect(drawn('burnout')).toEqual([
      [2018, true],
      [2020, true],
      [2022, true],
    ]);
    expect(drawn('overtime_total')).toEqual([
      [2018, true],
      [2020, true],
    ]);
    expect(drawn('wlb_satisfaction')).toEqual([[2022, false]]);
    expect(drawn('pause_frequency')).toEqual([[2022, false]]);
    expect(publishedPoints(codebook, 'job_rating')).toEqual([]);
  });
});

describe('validation of published figures', () => {
  const problems = (edit: (c: ReturnType<typeof raw>) => void): string[] => {
    const c = raw();
    edit(c);
    try {
      validateCodebook(c);
    } catch (e) {
      if (e instanceof CodebookError) return e.issues.map((i) => `${i.path}: ${i.message}`);
      throw e;
    }
    return [];
  };
  type Figure = Record<string, unknown>;
  const figure = (c: ReturnType<typeof raw>, wave: number, i: number) =>
    (c.published[wave]!.figures as Figure[])[i]!;

  it('accepts the committed file', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('rejects a figure naming an unknown item', () => {
    expect(problems((c) => (figure(c, 0, 0).item = 'burn_out'))).toEqual([
      'published[0].figures[0].item: "burn_out" is not an item of the codebook',
    ]);
  });

  it('rejects an estimate out of range: a share above 1, hours beyond a week', () => {
    expect(problems((c) => (figure(c, 2, 0).estimate = 24))).toEqual([
      'published[2].figures[0].estimate: expected a share from 0 to 1 (24% is 0.24), not 24',
    ]);
    expect(problems((c) => (figure(c, 0, 1).estimate = 800))).toEqual([
      'published[0].figures[1].estimate: expected a mean of "overtime_total" from -168 to 168, not 800',
    ]);
    expect(problems((c) => (figure(c, 2, 1).estimate = -0.1))).toHaveLength(1);
  });

  it('rejects codes the item does not have, a multi-select item, and a bad source', () => {
    expect(problems((c) => (figure(c, 2, 3).codes = ['1', 'zes']))).toEqual([
      'published[2].figures[3].codes: "zes" is not a code of "wlb_satisfaction"',
    ]);
    expect(problems((c) => (figure(c, 2, 0).item = 'burnout_cause'))).toEqual([
      'published[2].figures[0].item: "burnout_cause" is a multi-select item: it has no single figure',
    ]);
    expect(problems((c) => ((c.published[0]!.source as Figure).url = 'mc.nl'))).toEqual([
      'published[0].source.url: expected an address starting with https:// or http://',
    ]);
    expect(problems((c) => delete figure(c, 0, 0).text)).toEqual([
      'published[0].figures[0].text: expected an object with "nl" and "en" texts',
    ]);
  });
});

describe('published points of a topic', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineWithWaves(codebook);
  });
  afterAll(() => engine.close());

  const views = [
    { filters: {}, weighted: false },
    { filters: { specialty: ['radiologie'] }, weighted: false },
    { filters: { hospital_type: ['umc'], gender: ['vrouw'] }, weighted: false },
  ];

  it('are the codebook’s, unchanged by any filter, wave or comparison', async () => {
    const expected = publishedPoints(codebook, 'burnout');
    expect(expected.map((p) => [p.wave, p.estimate, p.approx])).toEqual([
      [2018, 0.2, true],
      [2020, 0.14, false],
      [2022, 0.24, false],
    ]);
    for (const wave of [2024, 2022])
      for (const view of views)
        for (const compare of [null, 'hospital_type'] as const) {
          const figures = await topicFigures(
            engine,
            codebook,
            'burnout',
            { wave, ...view },
            { compare, benchmark: 'all' },
          );
          expect(figures.published, JSON.stringify([wave, view, compare])).toEqual({
            burnout: expected,
          });
        }
  });

  it('go into the chart’s CSV: the figure, "≈", the sentence, the definition and the source', async () => {
    const figures = await topicFigures(
      engine,
      codebook,
      'burnout',
      { wave: 2024, filters: { specialty: ['radiologie'] }, weighted: false },
      { compare: null, benchmark: 'all' },
    );
    const panel = figures.panels.find((p) => p.item.id === 'burnout')!;
    const table = aggregateTable(
      panel,
      (row: PanelRow) => row.kind,
      'nl',
      figures.published.burnout,
    );
    const headline = table.columns.indexOf('ja (%)');
    const published = table.rows.filter((r) => r[0]!.includes('gepubliceerd'));
    expect(published.map((r) => [r[0], r[headline]])).toEqual([
      ['2018, gepubliceerd (alle respondenten)', '≈20'],
      ['2020, gepubliceerd (alle respondenten)', '14'],
      ['2022, gepubliceerd (alle respondenten)', '24'],
    ]);
    const note = (r: string[]) => r[r.length - 1]!;
    expect(note(published[0]!)).toContain('Bron: Medisch Contact');
    expect(note(published[1]!)).toContain('Bron: Zoals aangehaald in de publicatie over 2022');
    expect(note(published[2]!)).toContain('24% heeft klachten die passen bij een burn-out.');
    expect(note(published[2]!)).toContain('UBOS');
    // The data rows are the chart's own, before the published ones.
    expect(table.rows.slice(0, panel.rows.length).map((r) => r[0])).toEqual(
      panel.rows.map((r) => r.kind),
    );
  });

  it('a figure of other answers than the headline: no cell, but its sentence', async () => {
    const figures = await topicFigures(
      engine,
      codebook,
      'balance',
      { wave: 2024, filters: {}, weighted: false },
      { compare: null, benchmark: 'all' },
    );
    const panel = figures.panels.find((p) => p.item.id === 'wlb_satisfaction')!;
    const points = figures.published.wlb_satisfaction!;
    const table = aggregateTable(panel, (row: PanelRow) => row.kind, 'en', points);
    const row = table.rows.find((r) => r[0]!.startsWith('2022, published'))!;
    expect(row.slice(1, -1).every((cell) => cell === '')).toBe(true);
    expect(row[row.length - 1]).toContain('35% are (very) dissatisfied');
    const notes = publishedNotes(codebook, points, 'en', true);
    expect(notes).toContain(
      'Published 2022, not on the line (counts very dissatisfied and dissatisfied, not (very) satisfied): ' +
        '35% are (very) dissatisfied with their work-life balance.',
    );
    expect(notes).not.toContain(
      'Open circles: figures DJS published for all respondents; filters do not change them.',
    );
  });

  it('are written as published: "≈" where approximate, "about 8 hours" not as 8.0', () => {
    const shown = (id: string, lang: 'nl' | 'en') =>
      publishedPoints(codebook, id).map((p) => formatPublished(p, lang));
    expect(shown('burnout', 'nl')).toEqual(['≈20%', '14%', '24%']);
    expect(shown('overtime_total', 'nl')).toEqual(['≈8', '≈8']);
    expect(shown('overtime_compensation', 'en')).toEqual(['≈90%']);
    expect(shown('considered_quitting', 'en')).toEqual(['≈25%']);
  });

  it('notes under a burnout chart: the open circles, the UBOS and the sources', () => {
    const notes = publishedNotes(codebook, publishedPoints(codebook, 'burnout'), 'nl', true);
    expect(notes[0]).toBe(
      'Open rondjes: door DJS gepubliceerde cijfers van alle respondenten; filters veranderen ze niet.',
    );
    expect(notes[1]).toMatch(/^Gepubliceerd 2022: gemeten met de UBOS/);
    expect(notes[2]).toBe(
      'Bronnen van de gepubliceerde cijfers: 2018: Medisch Contact, ' +
        '2020: Zoals aangehaald in de publicatie over 2022 en 2022: Persbericht De Jonge Specialist, 2022.',
    );
  });
});
