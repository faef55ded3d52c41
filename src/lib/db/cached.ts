import type { Engine, Row, SqlValue } from './engine';

/**
 * An engine that answers a repeated read from memory. The data does not change once loaded, and
 * every filter change asks again for the same figures of all respondents, of the parents of the
 * selection and of the other waves; a round trip to the DuckDB worker is the largest part of a
 * small query's time. Any statement that is not a read empties the cache.
 */
export function cachedEngine(engine: Engine, limit = 5000): Engine {
  const cache = new Map<string, Promise<Row[]>>();
  const read = /^\s*(SELECT|WITH)\b/i;
  return {
    registerFile: (name, bytes) => {
      cache.clear();
      return engine.registerFile(name, bytes);
    },
    query(sql: string, params: readonly SqlValue[] = []) {
      if (!read.test(sql)) {
        cache.clear();
        return engine.query(sql, params);
      }
      const key = `${sql}\u0000${JSON.stringify(params)}`;
      const hit = cache.get(key);
      if (hit) {
        // Most recently used last, so the oldest entry is the one dropped.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const answer = engine.query(sql, params);
      // A failed query is not remembered: the next call tries again.
      answer.catch(() => cache.delete(key));
      cache.set(key, answer);
      if (cache.size > limit) cache.delete(cache.keys().next().value!);
      return answer;
    },
    close: () => {
      cache.clear();
      return engine.close();
    },
  };
}
