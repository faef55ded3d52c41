import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/i18n/translate';
import type { Notice } from '../../src/lib/view/state';
import { defaultExplore, parseState, serializeState } from '../../src/lib/view/state';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
/** Notices as the English page writes them. */
const english = (notices: Notice[]) =>
  notices.map((n) => ({ ...n, expected: translate('en', n.expected) }));

describe('the explorer in the URL', () => {
  it('reads a question crossed with two splits, with the filters, and writes it back', () => {
    const search =
      '?wave=2022&specialty=radiologie&view=explore&q=burnout&by=hospital_type&by2=considered_quitting';
    const { state, notices } = parseState(search, codebook);
    expect(notices).toEqual([]);
    expect(state.explore).toEqual({
      q: 'burnout',
      by: 'hospital_type',
      by2: 'considered_quitting',
    });
    expect(state.filters).toEqual({ specialty: 'radiologie' });
    expect(serializeState(state, codebook)).toBe(search);
  });

  it('opens on the first question by the first dimension, written as just view=explore', () => {
    const { state, notices } = parseState('?view=explore', codebook);
    expect(notices).toEqual([]);
    expect(state.explore).toEqual(defaultExplore(codebook));
    expect(state.explore).toMatchObject({ by: 'specialty', by2: null });
    expect(serializeState(state, codebook)).toBe('?view=explore');
    // Topic pages carry no explorer state at all.
    expect(parseState('?topic=burnout', codebook).state.explore).toBeUndefined();
    expect(serializeState(parseState('?view=topics', codebook).state, codebook)).toBe('');
  });

  it('never splits a question by itself', () => {
    const { state } = parseState('?view=explore&q=specialty', codebook);
    expect(state.explore).toMatchObject({ q: 'specialty', by: 'hospital_type' });
    expect(serializeState(state, codebook)).toBe('?view=explore&q=specialty&by=hospital_type');
  });

  it('ignores what it cannot use, with a notice saying what was expected', () => {
    const { state, notices } = parseState(
      '?view=explore&q=burnoot&by=hours_worked&by2=specialty',
      codebook,
    );
    expect(state.explore).toEqual({ ...defaultExplore(codebook), by2: null });
    expect(english(notices)).toEqual([
      { param: 'q', value: 'burnoot', expected: expect.stringContaining('a question id') },
      {
        param: 'by',
        value: 'hours_worked',
        expected: expect.stringContaining('a dimension or coded question'),
      },
      { param: 'by2', value: 'specialty', expected: expect.stringContaining('other than') },
    ]);
    expect(english(parseState('?view=charts', codebook).notices)).toEqual([
      { param: 'view', value: 'charts', expected: 'one of: topics, explore, scorecard, report' },
    ]);
    expect(english(parseState('?q=burnout', codebook).notices)).toEqual([
      { param: 'q', value: 'burnout', expected: 'together with view=explore' },
    ]);
  });
});
