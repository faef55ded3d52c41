import type { Columns, Engine, Row, SqlValue } from './engine';

/**
 * An engine that answers a repeated read from memory. The data does not change once loaded, and
 * every filter change asks again for the same figures of all respondents, of the parents of the
 * selection and of the other waves; a round trip to the DuckDB worker is the largest part of a
 * small query's time. Any statement that is not a read empties the cache.
 */
export function cachedEngine(engine: Engine, limit = 5000): Engine {
  const cache = new Map<string, Promise<Row[] | Columns>>();
  const read = /^\s*(SELECT|WITH)\b/i;
  function remembered<T extends Row[] | Columns>(
    form: 'rows' | 'columns',
    sql: string,
    params: readonly SqlValue[],
    ask: () => Promise<T>,
  ): Promise<T> {
    if (!read.test(sql)) {
      cache.clear();
      return ask();
    }
    const key = `${form}\u0000${sql}\u0000${JSON.stringify(params)}`;
    const hit = cache.get(key) as Promise<T> | undefined;
    if (hit) {
      // Most recently used last, so the oldest entry is the one dropped.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const answer = ask();
    // A failed query is not remembered: the next call tries again.
    answer.catch(() => cache.delete(key));
    cache.set(key, answer);
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
    return answer;
  }
  return {
    registerFile: (name, bytes) => {
      cache.clear();
      return engine.registerFile(name, bytes);
    },
    query: (sql, params = []) => remembered('rows', sql, params, () => engine.query(sql, params)),
    columns: (sql, params = []) =>
      remembered('columns', sql, params, () => engine.columns(sql, params)),
    close: () => {
      cache.clear();
      return engine.close();
    },
  };
}
