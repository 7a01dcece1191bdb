// Content-addressed cache of what reading a PDF produced: one JSON file per document, keyed by the file's
// sha256 and the extractor's version, holding
// - the extracted page texts: a rules or tender change never needs the PDF parsed again;
// - what the document-type rules recognised in them (type, classification, fields), under the hash of
//   those rules and the build of the tool. A re-check with the same document rules (another tender, another
//   as-of date, more bidders) reruns no recognition; an edited document type or another build gives a new
//   key, so a change is never hidden. The few most recent recognitions are kept.
// One file per document, because creating files is what costs on slow disks.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_ID } from '../build-id.js';
import { defaultCacheDir } from '../cache-dir.js';
import { KualifikasiError } from '../errors/catalogue.js';
import type { Classification } from './classify.js';
import type { DocumentProblem, Extraction, OcrPage } from './extract.js';
import type { Field } from './fields.js';
import { OCR_ENGINE } from './ocr.js';

/** Bump when extraction or text normalisation changes what is produced for the same bytes. */
export const EXTRACTOR_VERSION = 'pdf-parse-2.4.5/reading-order-2';

/** Recognitions kept per document (rule versions and builds tried side by side, e.g. by `rules diff`). */
const KEEP_RECOGNITIONS = 4;

/** What the rules made of a readable document (a BundleDocument without its name, hash and size). */
export interface Recognition {
  pages: number;
  docType: string | null;
  classification: Classification;
  fields: Field[];
  problems: DocumentProblem[];
  ocr?: OcrPage[];
}

export interface Cached {
  extraction?: Extraction;
  /** Present when the same document rules and build recognised this text before. */
  recognition?: Recognition;
}

/**
 * Writes are queued and return at once, so a slow disk never holds a document's place in the reading
 * queue (and the extractors idle); `flush` waits for every queued write.
 */
export interface DocumentCache {
  /** Whether anything was ever read from this file (cheap: no entry is parsed). */
  has(sha256: string): boolean;
  read(sha256: string, documentRules: string): Promise<Cached>;
  save(sha256: string, documentRules: string, extraction: Extraction, recognition?: Recognition): void;
  flush(): Promise<void>;
}

export const NO_CACHE: DocumentCache = { has: () => false, read: async () => ({}), save: () => undefined, flush: async () => undefined };


interface Entry {
  extraction: Extraction;
  recognised: Record<string, Recognition>;
}

/**
 * A directory of JSON files; a broken or unwritable cache only costs speed, never a result. Text read with
 * OCR lives apart, under the OCR engine and model: a scan read without OCR is another result.
 */
export function fileCache(dir: string = defaultCacheDir(), options: { ocr: boolean } = { ocr: true }): DocumentCache {
  const version = options.ocr ? `${EXTRACTOR_VERSION}+${OCR_ENGINE}` : EXTRACTOR_VERSION;
  const root = path.join(dir, 'documents', version.replace(/[^a-z0-9.-]/gi, '_'));
  const fileOf = (sha: string) => path.join(root, sha.slice(0, 2), `${sha}.json`);
  const keyOf = (rules: string) => `${rules.slice(0, 16)}-${BUILD_ID}`;
  /** Recognitions by other rules, read from an entry that is about to be rewritten with a new one. */
  const others = new Map<string, Record<string, Recognition>>();
  const pending = new Set<Promise<void>>();
  return {
    has: (sha) => existsSync(fileOf(sha)),
    async read(sha, rules) {
      const entry = readEntry(fileOf(sha));
      if (!entry) return {};
      const recognition = entry.recognised[keyOf(rules)];
      if (recognition) return { extraction: entry.extraction, recognition };
      // A readable text is recognised and saved next: keep the other recognitions for that save.
      if (entry.extraction.ok) others.set(sha, entry.recognised);
      return { extraction: entry.extraction };
    },
    save(sha, rules, extraction, recognition) {
      // A timeout, a memory kill or an OCR failure may depend on the machine's load or install: never cache it.
      if (!extraction.ok && ['timeout', 'too_large', 'ocr_failed'].includes(extraction.problem.code)) return;
      if (extraction.ok && extraction.ocrProblems) return;
      const kept = Object.entries(others.get(sha) ?? {}).slice(-(KEEP_RECOGNITIONS - 1));
      others.delete(sha);
      const entry: Entry = { extraction, recognised: Object.fromEntries(recognition ? [...kept, [keyOf(rules), recognition]] : kept) };
      const write = writeJson(fileOf(sha), entry).finally(() => pending.delete(write));
      pending.add(write);
    },
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** Entries are small: one blocking read is cheaper than a round trip through the thread pool per call. */
function readEntry(file: string): Entry | undefined {
  try {
    if (!existsSync(file)) return undefined; // a miss without the cost of an exception
    const value = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    const ok = typeof value?.extraction === 'object' && value.extraction !== null && 'ok' in value.extraction && typeof value.recognised === 'object' && value.recognised !== null;
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Directories this process has made: one mkdir per directory, not one per entry. */
const made = new Set<string>();
/** Makes each temporary name unique, also for two writes of one entry (the same file in two bundles). */
let writes = 0;

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
    const tmp = `${file}.${process.pid}-${(writes += 1)}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, file);
  } catch {
    // Read-only home, full disk: carry on without the cache.
  }
}

/** The cache's own sub-directories, by what they hold; `text` and `recognised` are older layouts. */
export const CACHE_PARTS = { documents: ['documents', 'text', 'recognised'], rules: ['rules', 'tenders'], code: ['code'] } as const;
export type CachePart = keyof typeof CACHE_PARTS;

export interface CacheUsage {
  dir: string;
  parts: Record<CachePart, { files: number; bytes: number }>;
}

export async function cacheUsage(dir: string = defaultCacheDir()): Promise<CacheUsage> {
  const parts = { documents: { files: 0, bytes: 0 }, rules: { files: 0, bytes: 0 }, code: { files: 0, bytes: 0 } };
  for (const [part, subdirs] of Object.entries(CACHE_PARTS) as Array<[CachePart, readonly string[]]>) {
    for (const sub of subdirs) {
      const entries = await readdir(path.join(dir, sub), { recursive: true, withFileTypes: true }).catch(() => []);
      for (const e of entries.filter((x) => x.isFile())) {
        parts[part].files += 1;
        parts[part].bytes += (await stat(path.join(e.parentPath, e.name)).catch(() => ({ size: 0 }))).size;
      }
    }
  }
  return { dir, parts };
}

/** Removes only the cache's own sub-directories: the directory itself may be one the user named. */
export async function clearCache(dir: string = defaultCacheDir()): Promise<void> {
  for (const sub of Object.values(CACHE_PARTS).flat()) {
    try {
      await rm(path.join(dir, sub), { recursive: true, force: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') continue; // nothing of ours there
      throw new KualifikasiError('CACHE_NOT_CLEARED', { dir, detail: code });
    }
  }
}
