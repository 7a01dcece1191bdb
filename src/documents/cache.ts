// Content-addressed cache of extracted page texts: keyed by the file's sha256 and the extractor's version,
// so re-checking after a rule or tender change skips PDF parsing. Rules never touch what is cached
// (classification and fields are recomputed), so a rules change can never be hidden by a stale cache.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import envPaths from 'env-paths';
import type { Extraction } from './extract.js';

/** Bump when extraction or text normalisation changes what is produced for the same bytes. */
export const EXTRACTOR_VERSION = 'pdf-parse-2.4.5/reading-order-2';

export interface TextCache {
  get(sha256: string): Promise<Extraction | undefined>;
  set(sha256: string, extraction: Extraction): Promise<void>;
}

export const NO_CACHE: TextCache = { get: async () => undefined, set: async () => undefined };

export function defaultCacheDir(): string {
  return process.env.KUALIFIKASI_CACHE_DIR || envPaths('kualifikasi', { suffix: '' }).cache;
}

/** A directory of JSON files; a broken or unwritable cache only costs speed, never a result. */
export function fileCache(dir: string = defaultCacheDir()): TextCache {
  const root = path.join(dir, 'text', EXTRACTOR_VERSION.replace(/[^a-z0-9.-]/gi, '_'));
  const fileOf = (sha: string) => path.join(root, sha.slice(0, 2), `${sha}.json`);
  return {
    async get(sha) {
      try {
        const value = JSON.parse(await readFile(fileOf(sha), 'utf8')) as Extraction;
        return typeof value === 'object' && value !== null && 'ok' in value ? value : undefined;
      } catch {
        return undefined;
      }
    },
    async set(sha, extraction) {
      // A timeout or memory kill may depend on the machine's load: never cache it.
      if (!extraction.ok && (extraction.problem.code === 'timeout' || extraction.problem.code === 'too_large')) return;
      try {
        const file = fileOf(sha);
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, JSON.stringify(extraction));
        await rename(tmp, file);
      } catch {
        // Read-only home, full disk: carry on without the cache.
      }
    },
  };
}
