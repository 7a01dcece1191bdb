// Scanned pages read by OCR, through the real CLI: a complete bundle whose NIB, akta and director's KTP are
// 150-dpi scans without a text layer (fixtures/bundles/pt-scan-150). One OCR run only (three pages): the
// default suite stays fast.
// The other cases here never start the OCR engine.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, type JsonReport, networkHook, runCli } from './run-cli.js';

const TENDER = fixture('tenders', '2019-10-barang-komputer.yaml');
const BUNDLE = fixture('bundles', 'pt-scan-150');
const KTP = '07-ktp-direktur.pdf';

type OcrReport = JsonReport & {
  bundles: Array<{
    requirements: Array<{ evidence: Array<{ ocr?: { confidence: number } }> }>;
    documents: Array<{ ocr?: Array<{ page: number; confidence: number }> }>;
  }>;
};

describe('OCR of scanned pages', () => {
  it('passes a complete bundle whose NIB, akta and KTP are 150-dpi scans, the evidence marked as read by OCR, without opening a socket', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-ocr-'));
    const { hook, log } = networkHook(dir);
    // A cache of its own: the page is really read by OCR here, whatever other tests have cached.
    const cache = { KUALIFIKASI_CACHE_DIR: path.join(dir, 'cache') };
    const r = await runCli(['check', TENDER, BUNDLE, '--format', 'json'], { env: { ...cache, NODE_OPTIONS: `--require ${hook}` } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as OcrReport;
    expect(report.bundles[0]?.verdict).toBe('pass');
    const ktp = report.bundles[0]?.requirements.find((q) => q.id === '9');
    expect(ktp?.status).toBe('pass');
    expect(ktp?.evidence[0]).toMatchObject({
      file: KTP,
      page: 1,
      docType: 'ktp',
      value: '3578106908870014',
      ocr: { confidence: expect.any(Number) },
    });
    expect(ktp?.evidence[0]?.ocr?.confidence).toBeGreaterThanOrEqual(75);
    expect(ktp?.reason).toContain('(dibaca dengan OCR, keyakinan ');
    // The scanned NIB gives its number and meets the TDP line; the scanned deed meets the akta line.
    const tdp = report.bundles[0]?.requirements.find((q) => q.id === '2');
    expect(tdp).toMatchObject({
      status: 'pass',
      evidence: [expect.objectContaining({ file: '01-nib.pdf', value: '9120514260183', ocr: expect.any(Object) })],
    });
    const akta = report.bundles[0]?.requirements.find((q) => q.id === '7');
    expect(akta).toMatchObject({
      status: 'pass',
      evidence: [expect.objectContaining({ file: '06-akta-pendirian.pdf', ocr: expect.any(Object) })],
    });
    expect(report.bundles[0]?.documents.find((d) => d.file === KTP)?.ocr).toEqual([{ page: 1, confidence: expect.any(Number) }]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // The hook ran in the CLI, in the extractor processes and in tesseract's worker thread...
    expect(lines.some((l) => /^loaded \d+ thread [1-9]/.test(l))).toBe(true);
    // ...and nothing touched the network.
    expect(lines.filter((l) => !l.startsWith('loaded'))).toEqual([]);

    // Read again from the cache (no OCR): inspect tells where each page's text came from.
    const inspect = await runCli(['inspect', path.join(BUNDLE, KTP), '--lang', 'en'], { env: cache });
    expect(inspect.stdout).toMatch(/ {2}Text: p\. 1 OCR, confidence \d+%\n/);
    const warm = await runCli(['check', TENDER, BUNDLE, '--format', 'json'], { env: cache });
    expect(warm.stdout).toBe(r.stdout);
  });

  it('--no-ocr leaves the scan unread: no text layer, and the KTP requirement is review, not fail', async () => {
    const { code, report } = await checkJson([TENDER, BUNDLE, '--no-ocr']);
    expect(code).toBe(3);
    expect(report.bundles[0]?.documents.find((d) => d.file === KTP)?.problems.map((p) => p.code)).toEqual(['no_text_layer']);
    expect(report.bundles[0]?.requirements.find((q) => q.id === '9')?.status).toBe('review');
  });

  it('without the OCR model the scan is reported in plain words and the run finishes: review, no crash, no stack trace', async () => {
    const env = { KUALIFIKASI_OCR_MODEL_DIR: mkdtempSync(path.join(tmpdir(), 'kualifikasi-no-model-')) };
    const r = await runCli(['check', TENDER, BUNDLE, '--no-cache', '--lang', 'en'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      `${KTP} — not recognised, 1 page(s): a scanned page could not be read by OCR (reader's message: "OCR p. 1: OCR model not found: `,
    );
    expect(r.stdout).toContain(
      'Remedy: Reinstall kualifikasi (`npm install`) so that the OCR model is present, or upload a PDF with a text layer.',
    );
  });
});
