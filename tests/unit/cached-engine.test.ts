import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedEngine } from '../../src/lib/db/cached';
import type { Engine } from '../../src/lib/db/engine';
import { createNodeEngine } from '../../src/lib/db/node';

let raw: Engine;
let calls: string[];
let engine: Engine;
beforeAll(async () => {
  raw = await createNodeEngine();
  const counting: Engine = {
    registerFile: (n, b) => raw.registerFile(n, b),
    query: (sql, params) => {
      calls.push(sql);
      return raw.query(sql, params);
    },
    columns: (sql, params) => {
      calls.push(sql);
      return raw.columns(sql, params);
    },
    close: () => raw.close(),
  };
  engine = cachedEngine(counting, 3);
});
afterAll(() => raw.close());

describe('the query cache', () => {
  it('answers a repeated read from memory, per statement and parameters', async () => {
    calls = [];
    await engine.query('CREATE TABLE t AS SELECT range AS x FROM range(10)');
    const a = await engine.query('SELECT count(*) AS n FROM t WHERE x < ?', [5]);
    const b = await engine.query('SELECT count(*) AS n FROM t WHERE x < ?', [5]);
    const c = await engine.query('SELECT count(*) AS n FROM t WHERE x < ?', [7]);
    expect(a).toEqual([{ n: 5 }]);
    expect(b).toBe(a);
    expect(c).toEqual([{ n: 7 }]);
    expect(calls).toHaveLength(3);
  });

  it('forgets everything when a statement changes the data', async () => {
    calls = [];
    await engine.query('SELECT count(*) AS n FROM t');
    await engine.query('INSERT INTO t VALUES (42)');
    await expect(engine.query('SELECT count(*) AS n FROM t')).resolves.toEqual([{ n: 11 }]);
    expect(calls).toHaveLength(3);
  });

  it('keeps only the most recent reads, and does not remember a failure', async () => {
    calls = [];
    for (const v of [1, 2, 3, 4]) await engine.query('SELECT ? AS v', [v]);
    await engine.query('SELECT ? AS v', [1]); // dropped: asked again
    await engine.query('SELECT ? AS v', [4]); // kept
    expect(calls).toHaveLength(5);
    await expect(engine.query('SELECT * FROM missing')).rejects.toThrow();
    await expect(engine.query('SELECT * FROM missing')).rejects.toThrow();
    expect(calls).toHaveLength(7);
  });
});
