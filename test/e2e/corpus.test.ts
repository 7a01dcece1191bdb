// Recognition over the corpus of seven producers (six printers and an OCR'd scan) (fixtures/corpus, rebuilt by `npm run accuracy -- --build`):
// every document recognised as its type, every expected field read, through the real `inspect` command.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const CORPUS = fixture('corpus');
const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<string, { type: string; fields: Record<string, string> }>;
const producers = readdirSync(CORPUS).filter((f) => !f.endsWith('.json')).sort();

describe('recognition corpus', () => {
  it('holds seven producers of sixteen documents each, one of them OCR\'d scans', () => {
    expect(producers).toEqual(['chromium-html', 'chromium-typed', 'libreoffice-html', 'libreoffice-typed', 'pdf-lib', 'pdfkit', 'scan-ocr']);
    for (const p of producers) expect(readdirSync(path.join(CORPUS, p)).length).toBe(Object.keys(expected).length);
  });

  it.each(producers)('%s: every document recognised and every expected field read', async (producer) => {
    const r = await runCli(['inspect', path.join(CORPUS, producer), '--format', 'json']);
    expect(r.code).toBe(0);
    const docs = (JSON.parse(r.stdout) as { documents: Array<{ file: string; docType: string | null; fields: Array<{ name: string; value: string | null }> }> }).documents;
    const got = Object.fromEntries(
      docs.map((d) => {
        const want = expected[path.basename(d.file, '.pdf')];
        const fields = Object.fromEntries(Object.keys(want?.fields ?? {}).map((name) => [name, d.fields.find((f) => f.name === name && f.value !== null)?.value ?? null]));
        return [path.basename(d.file, '.pdf'), { type: d.docType, fields }];
      }),
    );
    expect(got).toEqual(expected);
  });
});

function has(tool: string, flag = '--version'): boolean {
  try {
    execFileSync(tool, [flag], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Needs Chromium to print and poppler (pdfinfo, pdftotext) to read the result; skipped where either is absent.
describe.skipIf(!has('chromium') || !has('pdfinfo', '-v'))('HTML evaluation minutes in headless Chromium', () => {
  it('print to A4 PDF with the summary, every bidder and the signature block', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-html-'));
    const html = path.join(dir, 'berita-acara.html');
    const pdf = path.join(dir, 'berita-acara.pdf');
    const r = await runCli(['check', fixture('tenders', '2019-10-barang-komputer.yaml'), fixture('bundles', 'pt-lengkap'), fixture('bundles', 'pt-tanpa-nib'), '--format', 'html', '--output', html]);
    expect(r.code).toBe(1);
    execFileSync('chromium', ['--headless', '--disable-gpu', '--no-sandbox', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'ignore', timeout: 120_000 });
    const info = execFileSync('pdfinfo', [pdf]).toString();
    // A4 is 595 x 842 points.
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('BERITA ACARA EVALUASI KUALIFIKASI');
    expect(text).toContain('PT Sinar Data Nusantara');
    expect(text).toContain('PT Mitra Teknologi Abadi');
    expect(text).toMatch(/Pokja Pemilihan/);
  });
});
