// Content-addressed cache of what reading a PDF produced, in two layers:
// - text: the extracted page texts, keyed by the file's sha256 and the extractor's version. A rules or
//   tender change never needs the PDF parsed again.
// - recognised: the document type, its classification and the fields read, keyed by the file's sha256,
//   the extractor's version, the hash of the document-type rules and the build of the tool. Re-checking
//   with the same document rules (a tender change, another as-of date, another bidder order) reads
//   nothing else. A change to any document rule or to our code gives a new key, so it is never hidden.
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import envPaths from 'env-paths';
import { BUILD_ID } from '../build-id.js';
import type { Classification } from './classify.js';
import type { DocumentProblem, Extraction } from './extract.js';
import type { Field } from './fields.js';

/** Bump when extraction or text normalisation changes what is produced for the same bytes. */
export const EXTRACTOR_VERSION = 'pdf-parse-2.4.5/reading-order-2';

/** What the rules made of a readable document (a BundleDocument without its name, hash and size). */
export interface Recognition {
  pages: number;
  docType: string | null;
  classification: Classification;
  fields: Field[];
  problems: DocumentProblem[];
}

/**
 * Writes are queued and return at once, so a slow disk never holds a document's place in the reading
 * queue (and the extractors idle); `flush` waits for every queued write.
 */
export interface DocumentCache {
  get(sha256: string): Promise<Extraction | undefined>;
  set(sha256: string, extraction: Extraction): void;
  getRecognised(sha256: string, documentRules: string): Promise<Recognition | undefined>;
  setRecognised(sha256: string, documentRules: string, recognition: Recognition): void;
  flush(): Promise<void>;
}

export const NO_CACHE: DocumentCache = {
  get: async () => undefined,
  set: () => undefined,
  getRecognised: async () => undefined,
  setRecognised: () => undefined,
  flush: async () => undefined,
};

export function defaultCacheDir(): string {
  return process.env.KUALIFIKASI_CACHE_DIR || envPaths('kualifikasi', { suffix: '' }).cache;
}

const safe = (s: string) => s.replace(/[^a-z0-9.-]/gi, '_');

/** A directory of JSON files; a broken or unwritable cache only costs speed, never a result. */
export function fileCache(dir: string = defaultCacheDir()): DocumentCache {
  const text = path.join(dir, 'text', safe(EXTRACTOR_VERSION));
  const recognised = (rules: string) => path.join(dir, 'recognised', safe(`${EXTRACTOR_VERSION}-${BUILD_ID}`), rules.slice(0, 16));
  const fileOf = (root: string, sha: string) => path.join(root, sha.slice(0, 2), `${sha}.json`);
  const pending = new Set<Promise<void>>();
  const queue = (file: string, value: unknown) => {
    const write = writeJson(file, value).finally(() => pending.delete(write));
    pending.add(write);
  };
  return {
    async get(sha) {
      const value = await readJson<Extraction>(fileOf(text, sha));
      return typeof value === 'object' && value !== null && 'ok' in value ? value : undefined;
    },
    set(sha, extraction) {
      // A timeout or memory kill may depend on the machine's load: never cache it.
      if (!extraction.ok && (extraction.problem.code === 'timeout' || extraction.problem.code === 'too_large')) return;
      queue(fileOf(text, sha), extraction);
    },
    async getRecognised(sha, rules) {
      const value = await readJson<Recognition>(fileOf(recognised(rules), sha));
      return typeof value === 'object' && value !== null && Array.isArray(value.fields) && Array.isArray(value.problems) ? value : undefined;
    },
    setRecognised(sha, rules, recognition) {
      queue(fileOf(recognised(rules), sha), recognition);
    },
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** Entries are small: one blocking read is cheaper than a round trip through the thread pool per call. */
async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Directories this process has made: one mkdir per directory, not one per entry. */
const made = new Set<string>();

/**
 * Through a temporary file and a rename: a concurrent reader sees the whole entry or none. Asynchronous:
 * creating files costs about a millisecond each on slow disks, which the thread pool hides.
 */
async function writeJson(file: string, value: unknown): Promise<void> {
  try {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, file);
  } catch {
    // Read-only home, full disk: carry on without the cache.
  }
}
