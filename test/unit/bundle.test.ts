// Reading a bundle whose files misbehave while it is read: each becomes a problem on that file only.
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/documents/bundle.js';
import type { BundleSource } from '../../src/documents/sources.js';
import { loadRuleset } from '../../src/rules/load.js';

describe('files that vanish or become unreadable during the run', () => {
  it('are reported as unreadable, and the other files are still read', async () => {
    const ruleset = await loadRuleset();
    const error = (code: string) => Object.assign(new Error(code), { code });
    const source: BundleSource = {
      path: 'b',
      refused: [],
      files: [
        { rel: 'hilang.pdf', read: () => Promise.reject(error('ENOENT')) },
        { rel: 'terkunci.pdf', read: () => Promise.reject(error('EACCES')) },
        { rel: 'catatan.pdf', read: async () => new TextEncoder().encode('bukan PDF') },
      ],
    };
    const bundle = await readBundle(source, ruleset);
    expect(bundle.documents.map((d) => [d.file, d.problems])).toEqual([
      ['hilang.pdf', [{ code: 'unreadable_file', detail: 'ENOENT' }]],
      ['terkunci.pdf', [{ code: 'unreadable_file', detail: 'EACCES' }]],
      ['catatan.pdf', [{ code: 'not_pdf' }]],
    ]);
  });
});
