import type { Server } from 'node:http';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

let server: Server | undefined;

/** Builds the site as `npm run build` does and serves dist/ under a sub-path on 127.0.0.1. */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../../..');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  const served = await serveStatic(path.join(root, 'dist'), '/djs/dashboard/');
  server = served.server;
  project.provide('siteUrl', served.url);
  return async () => {
    await new Promise((resolve) => server?.close(resolve));
  };
}
