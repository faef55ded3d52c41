import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Opening duckdb-wasm's node bundle takes about a second; loading both waves a few more.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
