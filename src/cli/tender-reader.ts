// How lint and explain read a tender PDF: the extractor processes check uses for bundles, OCR included
// (tesseract runs in them, never in the CLI process). Workers start only if a PDF is read.
import type { Reader } from '../documents/bundle.js';
import { ExtractorPool } from './pool.js';

export async function withTenderReader<T>(ocr: boolean, run: (reader: Pick<Reader, 'extract' | 'ocr'>) => Promise<T>): Promise<T> {
  const pool = new ExtractorPool(2);
  try {
    return await run({ extract: (bytes) => pool.extract(bytes, ocr), ...(ocr ? { ocr: (image: Uint8Array) => pool.ocr(image) } : {}) });
  } finally {
    pool.close();
  }
}
