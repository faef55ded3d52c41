import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataFiles } from './data-set';

/** The data files of a directory (the repository's `data/`), for the CLI, the build and tests. */
export function dataDirectory(dir: string): DataFiles {
  return {
    read(name) {
      const file = path.join(dir, name);
      return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
    },
  };
}
