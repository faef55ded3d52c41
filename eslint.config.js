import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/*
 * The layers of src/, lowest first (README, "How it works"). A folder may import from itself and
 * from the folders of lower layers, never from another folder of its own layer or from above.
 * The order follows the real dependencies, not the order in which data flow at run time:
 * - stats is pure arithmetic on counts and sums and imports nothing, so it sits at the base:
 *   loading (data/population.ts) computes the post-stratification weights with it.
 * - format writes numbers (and stats' Estimate) and i18n words in the reader's language; data
 *   (file problems), view (URL notices) and upload keep i18n messages, so both sit below them.
 * - db (the engine and its SQL quoting, db/sql.ts) is below data: loading a wave runs SQL on the
 *   engine, and query builds its SQL on the tables data makes (data/schema.ts).
 * - view is the URL's state and the default view's stored figures: it reads figures, not back.
 * - report writes one specialty's report (its figures and sentences) from figures, for the app
 *   and for the decks export makes.
 * - demo makes a released (privacy) demo file; upload releases an own file (privacy) and writes
 *   it as CSV (demo). export, metrics and notebook are used only by app and cli.
 * - app is the Svelte site; cli and build (run by npm scripts) are on top and may use all of it.
 * Every folder of src/lib must be in a layer: the config refuses to load otherwise.
 */
const LAYERS = [
  ['lib/codebook'],
  ['lib/stats'],
  ['lib/format'],
  ['lib/i18n'],
  ['lib/db'],
  ['lib/data'],
  ['lib/query'],
  ['lib/privacy'],
  ['lib/figures'],
  ['lib/view', 'lib/demo', 'lib/report'],
  ['lib/export', 'lib/metrics', 'lib/notebook', 'lib/upload'],
  ['app'],
  ['cli', 'build'],
];

/** src/lib runs in the browser, vitest and the CLI: no Svelte (DESIGN.md). */
const NO_SVELTE = {
  group: ['svelte', 'svelte/*', '*.svelte'],
  message: 'src/lib has no Svelte: it runs in the browser, vitest and the CLI.',
};

/** One no-restricted-imports block per folder: everything of its own layer and above is out. */
function layerRules() {
  const placed = LAYERS.flat();
  const missing = readdirSync(new URL('src/lib', import.meta.url), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !placed.includes(`lib/${e.name}`))
    .map((e) => `src/lib/${e.name}`);
  if (missing.length > 0)
    throw new Error(`eslint.config.js: put ${missing.join(', ')} in a layer of LAYERS`);
  const name = (folder) => folder.replace(/^lib\//, '');
  return LAYERS.flatMap((layer, i) => {
    const above = LAYERS.slice(i).flat();
    return layer.map((folder) => {
      const banned = above.filter((f) => f !== folder).map(name);
      return {
        files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.svelte`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                ...(folder.startsWith('lib/') ? [NO_SVELTE] : []),
                {
                  // Relative specifiers only: '../figures/x', '../../lib/view/x', '../../app/x'.
                  regex: `^(\\.\\./)+(src/)?(lib/)?(${banned.join('|')})(/|$)`,
                  caseSensitive: true,
                  message: `src/${folder} may import only from its own folder and from lower layers (LAYERS in eslint.config.js).`,
                },
              ],
            },
          ],
        },
      };
    });
  });
}

export default ts.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/'] },
  js.configs.recommended,
  ...ts.configs.strict,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // noUncheckedIndexedAccess makes every index access optional; `!` marks the ones we checked.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // src/lib runs in the browser, vitest and the CLI: no DOM, no Svelte (DESIGN.md).
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/db/browser.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  ...layerRules(),
);
