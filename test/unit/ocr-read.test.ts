// Pages without a text layer read by OCR: how OCR results become page texts and problems, and what a
// missing model does. The engine itself is replaced by a stub here; test/e2e/ocr.test.ts runs the real one.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { type BundleDocument, readText } from '../../src/documents/bundle.js';
import type { Extraction } from '../../src/documents/extract.js';
import type { OcrResult } from '../../src/documents/ocr.js';
import { inspectText } from '../../src/report/formatters/inspect-text.js';
import { loadRuleset } from '../../src/rules/load.js';

const TEXT = 'NOMOR INDUK BERUSAHA (NIB) 8120114180194 dan seterusnya';
const image = (page: number) => ({ page, data: new Uint8Array([page]) });
/** An OCR stub answering per page (the page number is the image's only byte). */
const ocrBy = (answers: Record<number, OcrResult>) => async (img: Uint8Array) => answers[img[0] as number] as OcrResult;
const read = (text: string, confidence = 90): OcrResult => ({ ok: true, text, confidence, lines: [{ text, confidence, words: [] }] });

describe('readText', () => {
  it('puts OCR text on the pages without a text layer and keeps the others, recording each OCR page and its confidence', async () => {
    const extraction: Extraction = { ok: true, pages: [TEXT, '', ''], images: [image(2), image(3)] };
    const r = await readText(new Uint8Array(), {
      extract: async () => extraction,
      ocr: ocrBy({ 2: read('KARTU TANDA PENDUDUK\nNIK : 3578106908870014', 91), 3: read('Lampiran   KBLI 62019', 84) }),
    });
    expect(r).toEqual({
      ok: true,
      pages: [TEXT, 'KARTU TANDA PENDUDUK\nNIK : 3578106908870014', 'Lampiran KBLI 62019'],
      ocr: [
        { page: 2, confidence: 91, lines: [{ text: 'KARTU TANDA PENDUDUK\nNIK : 3578106908870014', confidence: 91, words: [] }] },
        { page: 3, confidence: 84, lines: [{ text: 'Lampiran   KBLI 62019', confidence: 84, words: [] }] },
      ],
    });
  });

  it('a page OCR could not read is reported with its page and the rest is kept; such a result is never cached', async () => {
    const extraction: Extraction = { ok: true, pages: [TEXT, ''], images: [image(2)] };
    const r = await readText(new Uint8Array(), {
      extract: async () => extraction,
      ocr: ocrBy({ 2: { ok: false, problem: { code: 'timeout', detail: 'OCR 30 s' } } }),
    });
    expect(r).toEqual({ ok: true, pages: [TEXT, ''], ocrProblems: [{ code: 'timeout', detail: 'OCR p. 2: OCR 30 s' }] });
  });

  it('a scan OCR cannot read at all is the OCR problem; one where OCR finds no text has no text layer', async () => {
    const scan: Extraction = { ok: true, pages: [''], images: [image(1)] };
    const missing = { ok: false, problem: { code: 'ocr_failed', detail: 'OCR model not found: /x/ind.traineddata.gz' } } as const;
    expect(await readText(new Uint8Array(), { extract: async () => scan, ocr: ocrBy({ 1: missing }) })).toEqual({
      ok: false,
      problem: { code: 'ocr_failed', detail: 'OCR p. 1: OCR model not found: /x/ind.traineddata.gz' },
      pages: 1,
    });
    expect(await readText(new Uint8Array(), { extract: async () => scan, ocr: ocrBy({ 1: read(' | . ', 12) }) })).toEqual({
      ok: false,
      problem: { code: 'no_text_layer', detail: 'OCR found no text' },
      pages: 1,
    });
  });

  it('keeps a short text layer (a stamp) when OCR reads less than it', async () => {
    const extraction: Extraction = { ok: true, pages: [TEXT, 'Dipindai dengan CamScanner'], images: [image(2)] };
    const r = await readText(new Uint8Array(), { extract: async () => extraction, ocr: ocrBy({ 2: read('Dipindai', 70) }) });
    expect(r).toEqual({ ok: true, pages: [TEXT, 'Dipindai dengan CamScanner'] });
  });
});

describe('the OCR engine without its model', () => {
  it('reports the missing model file as ocr_failed, naming it, without starting tesseract', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-no-model-'));
    process.env.KUALIFIKASI_OCR_MODEL_DIR = dir;
    try {
      const { recognisePage } = await import('../../src/documents/ocr.js');
      expect(await recognisePage(new Uint8Array([1, 2, 3]))).toEqual({
        ok: false,
        problem: { code: 'ocr_failed', detail: `OCR model not found: ${path.join(dir, 'ind.traineddata.gz')}` },
      });
    } finally {
      delete process.env.KUALIFIKASI_OCR_MODEL_DIR;
    }
  });
});

describe('tsvLines', () => {
  it("groups tesseract's TSV words into lines, each with the mean confidence of its words", async () => {
    const { tsvLines } = await import('../../src/documents/ocr.js');
    const tsv = [
      '1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t',
      '4\t1\t1\t1\t1\t0\t428\t116\t386\t17\t-1\t',
      '5\t1\t1\t1\t1\t1\t428\t116\t139\t16\t93.29\tNIK',
      '5\t1\t1\t1\t1\t2\t576\t116\t10\t17\t80.1\t:',
      '5\t1\t1\t1\t1\t3\t694\t116\t120\t17\t91.0\t3578106908870014',
      '5\t1\t1\t1\t2\t1\t341\t142\t107\t17\t52.4\tNama',
      '5\t1\t1\t1\t2\t2\t341\t142\t107\t17\t95\t ',
    ].join('\n');
    expect(tsvLines(tsv)).toEqual([
      {
        text: 'NIK : 3578106908870014',
        confidence: 88,
        words: [
          { text: 'NIK', confidence: 93 },
          { text: ':', confidence: 80 },
          { text: '3578106908870014', confidence: 91 },
        ],
      },
      { text: 'Nama', confidence: 52, words: [{ text: 'Nama', confidence: 52 }] },
    ]);
  });
});

describe('the OCR engine and its time limit', () => {
  it('stops a page past its time limit, while the engine starts or while it reads (timeout, engine terminated); the next page gets a new engine that reads it', async () => {
    const { extractPdf } = await import('../../src/documents/extract.js');
    const { recognisePage } = await import('../../src/documents/ocr.js');
    const scan = await extractPdf(readFileSync(new URL('../../fixtures/bundles/pt-ktp-scan/07-ktp-direktur.pdf', import.meta.url)), {
      pageImages: true,
    });
    const image = scan.ok ? scan.images?.[0]?.data : undefined;
    expect(image?.length).toBeGreaterThan(1000);
    expect(await recognisePage(image as Uint8Array, 1)).toEqual({ ok: false, problem: { code: 'timeout', detail: 'OCR 0.001 s' } });
    const read = await recognisePage(image as Uint8Array, 60_000);
    expect(read.ok && read.text).toContain('3578106908870014');
    // Past the limit in the middle of a page (the engine running), then a page read by the next engine.
    expect(await recognisePage(image as Uint8Array, 50)).toEqual({ ok: false, problem: { code: 'timeout', detail: 'OCR 0.05 s' } });
    const again = await recognisePage(image as Uint8Array, 60_000);
    expect(again.ok && again.confidence).toBeGreaterThan(75);
  }, 120_000);
});

describe('inspect', () => {
  it('says per page whether the text came from the PDF or from OCR, with the confidence', async () => {
    const ruleset = await loadRuleset();
    const d: BundleDocument = {
      file: 'akta.pdf',
      sha256: null,
      bytes: 1,
      pages: 5,
      docType: null,
      classification: { docType: null, ambiguous: false, candidates: [] },
      fields: [],
      problems: [],
      ocr: [
        { page: 3, confidence: 88, lines: [] },
        { page: 4, confidence: 79, lines: [] },
      ],
    };
    const c = new Chalk({ level: 0 });
    expect(inspectText([d], ruleset, 'id', c)).toContain(
      '  Teks: hlm. 1-2 lapisan teks PDF; hlm. 3 OCR, keyakinan 88%; hlm. 4 OCR, keyakinan 79%; hlm. 5 lapisan teks PDF\n',
    );
    expect(inspectText([d], ruleset, 'en', c)).toContain(
      '  Text: p. 1-2 PDF text layer; p. 3 OCR, confidence 88%; p. 4 OCR, confidence 79%; p. 5 PDF text layer\n',
    );
  });
});
