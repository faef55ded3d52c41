import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedItem } from '../../src/lib/codebook/types';
import type { Engine } from '../../src/lib/db/engine';
import { scorecardTable } from '../../src/lib/export/scorecard';
import type { Panel, PanelRow } from '../../src/lib/figures/panel';
import type { Scorecard } from '../../src/lib/figures/scorecard';
import {
  scorecard,
  scorecardIndicators,
  scorecardLines,
  scorecardSelection,
  scorecardTopics,
  sortLines,
} from '../../src/lib/figures/scorecard';
import type { Selection } from '../../src/lib/query/selection';
import { combineViewResults, viewResults } from '../../src/lib/query/shipped';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import { isSuppressed } from '../../src/lib/privacy/threshold';
import { twoProportionTest } from '../../src/lib/stats/compare';
import { benjaminiHochberg } from '../../src/lib/stats/multiple-testing';
import { wilson } from '../../src/lib/stats/wilson';
import { parseState, serializeState } from '../../src/lib/view/state';
import { engineWithWaves, readCodebook, weightedEngineWithWaves } from './helpers/data';
import { refusing } from './helpers/engines';

const codebook = readCodebook();
const WAVE = 2024;
let engine: Engine;
let card: Scorecard;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
  card = await scorecard(
    engine,
    codebook,
    { wave: WAVE, filters: {} },
    { by: 'specialty', benchmark: 'all' },
  );
});
afterAll(() => engine.close());

const panelOf = (c: Scorecard, id: string) => c.panels.find((p) => p.item.id === id)!;
const groupRow = (panel: Panel, group: string | null) =>
  (panel.rows as PanelRow[]).find((r) => r.kind === 'group' && r.group === group)!;

/** The rows a topic page draws for an item when compared by `compare`, in the same selection. */
async function topicRows(
  e: Engine,
  itemId: string,
  filters: Record<string, string[]>,
  compare: string,
  weighted = false,
) {
  const topic = codebook.items.find((i) => i.id === itemId)!.topic;
  const figures = await topicFigures(
    e,
    codebook,
    topic,
    { wave: WAVE, filters, weighted },
    { compare, benchmark: 'all' },
  );
  return figures.panels.find((p) => p.item.id === itemId)!;
}

const SPECIALTIES = ['radiologie', 'interne_geneeskunde', 'klinische_genetica', 'neurochirurgie'];
const INDICATORS = ['burnout', 'hours_worked', 'workload', 'quitting_discussed', 'overtime_total'];

describe('the scorecard', () => {
  it('has every item with a headline share and every item of hours, in codebook order', () => {
    const expected = codebook.items
      .filter(
        (i) =>
          i.type === 'hours' ||
          (i.type !== 'dimension' && 'headline' in i && (i as CodedItem).headline !== undefined),
      )
      .map((i) => i.id);
    expect(scorecardIndicators(codebook, WAVE)).toEqual(expected);
    expect(card.panels.map((p) => p.item.id)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(INDICATORS));
  });

  it('shows exactly the topic pages’ compare-by-specialty figures: value, interval, n and flag', async () => {
    for (const id of INDICATORS) {
      const topic = await topicRows(engine, id, {}, 'specialty');
      const panel = panelOf(card, id);
      // The whole panel is the same: every group, the selection, their tests and BH flags.
      expect(panel).toEqual(topic);
      for (const code of SPECIALTIES) {
        const ours = groupRow(panel, code);
        const theirs = groupRow(topic, code);
        expect(ours.figure.n).toBe(theirs.figure.n);
        expect(ours.figure.value).toEqual(theirs.figure.value);
        expect(ours.comparison?.significant).toBe(theirs.comparison?.significant);
      }
    }
  });

  it.each(['burnout', 'home_on_time'])(
    'agrees on %s with shares and counts computed here in SQL, and with the tests and BH redone on them',
    async (id) => {
      // The headline share of the valid answers ("weet niet" left out), per specialty, from the rows.
      const item = codebook.items.find((i) => i.id === id) as CodedItem;
      const valid = item.values.filter((v) => !v.excluded).map((v) => v.code);
      const quoted = (codes: readonly string[]) => codes.map((c) => `'${c}'`).join(', ');
      const counts = await engine.query(
        `SELECT specialty, count(*) FILTER (WHERE ${id} IN (${quoted(item.headline!.codes)})) AS x,
                count(*) FILTER (WHERE ${id} IN (${quoted(valid)})) AS n
         FROM responses WHERE wave = ${WAVE} GROUP BY specialty`,
      );
      const all = counts.reduce<{ x: number; n: number }>(
        (s, r) => ({ x: s.x + Number(r.x), n: s.n + Number(r.n) }),
        { x: 0, n: 0 },
      );
      const panel = panelOf(card, id);
      const groups = (panel.rows as PanelRow[]).filter((r) => r.kind === 'group');
      const countOf = (group: string | null) => {
        const c = counts.find((r) => (r.specialty ?? null) === group);
        return { x: Number(c?.x ?? 0), n: Number(c?.n ?? 0) };
      };
      // Every group tested against the rest of the selection, BH across the groups of the chart.
      const tests = groups.map((row) => {
        const { x, n } = countOf(row.group);
        return isSuppressed(n) ? null : twoProportionTest(x, n, all.x - x, all.n - n);
      });
      const adjusted = benjaminiHochberg(tests.map((r) => r?.p ?? null));
      groups.forEach((row, i) => {
        const { x, n } = countOf(row.group);
        if (isSuppressed(n)) {
          expect(row.figure.value).toBeNull();
          return;
        }
        expect(row.figure.n).toBe(n);
        expect(row.figure.value!.estimate).toBeCloseTo(x / n, 12);
        const interval = wilson(x, n);
        expect(row.figure.value!.lo).toBeCloseTo(interval.lo, 12);
        expect(row.figure.value!.hi).toBeCloseTo(interval.hi, 12);
        expect(row.comparison!.diff).toBeCloseTo(tests[i]!.diff, 12);
        expect(row.comparison!.pAdjusted).toBeCloseTo(adjusted[i]!, 12);
        expect(row.comparison!.significant).toBe(adjusted[i]! < 0.05);
      });
      expect(groups.filter((r) => r.figure.value).length).toBeGreaterThan(20);
      // The demo data flag specialties on home_on_time (radiology among them), none on burnout.
      if (id === 'home_on_time')
        expect(groupRow(panel, 'radiologie').comparison!.significant).toBe(true);
    },
  );

  it('agrees with a mean and count of hours computed here in SQL', async () => {
    // Radiology's mean hours worked and its count, in SQL.
    const [hours] = await engine.query(
      `SELECT count(hours_worked) AS n, avg(hours_worked) AS mean FROM responses
       WHERE wave = ${WAVE} AND specialty = 'radiologie'`,
    );
    const row = groupRow(panelOf(card, 'hours_worked'), 'radiologie');
    expect(row.figure.n).toBe(Number(hours!.n));
    expect(row.figure.value!.estimate).toBeCloseTo(Number(hours!.mean), 9);
  });

  it('drops its own dimension’s filter (that picks the highlighted row) and keeps every other', async () => {
    expect(
      scorecardSelection(
        { wave: WAVE, filters: { specialty: ['radiologie'], hospital_type: ['umc'] } },
        'specialty',
      ),
    ).toEqual({ wave: WAVE, filters: { hospital_type: ['umc'] } });
    const umc = await scorecard(
      engine,
      codebook,
      { wave: WAVE, filters: { specialty: ['radiologie'], hospital_type: ['umc'] } },
      { by: 'specialty', benchmark: 'all' },
    );
    // Specialties within UMCs: the topic page filtered to UMC and compared by specialty.
    for (const id of ['burnout', 'hours_worked'])
      expect(panelOf(umc, id)).toEqual(
        await topicRows(engine, id, { hospital_type: ['umc'] }, 'specialty'),
      );
  });

  it('has hospital types as rows too: the topic page compared by hospital type', async () => {
    const byType = await scorecard(
      engine,
      codebook,
      { wave: WAVE, filters: {} },
      { by: 'hospital_type', benchmark: 'all' },
    );
    for (const id of ['considered_quitting', 'overtime_total'])
      expect(panelOf(byType, id)).toEqual(await topicRows(engine, id, {}, 'hospital_type'));
    const { groups } = scorecardLines(byType);
    const codes = (codebook.items.find((i) => i.id === 'hospital_type') as CodedItem).values;
    expect(groups.map((g) => g.group)).toEqual([...codes.map((v) => v.code), null]);
  });

  it('ranks by a column with hidden cells last, and by name', () => {
    const { total, groups } = scorecardLines(card);
    expect(total.cells.every((c) => c?.kind === 'selection')).toBe(true);
    const column = card.panels.findIndex((p) => p.item.id === 'quitting_discussed');
    const label = (l: (typeof groups)[number]) => l.group ?? '~';
    const ranked = sortLines(groups, column, true, label, (a, b) => a.localeCompare(b));
    const values = ranked.map((l) => l.cells[column]?.figure.value?.estimate ?? null);
    const shown = values.filter((v): v is number => v !== null);
    expect(shown.length).toBeGreaterThan(3);
    expect(values.slice(0, shown.length)).toEqual(shown);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    // Groups too small for this question (asked only of those who considered quitting) come last.
    expect(values.slice(shown.length).every((v) => v === null)).toBe(true);
    expect(values.length).toBeGreaterThan(shown.length);
    const up = sortLines(groups, column, false, label, (a, b) => a.localeCompare(b));
    expect(
      up.map((l) => l.cells[column]?.figure.value?.estimate ?? null).slice(0, shown.length),
    ).toEqual([...shown].reverse());
    const names = sortLines(groups, 'label', false, label, (a, b) => a.localeCompare(b)).map(label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('writes a CSV table of exactly the figures shown: hidden cells with the note, no count', () => {
    const { total, groups } = scorecardLines(card);
    const label = (l: (typeof groups)[number]) =>
      l.kind === 'selection' ? 'Alle respondenten' : (l.group ?? 'Afgeschermd of onbekend');
    const table = scorecardTable(card, [total, ...groups], label, 'nl');
    expect(table.columns).toEqual([
      'Groep',
      'Indicator',
      'Schatting',
      '95%-BI ondergrens',
      '95%-BI bovengrens',
      'Mediaan',
      'n',
      'Verschil met de rest',
      'Verschil 95%-BI ondergrens',
      'Verschil 95%-BI bovengrens',
      expect.any(String),
      'Opmerking',
    ]);
    expect(table.rows).toHaveLength((groups.length + 1) * card.panels.length);
    const burnout = groupRow(panelOf(card, 'burnout'), 'radiologie');
    const line = table.rows.find(
      (r) => r[0] === 'radiologie' && r[1] === 'Burn-outklachten: ja (%)',
    )!;
    expect(line[2]).toBe((burnout.figure.value!.estimate * 100).toFixed(0));
    expect(line[6]).toBe(String(burnout.figure.n));
    expect(line[10]).toBe(burnout.comparison!.significant ? 'ja' : 'nee');
    const hidden = table.rows.find((r) => r[0] === 'overig_snijdend')!;
    expect(hidden.slice(2, 11)).toEqual(['', '', '', '', '', '', '', '', '']);
    expect(hidden[11]).toBe('minder dan 10 antwoorden');
    const hours = table.rows.find((r) => r[0] === 'radiologie' && r[1]!.startsWith('Gewerkte'))!;
    expect(hours[5]).not.toBe('');
  });
});

describe('the scorecard before DuckDB is ready', () => {
  it('is added up from the results of its topics shipped with the build: the same figures', async () => {
    // Each topic's file as the build writes it: the statements of all the topic's questions.
    const topics = scorecardTopics(codebook, WAVE);
    expect(topics.length).toBeGreaterThan(5);
    const files = await Promise.all(
      topics.map((topic) =>
        viewResults(
          engine,
          codebook,
          codebook.items.filter((i) => i.topic === topic).map((i) => i.id),
        ),
      ),
    );
    const shipped = combineViewResults(files);
    expect(shipped).not.toBeNull();
    // Without one topic's file, its questions are asked of DuckDB (here one that refuses).
    await expect(
      scorecard(
        refusing,
        codebook,
        { wave: WAVE, filters: {} },
        { by: 'specialty', benchmark: 'all' },
        combineViewResults([...files.slice(1), null]),
      ),
    ).rejects.toThrow(/asked DuckDB/);
    const views: [Selection, string][] = [
      [{ wave: WAVE, filters: {} }, 'specialty'],
      [{ wave: WAVE, filters: { hospital_type: ['umc'], gender: ['vrouw'] } }, 'specialty'],
      [{ wave: 2022, filters: { specialty: ['radiologie'] } }, 'hospital_type'],
    ];
    for (const [selection, by] of views) {
      const options = { by, benchmark: 'all' } as const;
      const live = await scorecard(engine, codebook, selection, options);
      expect(await scorecard(refusing, codebook, selection, options, shipped)).toEqual(live);
    }
  });
});

describe('the weighted scorecard', () => {
  let weighted: Engine;
  beforeAll(async () => {
    weighted = await weightedEngineWithWaves(codebook);
  });
  afterAll(() => weighted.close());

  it('is the weighted topic page’s, compared by specialty', async () => {
    const card = await scorecard(
      weighted,
      codebook,
      { wave: WAVE, filters: {}, weighted: true },
      { by: 'specialty', benchmark: 'all' },
    );
    for (const id of ['burnout', 'hours_worked'])
      expect(panelOf(card, id)).toEqual(await topicRows(weighted, id, {}, 'specialty', true));
    // Weighted and unweighted differ: the weights were used.
    const unweighted = await scorecard(
      weighted,
      codebook,
      { wave: WAVE, filters: {}, weighted: false },
      { by: 'specialty', benchmark: 'all' },
    );
    expect(panelOf(card, 'burnout').rows[0]!.figure.value!.estimate).not.toBeCloseTo(
      panelOf(unweighted, 'burnout').rows[0]!.figure.value!.estimate,
      6,
    );
  });
});

describe('the scorecard in the URL', () => {
  it('is view=scorecard, with its rows as the compare dimension and the filters as elsewhere', () => {
    const { state, notices } = parseState(
      '?view=scorecard&specialty=radiologie&compare=hospital_type&weighted=1&wave=2022',
      codebook,
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      scorecard: true,
      filters: { specialty: 'radiologie' },
      compare: 'hospital_type',
      weighted: true,
      wave: 2022,
    });
    expect(state.explore).toBeUndefined();
    expect(serializeState(state, codebook)).toBe(
      '?wave=2022&specialty=radiologie&compare=hospital_type&weighted=1&view=scorecard',
    );
    expect(serializeState({ ...state, scorecard: false }, codebook)).not.toContain('view=');
    // The explorer's parameters are not the scorecard's: said, as any parameter not understood.
    expect(parseState('?view=scorecard&q=burnout', codebook).notices.map((n) => n.param)).toEqual([
      'q',
    ]);
    expect(parseState('?view=scorekaart', codebook).state.scorecard).toBeUndefined();
  });
});
