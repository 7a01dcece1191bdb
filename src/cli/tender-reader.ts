// How lint and explain read a tender PDF: the extractor processes check uses for bundles, OCR included
// (tesseract runs in them, never in the CLI process). The pool is loaded and started only if a PDF is read,
// so a YAML or text tender starts nothing.
import type { Reader } from '../documents/bundle.js';
import type { ExtractorPool } from './pool.js';

export async function withTenderReader<T>(ocr: boolean, run: (reader: Pick<Reader, 'extract' | 'ocr'>) => Promise<T>): Promise<T> {
  let pool: ExtractorPool | undefined;
  const started = async () => {
    pool ??= new (await import('./pool.js')).ExtractorPool(2);
    return pool;
  };
  try {
    return await run(poolReader(started, ocr));
  } finally {
    pool?.close();
  }
}

/** A tender PDF read by the pool's extractors, with OCR unless turned off. */
export function poolReader(pool: () => ExtractorPool | Promise<ExtractorPool>, ocr: boolean): Pick<Reader, 'extract' | 'ocr'> {
  return {
    extract: async (bytes) => (await pool()).extract(bytes, ocr),
    ...(ocr ? { ocr: async (image: Uint8Array) => (await pool()).ocr(image) } : {}),
  };
}
