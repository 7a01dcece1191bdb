// `--extractor poppler`: poppler's pdftotext as the PDF reader. Where it is installed, every fixture bundle
// must come out as with pdf.js (the same types, fields, statuses and verdicts), broken files must get the same
// problems, and the report must say which reader was used. Where it is not, asking for it is a plain error.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractWithPoppler } from '../../src/documents/poppler.js';
import { fixture, runCli, type JsonReport } from './run-cli.js';

const TENDER = fixture('tenders', '2019-10-barang-komputer.yaml');
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** What a report decided and read, without the reader's own name and words. */
function decided(report: JsonReport) {
  return report.bundles.map((b) => ({
    bundle: path.basename(b.path),
    verdict: b.verdict,
    bidder: b.bidder,
    statuses: b.requirements.map((r) => [r.id, r.status]),
    documents: b.documents.map((d) => ({ file: d.file, type: d.docType, pages: d.pages, fields: d.fields.map((f) => [f.name, f.value]), problems: d.problems.map((p) => p.code) })),
  }));
}

async function checkWith(extractor: string, dir: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; report: JsonReport }> {
  const r = await runCli(['check', TENDER, dir, '--format', 'json', '--extractor', extractor], { env });
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

function lockedPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ userPassword: 'rahasia', ownerPassword: 'pemilik', pdfVersion: '1.7' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('NOMOR INDUK BERUSAHA (NIB) 8120114180194');
    doc.end();
  });
}

describe('--extractor poppler', () => {
  it.skipIf(!hasPoppler)('reads all eleven fixture bundles to the same types, fields, statuses and verdicts as pdf.js, and says so in the report', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-poppler-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const pdfjs = await checkWith('pdfjs', fixture('bundles'), env);
    const poppler = await checkWith('poppler', fixture('bundles'), env);
    expect(poppler.code).toBe(pdfjs.code);
    expect(decided(poppler.report)).toEqual(decided(pdfjs.report));
    expect(pdfjs.report.tool).toMatchObject({ extractor: expect.stringMatching(/^pdf\.js /) });
    expect(poppler.report.tool).toMatchObject({ extractor: expect.stringMatching(/^poppler pdftotext \d/) });
    // Each reader's text is cached apart: a cached pdf.js text is never passed off as poppler's.
    expect(readdirSync(path.join(cache, 'documents')).sort()).toEqual([expect.stringMatching(/^pdf-parse/), expect.stringMatching(/^poppler-/)]);
    const minutes = await runCli(['check', TENDER, fixture('bundles', 'pt-lengkap'), '--format', 'markdown', '--extractor', 'poppler'], { env });
    expect(minutes.stdout).toMatch(/Pembaca Teks PDF \| poppler pdftotext \d/);
  });

  it.skipIf(!hasPoppler)('an encrypted PDF, a broken one and a file that is not a PDF get the same problems as with pdf.js', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kualifikasi-poppler-')), 'pt');
    cpSync(fixture('bundles', 'pt-pdf-rusak'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'nib-terkunci.pdf'), await lockedPdf());
    const pdfjs = await checkWith('pdfjs', dir, { KUALIFIKASI_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'kualifikasi-poppler-')) });
    const poppler = await checkWith('poppler', dir, { KUALIFIKASI_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'kualifikasi-poppler-')) });
    expect(decided(poppler.report)).toEqual(decided(pdfjs.report));
    const problems = Object.fromEntries(poppler.report.bundles[0]?.documents.filter((d) => d.problems.length > 0).map((d) => [d.file, d.problems.map((p) => p.code)]) ?? []);
    expect(problems).toMatchObject({ '06-akta-pendirian.pdf': ['unparseable'], 'catatan-penawaran.pdf': ['not_pdf'], 'nib-terkunci.pdf': ['encrypted'] });
  });

  it.skipIf(!hasPoppler)('a document past the time limit is stopped and reported as a timeout', async () => {
    const doc = await extractWithPoppler(readFileSync(fixture('bundles', 'pt-lengkap', '01-nib.pdf')), { timeoutMs: 1, maxRssMb: 1024 });
    expect(doc).toMatchObject({ ok: false, problem: { code: 'timeout' } });
  });

  it('without pdftotext installed: one paragraph in the chosen language, exit code 2, nothing read', async () => {
    const env = { PATH: mkdtempSync(path.join(tmpdir(), 'kualifikasi-empty-path-')) };
    const id = await runCli(['check', TENDER, fixture('bundles', 'pt-lengkap'), '--extractor', 'poppler'], { env });
    expect(id.code).toBe(2);
    expect(id.stdout).toBe('');
    expect(id.stderr).toMatch(/poppler \(pdftotext\) tidak terpasang[\s\S]*apt install poppler-utils/);
    expect(id.stderr).not.toMatch(/\n\s+at /);
    const en = await runCli(['inspect', fixture('bundles', 'pt-lengkap'), '--extractor', 'poppler', '--lang', 'en'], { env });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/pdftotext\) is not installed/);
  });
});
