import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the command being run, not a module a test imports.
 * Compared as real paths: run through a symlinked src/ (the tests' project copies), the
 * command's path and the module's URL differ, and a plain comparison would silently run nothing.
 */
export function invokedAsCommand(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined || !existsSync(entry)) return false;
  return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
}
