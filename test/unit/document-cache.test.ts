// The content-addressed document cache (src/documents/cache.ts): an entry is parsed with its schema when
// read back, so a damaged or foreign entry is a miss (the PDF is read again), never a wrong document.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCache, type Recognition } from '../../src/documents/cache.js';
import type { Extraction } from '../../src/documents/extract.js';

const SHA = 'ab'.repeat(32);
const RULES = 'cd'.repeat(32);
const extraction: Extraction = { ok: true, pages: ['NOMOR INDUK BERUSAHA\nNIB: 8120000000000'] };
const recognition: Recognition = {
  pages: 1,
  docType: 'nib',
  classification: {
    docType: 'nib',
    ambiguous: false,
    candidates: [
      { docType: 'nib', score: 4, cues: [{ kind: 'title', pattern: 'nomor induk berusaha', page: 1, text: 'NOMOR INDUK BERUSAHA' }] },
    ],
  },
  fields: [{ name: 'nib', value: '8120000000000', raw: '8120000000000', page: 1, snippet: 'NIB: 8120000000000' }],
  problems: [],
};

async function saved(): Promise<{ dir: string; entry: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-doccache-'));
  const cache = fileCache(dir, { ocr: false });
  cache.save(SHA, RULES, extraction, recognition);
  await cache.flush();
  const [rel] = readdirSync(path.join(dir, 'documents'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'));
  return { dir, entry: path.join(dir, 'documents', rel as string) };
}

describe('document cache', () => {
  it('gives back what was saved, text and recognition', async () => {
    const { dir } = await saved();
    expect(await fileCache(dir, { ocr: false }).read(SHA, RULES)).toEqual({ extraction, recognition });
  });

  it('a recognition under other document rules is not used; the text still is', async () => {
    const { dir } = await saved();
    expect(await fileCache(dir, { ocr: false }).read(SHA, 'ef'.repeat(32))).toEqual({ extraction });
  });

  it.each([
    ['cut short', (t: string) => t.slice(0, t.length / 2)],
    ['pages that are not text', (t: string) => t.replace('"pages":["', '"pages":[1,"')],
    [
      'a problem code the tool does not have',
      () => JSON.stringify({ extraction: { ok: false, problem: { code: 'made_up' }, pages: 0 }, recognised: {} }),
    ],
    ['a recognition without its fields', (t: string) => t.replace(/"fields":\[[^\]]*\],/, '')],
  ])('an entry %s is a miss', async (_, damage) => {
    const { dir, entry } = await saved();
    writeFileSync(entry, damage(readFileSync(entry, 'utf8')));
    expect(await fileCache(dir, { ocr: false }).read(SHA, RULES)).toEqual({});
  });
});
