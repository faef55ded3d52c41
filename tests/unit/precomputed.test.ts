import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precomputedJson } from '../../src/build/precompute-plugin';
import type { Engine } from '../../src/lib/db/engine';
import type { Precomputed } from '../../src/lib/figures/precomputed';
import {
  isPrecomputedView,
  precompute,
  precomputedFigures,
} from '../../src/lib/figures/precomputed';
import { topicFigures } from '../../src/lib/figures/topic-figures';
import { defaultState } from '../../src/lib/view/state';
import { engineWithWaves, readCodebook, root } from './helpers/data';

const codebook = readCodebook();
let engine: Engine;
beforeAll(async () => {
  engine = await engineWithWaves(codebook);
});
afterAll(() => engine.close());

describe('precomputed default view', () => {
  it('is, after a trip through JSON, identical to the live figures of every topic', async () => {
    const stored = JSON.parse(JSON.stringify(await precompute(engine, codebook))) as Precomputed;
    const state = defaultState(codebook);
    expect(Object.keys(stored.topics)).toEqual(codebook.topics.map((t) => t.id));
    for (const topic of codebook.topics) {
      const live = await topicFigures(
        engine,
        codebook,
        topic.id,
        { wave: state.wave, filters: {}, weighted: false },
        { compare: null, benchmark: 'all' },
      );
      const painted = precomputedFigures(stored, codebook, { ...state, topic: topic.id });
      expect(painted, topic.id).toEqual(live);
      expect(painted!.panels.length, topic.id).toBeGreaterThan(0);
    }
  });

  it('is what the build plugin writes from the shipped data files', async () => {
    const built = JSON.parse(await precomputedJson(path.join(root, 'data'))) as Precomputed;
    expect(built).toEqual(JSON.parse(JSON.stringify(await precompute(engine, codebook))));
  });

  it('is used for the default view in any topic and language, and for nothing else', async () => {
    const stored = await precompute(engine, codebook);
    const d = { ...defaultState(codebook), topic: 'burnout' };
    expect(isPrecomputedView({ ...d, lang: 'en' }, codebook)).toBe(true);
    for (const other of [
      { ...d, filters: { specialty: 'radiologie' } },
      { ...d, compare: 'gender' },
      { ...d, benchmark: 'rest' as const },
      { ...d, weighted: true },
      { ...d, wave: 2022 },
    ]) {
      expect(isPrecomputedView(other, codebook)).toBe(false);
      expect(precomputedFigures(stored, codebook, other)).toBeNull();
    }
    expect(precomputedFigures(stored, codebook, { ...d, topic: 'nope' })).toBeNull();
  });
});
