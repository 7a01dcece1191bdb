// Recognition over the corpus of seven producers (six printers and an OCR'd scan) (fixtures/corpus, rebuilt by `npm run accuracy -- --build`):
// every document recognised as its type, every expected field read, through the real `inspect` command.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const CORPUS = fixture('corpus');
const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<
  string,
  { type: string; fields: Record<string, string> }
>;
const producers = readdirSync(CORPUS)
  .filter((f) => !f.endsWith('.json'))
  .sort();

describe('recognition corpus', () => {
  it("holds seven producers of sixteen documents each, one of them OCR'd scans", () => {
    expect(producers).toEqual([
      'chromium-html',
      'chromium-typed',
      'libreoffice-html',
      'libreoffice-typed',
      'pdf-lib',
      'pdfkit',
      'scan-ocr',
    ]);
    for (const p of producers) expect(readdirSync(path.join(CORPUS, p)).length).toBe(Object.keys(expected).length);
  });

  it.each(producers)('%s: every document recognised and every expected field read', async (producer) => {
    const r = await runCli(['inspect', path.join(CORPUS, producer), '--format', 'json']);
    expect(r.code).toBe(0);
    const docs = (
      JSON.parse(r.stdout) as {
        documents: Array<{ file: string; docType: string | null; fields: Array<{ name: string; value: string | null }> }>;
      }
    ).documents;
    const got = Object.fromEntries(
      docs.map((d) => {
        const want = expected[path.basename(d.file, '.pdf')];
        const fields = Object.fromEntries(
          Object.keys(want?.fields ?? {}).map((name) => [name, d.fields.find((f) => f.name === name && f.value !== null)?.value ?? null]),
        );
        return [path.basename(d.file, '.pdf'), { type: d.docType, fields }];
      }),
    );
    expect(got).toEqual(expected);
  });
});
