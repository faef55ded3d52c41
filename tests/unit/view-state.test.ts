import { describe, expect, it } from 'vitest';
import { defaultState, parseState, serializeState } from '../../src/lib/view/state';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();

describe('view state in the URL', () => {
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
    });
    expect(serializeState(state, codebook)).toBe(search.replace('?topic=overtime&', '?'));
  });

  it('ignores unknown parameters and codes, with a notice saying what was expected', () => {
    const { state, notices } = parseState('?specialty=radiology&colour=red&wave=1999', codebook);
    expect(state).toEqual(defaultState(codebook));
    expect(notices).toEqual([
      { param: 'specialty', value: 'radiology', expected: expect.stringContaining('radiologie') },
      {
        param: 'colour',
        value: 'red',
        expected: expect.stringContaining('topic, wave, compare, benchmark, weighted, lang'),
      },
      { param: 'wave', value: '1999', expected: '2024, 2022' },
    ]);
  });
});
