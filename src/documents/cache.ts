// Content-addressed cache of what reading a PDF produced: one JSON file per document, keyed by the file's
// sha256 and the extractor's version, holding
// - the extracted page texts: a rules or tender change never needs the PDF parsed again;
// - what the document-type rules recognised in them (type, classification, fields), under the hash of
//   those rules and the build of the tool. A re-check with the same document rules (another tender, another
//   as-of date, more bidders) reruns no recognition; an edited document type or another build gives a new
//   key, so a change is never hidden. The few most recent recognitions are kept.
// One file per document, because creating files is what costs on slow disks.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { BUILD_ID } from '../build-id.js';
import { defaultCacheDir } from '../cache-dir.js';
import { KualifikasiError } from '../errors/catalogue.js';
import { writeFileAtomic } from '../fs/atomic.js';
import type { Classification } from './classify.js';
import { type DocumentProblem, type Extraction, type OcrPage, PROBLEM_CODES } from './extract.js';
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

/** An entry as written by `save`: anything else (damaged, older layout, not ours) is a miss. */
const problem = z.object({ code: z.enum(PROBLEM_CODES), detail: z.string().optional() });
const ocrPage = z.object({
  page: z.number(),
  confidence: z.number(),
  lines: z.array(
    z.object({ text: z.string(), confidence: z.number(), words: z.array(z.object({ text: z.string(), confidence: z.number() })) }),
  ),
});
const cue = z.object({ kind: z.enum(['title', 'keyword', 'exclude']), pattern: z.string(), page: z.number(), text: z.string() });
const recognition = z.object({
  pages: z.number(),
  docType: z.string().nullable(),
  classification: z.object({
    docType: z.string().nullable(),
    ambiguous: z.boolean(),
    candidates: z.array(z.object({ docType: z.string(), score: z.number(), cues: z.array(cue), excludedBy: cue.optional() })),
  }),
  fields: z.array(z.object({ name: z.string(), value: z.string().nullable(), raw: z.string(), page: z.number(), snippet: z.string() })),
  problems: z.array(problem),
  ocr: z.array(ocrPage).optional(),
});
const entrySchema = z.object({
  extraction: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), pages: z.array(z.string()), ocr: z.array(ocrPage).optional() }),
    z.object({ ok: z.literal(false), problem, pages: z.number() }),
  ]),
  recognised: z.record(z.string(), recognition),
}) satisfies z.ZodType<Entry>;

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
    const parsed = entrySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Directories this process has made: one mkdir per directory, not one per entry. */
const made = new Set<string>();

/**
 * Whole or not at all (fs/atomic.ts): a concurrent reader sees the whole entry or none. Asynchronous:
 * creating files costs about a millisecond each on slow disks, which the thread pool hides.
 */
async function writeJson(file: string, value: Entry): Promise<void> {
  try {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFileAtomic(file, JSON.stringify(value));
  } catch {
    // Read-only home, full disk: carry on without the cache.
  }
}

/** The cache's own sub-directories; `text` and `recognised` are older layouts of it. */
const DOCUMENT_PARTS = ['documents', 'text', 'recognised'];
/** What older versions also kept there (validated rules, tenders, compiled code): only ever removed. */
const RETIRED_PARTS = ['rules', 'tenders', 'code'];

export interface CacheUsage {
  dir: string;
  parts: { documents: { files: number; bytes: number } };
}

export async function cacheUsage(dir: string = defaultCacheDir()): Promise<CacheUsage> {
  const documents = { files: 0, bytes: 0 };
  for (const sub of DOCUMENT_PARTS) {
    const entries = await readdir(path.join(dir, sub), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const e of entries.filter((x) => x.isFile())) {
      documents.files += 1;
      documents.bytes += (await stat(path.join(e.parentPath, e.name)).catch(() => ({ size: 0 }))).size;
    }
  }
  return { dir, parts: { documents } };
}

/** Removes only the cache's own sub-directories: the directory itself may be one the user named. */
export async function clearCache(dir: string = defaultCacheDir()): Promise<void> {
  for (const sub of [...DOCUMENT_PARTS, ...RETIRED_PARTS]) {
    try {
      await rm(path.join(dir, sub), { recursive: true, force: true });
    } catch (e) {
      const code = e instanceof Error && 'code' in e ? String(e.code) : String(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') continue; // nothing of ours there
      throw new KualifikasiError('CACHE_NOT_CLEARED', { dir, detail: code });
    }
  }
}
