// OCR of one page image with tesseract.js and the Indonesian LSTM model shipped on npm. Runs inside an
// extractor process (cli/extract-worker.ts): one tesseract worker per process, made on first use and kept.
// Nothing is fetched: the model is read from its package, and tesseract's own cache is off.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocumentProblem } from './extract.js';

/** Engine and model: part of the cache key of OCR'd text. */
export const OCR_ENGINE = 'tesseract.js-7/ind-4.0.0_best_int';

export interface OcrWord {
  text: string;
  /** 0-100, tesseract's confidence in the word. */
  confidence: number;
}

export interface OcrLine {
  text: string;
  /** 0-100, the mean confidence of the line's words. */
  confidence: number;
  words: OcrWord[];
}

export type OcrResult = { ok: true; text: string; confidence: number; lines: OcrLine[] } | { ok: false; problem: DocumentProblem };

export const OCR_PAGE_TIMEOUT_MS = Number(process.env.KUALIFIKASI_OCR_TIMEOUT_MS) || 30_000;
const MODEL_FILE = 'ind.traineddata.gz';

/** The folder holding the model (KUALIFIKASI_OCR_MODEL_DIR overrides it, for tests and offline installs). */
export function modelDir(): string {
  const override = process.env.KUALIFIKASI_OCR_MODEL_DIR;
  if (override) return override;
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('@tesseract.js-data/ind/package.json')), '4.0.0_best_int');
  } catch {
    return path.join('node_modules', '@tesseract.js-data', 'ind', '4.0.0_best_int');
  }
}

type Engine = import('tesseract.js').Worker;
let engine: Promise<Engine> | undefined;

/** Reads the text of one page image, within `timeoutMs`; a page past it stops its engine, the next page makes a new one. */
export async function recognisePage(image: Uint8Array, timeoutMs: number = OCR_PAGE_TIMEOUT_MS): Promise<OcrResult> {
  // Without its model file tesseract.js crashes the process or never resolves: check first.
  const model = path.join(modelDir(), MODEL_FILE);
  if (!existsSync(model)) return { ok: false, problem: { code: 'ocr_failed', detail: `OCR model not found: ${model}` } };
  let timer: NodeJS.Timeout | undefined;
  const started = engine ?? startEngine();
  engine = started;
  let timedOut = false;
  try {
    // A page whose time ran out while the engine was starting is never sent to it: it is being stopped.
    const work = started.then((w) =>
      timedOut ? Promise.reject(new Error('stopped')) : w.recognize(Buffer.from(image), {}, { text: true, tsv: true }),
    );
    const result = await Promise.race([
      work,
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => {
          timedOut = true;
          resolve('timeout');
        }, timeoutMs);
      }),
    ]);
    if (result === 'timeout') {
      work.catch(() => undefined);
      await stopEngine(started);
      return { ok: false, problem: { code: 'timeout', detail: `OCR ${timeoutMs / 1000} s` } };
    }
    return { ok: true, text: result.data.text, confidence: Math.round(result.data.confidence), lines: tsvLines(result.data.tsv ?? '') };
  } catch (e) {
    await stopEngine(started);
    return { ok: false, problem: { code: 'ocr_failed', detail: String((e as Error)?.message ?? e).split('\n')[0] } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the engine ahead of the first page (a document with scanned pages was just found), so that its
 * start overlaps the page images being made and sent. Without the model it does nothing: the page reports it.
 */
export function prepareEngine(): void {
  if (engine || !existsSync(path.join(modelDir(), MODEL_FILE))) return;
  const started = startEngine();
  started.catch(() => undefined);
  engine = started;
}

/**
 * Lines and their confidence (the mean of their words') from tesseract's TSV output: a string, where the
 * `blocks` output is a tree of objects down to each symbol, which costs the engine's thread memory per page.
 * Columns: level, page, block, paragraph, line, word, left, top, width, height, confidence, text.
 */
export function tsvLines(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrWord[]>();
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    const text = cells[11]?.trim();
    if (cells[0] !== '5' || !text) continue;
    const key = cells.slice(2, 5).join('.');
    lines.set(key, [...(lines.get(key) ?? []), { text, confidence: Math.round(Number(cells[10])) }]);
  }
  return [...lines.values()].map((words) => ({
    text: words.map((w) => w.text).join(' '),
    confidence: Math.round(words.reduce((n, w) => n + w.confidence, 0) / words.length),
    words,
  }));
}

async function startEngine(): Promise<Engine> {
  const { createWorker, OEM } = await import('tesseract.js');
  // An errorHandler keeps a worker error from crashing the process; the error still rejects the job.
  return createWorker('ind', OEM.LSTM_ONLY, { langPath: modelDir(), gzip: true, cacheMethod: 'none', errorHandler: () => undefined });
}

async function stopEngine(started: Promise<Engine>): Promise<void> {
  if (engine === started) engine = undefined;
  await started
    .then(
      (w) => w.terminate(),
      () => undefined,
    )
    .catch(() => undefined);
}
