import { describe, expect, it } from 'vitest';
import {
  MAX_UPLOAD_MB,
  hasContent,
  megabytes,
  readFailure,
  sizeProblem,
} from '../../src/app/upload/file-size';
import { message, translate } from '../../src/lib/i18n/translate';

const MB = 1024 * 1024;

describe('the upload’s size limit', () => {
  it('reads a file up to the limit, to the byte', () => {
    expect(sizeProblem({ name: 'a.csv', size: 0 })).toBeNull();
    expect(sizeProblem({ name: 'a.csv', size: 50 * MB })).toBeNull();
    expect(sizeProblem({ name: 'a.csv', size: MAX_UPLOAD_MB * MB })).toBeNull();
    expect(sizeProblem({ name: 'a.csv', size: MAX_UPLOAD_MB * MB + 1 })).not.toBeNull();
  });

  it('says how big the file is, what the limit is and what to do instead, in both languages', () => {
    const problem = sizeProblem({ name: 'export.csv', size: 600 * MB })!;
    expect(translate('nl', problem)).toBe(
      `export.csv is 600 MB; de upload leest bestanden tot ${MAX_UPLOAD_MB} MB. Exporteer alleen de kolommen van de enquête, of gebruik “npm run release” op de computer.`,
    );
    expect(translate('en', problem)).toBe(
      `export.csv is 600 MB; the upload reads files up to ${MAX_UPLOAD_MB} MB. Export only the survey’s columns, or use “npm run release” on the computer.`,
    );
    // Never "empty": the word is in neither language.
    expect(translate('nl', problem)).not.toMatch(/leeg/i);
    expect(translate('en', problem)).not.toMatch(/empty/i);
  });

  it('never says a file just over the limit is as big as the limit', () => {
    const problem = sizeProblem({ name: 'x.csv', size: MAX_UPLOAD_MB * MB + 1 })!;
    expect(translate('en', problem)).toContain(`x.csv is ${MAX_UPLOAD_MB}.1 MB`);
    expect(translate('nl', problem)).toContain(`x.csv is ${MAX_UPLOAD_MB},1 MB`);
  });

  it('takes another limit', () => {
    expect(sizeProblem({ name: 'x.csv', size: 2 * MB }, 1)).not.toBeNull();
    expect(sizeProblem({ name: 'x.csv', size: MB }, 1)).toBeNull();
  });

  it('writes sizes in whole MB, or one decimal below 10 MB', () => {
    expect(megabytes(612.4 * MB)).toBe(612);
    expect(megabytes(0.34 * MB)).toBe(0.3);
    expect(megabytes(9.96 * MB)).toBe(10);
  });
});

describe('a file that could not be read', () => {
  it('is named, with its size and the reason, never called empty', () => {
    const failure = readFailure('groot.csv', 300 * MB, 'Array buffer allocation failed');
    expect(translate('nl', failure)).toBe(
      'groot.csv (300 MB) kon niet worden gelezen: Array buffer allocation failed',
    );
    expect(translate('en', readFailure('groot.csv', 300 * MB, message('upload.noText')))).toBe(
      'groot.csv (300 MB) could not be read: the browser got no text out of it (too big to read at once?)',
    );
  });

  it('is told from a blank file by its bytes', () => {
    const bytes = (...b: number[]) => Uint8Array.from(b);
    expect(hasContent(bytes())).toBe(false);
    expect(hasContent(bytes(0x20, 0x0d, 0x0a, 0x09))).toBe(false);
    expect(hasContent(bytes(0xef, 0xbb, 0xbf, 0x0a))).toBe(false);
    expect(hasContent(bytes(0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00))).toBe(false);
    expect(hasContent(new TextEncoder().encode('\n\nspecialty,hospital_type\n'))).toBe(true);
    expect(hasContent(bytes(0xfe, 0xff, 0x00, 0x61))).toBe(true);
  });
});
