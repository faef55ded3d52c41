/**
 * The plain way to put a survey CSV on a page with duckdb-wasm: start DuckDB, load the CSV,
 * aggregate, draw one Plot chart. No precomputation, no codebook, no checks. The benchmark times
 * this page against the dashboard in the same run (issue 7, item 5). The wave CSV is served
 * beside the built page as `wave.csv` (with its .br/.gz copies) by the benchmark.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import * as Plot from '@observablehq/plot';

async function main(): Promise<void> {
  // Fetch the data while DuckDB starts, as the dashboard does.
  const csv = fetch(new URL('wave.csv', location.href)).then(async (r) => {
    if (!r.ok) throw new Error(`wave.csv: HTTP ${r.status}`);
    return new Uint8Array(await r.arrayBuffer());
  });
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true } });
  performance.mark('djs:duckdb-open');
  const conn = await db.connect();
  await db.registerFileBuffer('wave.csv', await csv);
  await conn.query(`CREATE TABLE responses AS SELECT * FROM read_csv('wave.csv', header = true)`);
  performance.mark('djs:duckdb-ready');
  const result = await conn.query(
    `SELECT hospital_type, avg(hours_worked) AS mean, count(hours_worked) AS n
     FROM responses WHERE hospital_type IS NOT NULL GROUP BY hospital_type ORDER BY hospital_type`,
  );
  const rows = result.toArray().map((r) => r.toJSON() as { hospital_type: string; mean: number });
  document.querySelector('[data-testid="loading"]')?.remove();
  document.querySelector('[data-testid="chart-reference"]')!.append(
    Plot.plot({
      marginLeft: 90,
      x: { label: 'Mean hours worked per week', grid: true },
      y: { label: null },
      marks: [
        Plot.barX(rows, { x: 'mean', y: 'hospital_type', fill: 'steelblue' }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

main().catch((e: unknown) => {
  document.body.append(`Error: ${e instanceof Error ? e.message : String(e)}`);
  throw e;
});
