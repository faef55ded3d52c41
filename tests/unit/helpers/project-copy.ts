import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './data';

/**
 * A throw-away copy of the project in which `npm run build` or a CLI can run on edited data: its
 * data/ and package.json are copied (edit them freely), the rest is linked to the real project.
 */
export function projectCopy(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const name of ['src', 'public', 'node_modules', 'vite.config.ts', 'tsconfig.json'])
    symlinkSync(path.join(root, name), path.join(dir, name));
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  cpSync(path.join(root, 'data'), path.join(dir, 'data'), { recursive: true });
  return dir;
}
