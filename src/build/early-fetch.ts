/**
 * Vite plugin: a small inline script at the top of index.html that asks for the data a first view
 * needs — the codebook, the results of the topic a link names (or of the default topic), the
 * trainee counts — while the app's JavaScript is still being fetched and compiled, instead of
 * one after the other once it runs; and, for a link that needs DuckDB at once (the explorer
 * split by a question, a topic without shipped results), that starts DuckDB by importing its
 * start (src/app/engine-start.ts), with DuckDB's JavaScript chunk preloaded beside it, so that
 * its worker fetches the wasm from the page's first milliseconds; any other page starts it when
 * it is asked or quiet (src/app/engine-demand.ts). The app takes these responses (src/app/boot.ts, fetchOnce) and that engine, and
 * fetches anything else itself; a response the script did not ask for, or one that failed, is
 * simply fetched again. For a link to the English page (`lang=en`) the English texts' chunk is
 * preloaded as well.
 *
 * Only in a build: the files' hashed names are known from the bundle. Nothing here reads
 * src/lib but the default topic's name (vite.config.ts imports this file): the codebook is read
 * from the bundle as JSON.
 */

import type { Plugin } from 'vite';
import { DEFAULT_TOPIC } from '../lib/view/default-topic.ts';

interface Asset {
  type: 'asset';
  fileName: string;
  originalFileNames?: readonly string[];
  source: string | Uint8Array;
}

function assets(bundle: Record<string, { type: string }>): Asset[] {
  return Object.values(bundle).filter((f): f is Asset => f.type === 'asset');
}

/** The asset made from a source file whose path ends with `suffix`. */
function made(list: Asset[], test: (original: string) => boolean): Asset | undefined {
  return list.find((a) => (a.originalFileNames ?? []).some((o) => test(o.replaceAll('\\', '/'))));
}

/** The script: small, plain, and run before anything else on the page. */
function script(files: {
  codebook: string;
  results: Record<string, string>;
  topicOf: Record<string, string>;
  /**
   * The items a view is split by without DuckDB (the explorer's `by`, `by2`): the rest need it.
   * A parameter given twice counts with its last value, as the app reads it (view/state.ts).
   */
  dimensions: string[];
  /** The topic of a link that names none. */
  first: string;
  /** The trainee counts, with which the page weighs a weighted view before DuckDB is ready. */
  population: string | null;
  english: string | null;
  /** DuckDB's start and its JavaScript, for a link that needs DuckDB at once. */
  engine: string | null;
  duckdb: string | null;
}): string {
  return `(function(){try{var f=${JSON.stringify(files)};var e=window.__djsEarly=new Map();
var get=function(u){var h=new URL(u,document.baseURI).href,r=fetch(h);r.catch(function(){});e.set(h,r);};
var p=new URLSearchParams(location.search),g=function(k){return p.getAll(k).pop();};get(f.codebook);if(f.population)get(f.population);
var v=g('view'),s=g('present'),t=v==='explore'?[f.topicOf[g('q')]]:s?s.split(',').map(function(i){return f.topicOf[i]||i;}):v?[]:[g('topic')||f.first];
t.forEach(function(x,i){if(x&&f.results[x]&&t.indexOf(x)===i)get(f.results[x]);});
var pre=function(u){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=u;document.head.appendChild(l);};
if(f.english&&g('lang')==='en')pre(f.english);
var n=(v==='explore'&&[g('by'),g('by2')].some(function(q){return q&&f.topicOf[q]&&f.dimensions.indexOf(q)<0;}))||t.some(function(x){return x&&!f.results[x];});
if(f.engine&&n){window.__djsEngine=true;if(f.duckdb)pre(f.duckdb);import(f.engine).catch(function(){});}
}catch(x){}})();`;
}

export function earlyFetch(): Plugin {
  return {
    name: 'djs-early-fetch',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const list = assets(ctx.bundle as Record<string, { type: string }>);
        const codebook = made(list, (o) => o.endsWith('data/codebook.json'));
        if (!codebook) return html;
        const text =
          typeof codebook.source === 'string'
            ? codebook.source
            : new TextDecoder().decode(codebook.source);
        const { items, topics } = JSON.parse(text) as {
          items?: { id: string; topic?: string; type?: string }[];
          topics?: { id: string }[];
        };
        const topicOf = Object.fromEntries(
          (items ?? []).filter((i) => i.topic).map((i) => [i.id, i.topic!]),
        );
        const results: Record<string, string> = {};
        for (const asset of list)
          for (const original of asset.originalFileNames ?? []) {
            const m = /generated\/results-(.+)\.json$/.exec(original.replaceAll('\\', '/'));
            if (m) results[m[1]!] = `./${asset.fileName}`;
          }
        const chunkOf = (source: string) =>
          Object.values(ctx.bundle!).find(
            (f) =>
              f.type === 'chunk' &&
              f.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(source)),
          );
        // The English texts, a chunk the app imports at once for a link to the English page
        // (src/app/App.svelte): preloaded for such a link only, never for a Dutch one.
        const english = chunkOf('src/lib/i18n/messages.en.ts');
        // DuckDB started by importing its start (src/app/engine-start.ts), whose JavaScript (the
        // chunk of src/lib/db/browser.ts, with Arrow) is preloaded beside it, on a link that
        // needs it at once.
        const engine = chunkOf('src/app/engine-start.ts');
        const duckdb = chunkOf('src/lib/db/browser.ts');
        const population = made(list, (o) => o.endsWith('data/population.json'));
        const files = {
          codebook: `./${codebook.fileName}`,
          population: population ? `./${population.fileName}` : null,
          results,
          topicOf,
          dimensions: (items ?? []).filter((i) => i.type === 'dimension').map((i) => i.id),
          first: topics?.some((t) => t.id === DEFAULT_TOPIC)
            ? DEFAULT_TOPIC
            : (topics?.[0]?.id ?? ''),
          english: english ? `./${english.fileName}` : null,
          engine: engine ? `./${engine.fileName}` : null,
          duckdb: duckdb ? `./${duckdb.fileName}` : null,
        };
        // Right after the charset (which must come within the first 1024 bytes), before any
        // stylesheet: an inline script after one would wait for it.
        const tag = `<script>${script(files)}</script>`;
        const charset = /<meta charset[^>]*>/i.exec(html);
        if (!charset) return html.replace(/<head>/i, `<head>${tag}`);
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
      },
    },
  };
}
