import { describe, expect, it } from 'vitest';
import {
  chartItems,
  defaultState,
  linkLanguage,
  parsePresent,
  parseState,
  serializeState,
} from '../../src/lib/view/state';
import type { Notice } from '../../src/lib/view/state';
import { translate } from '../../src/lib/i18n/translate';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
/** Notices as the English page writes them. */
const english = (notices: Notice[]) =>
  notices.map((n) => ({ ...n, expected: translate('en', n.expected) }));

describe('view state in the URL', () => {
  it('knows the language of a link before the codebook, as the state reads it', () => {
    for (const search of [
      '',
      '?lang=en',
      '?lang=nl',
      '?lang=en&lang=nl',
      '?lang=nl&lang=en',
      '?lang=en&lang=xx',
      '?lang=EN',
    ])
      expect(linkLanguage(search), search).toBe(parseState(search, codebook).state.lang);
  });

  it('defaults to the overtime topic of the newest wave, in Dutch', () => {
    expect(parseState('', codebook)).toEqual({ state: defaultState(codebook), notices: [] });
    expect(defaultState(codebook)).toMatchObject({ topic: 'overtime', wave: 2024, lang: 'nl' });
    expect(serializeState(defaultState(codebook), codebook)).toBe('');
  });

  it('round-trips a view with filters and a comparison', () => {
    const search =
      '?topic=overtime&wave=2022&specialty=radiologie&hospital_type=umc&compare=hospital_type&lang=en';
    const { state, notices } = parseState(search, codebook);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      topic: 'overtime',
      wave: 2022,
      filters: { specialty: 'radiologie', hospital_type: 'umc' },
      compare: 'hospital_type',
      benchmark: 'all',
      weighted: false,
      lang: 'en',
      present: [],
      slide: 1,
    });
    expect(serializeState(state, codebook)).toBe(search.replace('?topic=overtime&', '?'));
  });

  it('keeps a comparison ordered by name in the URL (order=alpha), by value by default', () => {
    const search = '?specialty=radiologie&compare=specialty&order=alpha';
    const { state, notices } = parseState(search, codebook);
    expect(notices).toEqual([]);
    expect(state.order).toBe('alpha');
    expect(serializeState(state, codebook)).toBe(search);
    // By value is the default: accepted, and not written.
    const byValue = parseState('?compare=specialty&order=value', codebook);
    expect(byValue.notices).toEqual([]);
    expect(byValue.state).toEqual({ ...defaultState(codebook), compare: 'specialty' });
    expect(serializeState({ ...byValue.state, order: 'value' }, codebook)).toBe(
      '?compare=specialty',
    );
    const wrong = parseState('?order=random', codebook);
    expect(wrong.state).toEqual(defaultState(codebook));
    expect(english(wrong.notices)).toEqual([
      { param: 'order', value: 'random', expected: 'value, alpha' },
    ]);
  });

  it('ignores unknown parameters and codes, with a notice saying what was expected', () => {
    const { state, notices } = parseState('?specialty=radiology&colour=red&wave=1999', codebook);
    expect(state).toEqual(defaultState(codebook));
    expect(english(notices)).toEqual([
      { param: 'specialty', value: 'radiology', expected: expect.stringContaining('radiologie') },
      {
        param: 'colour',
        value: 'red',
        expected: expect.stringContaining(
          'topic, wave, compare, benchmark, weighted, lang, present',
        ),
      },
      { param: 'wave', value: '1999', expected: '2024, 2022' },
    ]);
  });

  it('gives one notice for a parameter repeated with the same value (issue 15)', () => {
    const { state, notices } = parseState(
      '?utm_source=x&utm_source=x&specialty=radiology&specialty=radiology&specialty=radiologie',
      codebook,
    );
    expect(notices.map((n) => [n.param, n.value])).toEqual([
      ['utm_source', 'x'],
      ['specialty', 'radiology'],
    ]);
    expect(state.filters).toEqual({ specialty: 'radiologie' });
  });

  it('carries the presentation: chosen charts and the slide on screen, commas left readable', () => {
    const search = '?specialty=radiologie&present=overtime_total,hours_worked,burnout&slide=2';
    const { state, notices } = parseState(search, codebook);
    expect(notices).toEqual([]);
    expect(state.present).toEqual(['overtime_total', 'hours_worked', 'burnout']);
    expect(state.slide).toBe(2);
    expect(serializeState(state, codebook)).toBe(search);
    // The first slide is the default and is not written.
    expect(serializeState({ ...state, slide: 1 }, codebook)).toBe(
      '?specialty=radiologie&present=overtime_total,hours_worked,burnout',
    );
    // Not presenting: no slide either.
    expect(serializeState({ ...state, present: [], slide: 3 }, codebook)).toBe(
      '?specialty=radiologie',
    );
  });

  it('reads a topic id in present= as all its charts, in codebook order, without duplicates', () => {
    const overtime = chartItems(codebook, 'overtime');
    expect(overtime).toContain('overtime_total');
    expect(overtime).not.toContain('specialty');
    expect(parsePresent('overtime', codebook)).toEqual({ items: overtime, unknown: [] });
    expect(parsePresent('safety,overtime,safety', codebook).items).toEqual([
      ...chartItems(codebook, 'safety'),
      ...overtime,
    ]);
    // An id that is both an item and a topic (burnout) is the item.
    expect(parsePresent('burnout', codebook).items).toEqual(['burnout']);
    // Dimensions are filters, not charts.
    expect(parsePresent('specialty', codebook)).toEqual({ items: [], unknown: ['specialty'] });
  });

  it('drops unknown slides and out-of-range slide numbers, with notices', () => {
    const { state, notices } = parseState(
      '?slide=5&present=overtime_total,nonsense,hours_worked',
      codebook,
    );
    expect(state.present).toEqual(['overtime_total', 'hours_worked']);
    expect(state.slide).toBe(1);
    expect(english(notices)).toEqual([
      { param: 'present', value: 'nonsense', expected: expect.stringContaining('chart or topic') },
      { param: 'slide', value: '5', expected: '1 to 2' },
    ]);
    for (const bad of ['0', '-1', '1.5', 'twee'])
      expect(english(parseState(`?present=burnout&slide=${bad}`, codebook).notices)).toEqual([
        { param: 'slide', value: bad, expected: '1 to 1' },
      ]);
    const { state: unchanged, notices: slideOnly } = parseState('?slide=2', codebook);
    expect(unchanged).toEqual(defaultState(codebook));
    expect(english(slideOnly)).toEqual([
      { param: 'slide', value: '2', expected: 'a slide number together with present=' },
    ]);
  });
});
