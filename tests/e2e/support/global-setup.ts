import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { writePrecomputed } from '../../../src/build/precompute';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

let server: Server | undefined;

/**
 * Builds the site as `npm run build` does and serves it under a sub-path on 127.0.0.1. The build
 * goes to a fresh temporary folder, so that runs side by side (or a dist/ being previewed) never
 * serve each other's files.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../../..');
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'djs-e2e-site-'));
  // The step `npm run build` runs before `vite build` (nothing when it is up to date).
  await writePrecomputed();
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const served = await serveStatic(outDir, '/djs/dashboard/');
  server = served.server;
  project.provide('siteUrl', served.url);
  return async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
  };
}
