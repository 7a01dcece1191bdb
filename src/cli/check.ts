// `check` and `inspect`: read bundles through the extractor pool and the cache, evaluate, write reports.
// Loaded only when one of them runs, so `lint`, `explain` and the rules commands start without it.
import { createHash } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { readBundle, readSingleDocument, type Reader } from '../documents/bundle.js';
import { defaultCacheDir } from '../cache-dir.js';
import { fileCache, NO_CACHE, type DocumentCache } from '../documents/cache.js';
import { dirSource, expandBundleArgs, type BundleSource } from '../documents/sources.js';
import { describeError, KualifikasiError } from '../errors.js';
import { evaluateBundle } from '../evaluate/evaluate.js';
import type { Lang } from '../i18n/labels.js';
import { lintTender } from '../lint/lint.js';
import { FORMATTERS, type FormatName } from '../report/formatters/index.js';
import { inspectJson, inspectText } from '../report/inspect.js';
import { buildReport, bundleReport, exitCodeOf, type Report } from '../report/report.js';
import { defaultRulesDir, loadRuleset, type Ruleset } from '../rules/load.js';
import { loadTender, type Tender } from '../tender/load.js';
import { colorFor, type Io } from './io.js';
import { ExtractorPool } from './pool.js';
import { NO_PROGRESS, terminalProgress, wantProgress, type Progress } from './progress.js';

export interface CheckOptions {
  format: FormatName;
  also: Array<{ format: FormatName; file: string }>;
  lang: Lang;
  jobs?: number;
  cache: boolean;
  /** Read pages without a text layer by OCR (`--no-ocr` turns it off). */
  ocr: boolean;
  asOf?: string;
  rules?: string;
  output?: string;
  color: boolean;
}

export async function runCheck(tenderFile: string, bundleDirs: string[], opts: CheckOptions, io: Io, tool: { name: string; version: string }): Promise<number> {
  const { report } = await checkReport(tenderFile, bundleDirs, opts, io, tool);
  const text = FORMATTERS[opts.format](report, { lang: opts.lang, color: colorFor(opts.color, opts.output, io) });
  for (const extra of opts.also) await writeAtomically(extra.file, FORMATTERS[extra.format](report, { lang: opts.lang, color: colorFor(false, extra.file, io) }));
  if (opts.output) await writeAtomically(opts.output, text);
  else io.stdout(text);
  return exitCodeOf(report);
}

export type ReportOptions = Pick<CheckOptions, 'lang' | 'jobs' | 'cache' | 'ocr' | 'asOf' | 'rules'>;

/** The check pipeline up to the Report (also used by `sanggah`): rules, tender, bundles read and evaluated. */
export async function checkReport(tenderFile: string, bundleDirs: string[], opts: ReportOptions, io: Io, tool: { name: string; version: string }): Promise<{ report: Report; tender: Tender; ruleset: Ruleset }> {
  const pool = new ExtractorPool(opts.jobs ?? availableParallelism());
  const cache = opts.cache ? fileCache(undefined, { ocr: opts.ocr }) : NO_CACHE;
  // The bundles are listed while the rules and the tender load. When the first document has never been
  // read, the extractors start at once, so loading pdf.js overlaps that work. A listing error is still
  // reported after the tender's own errors, where the listing is awaited.
  const listing = expandBundleArgs(bundleDirs);
  listing.then((sources) => startIfCold(sources, cache, pool), () => undefined);
  try {
    const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir(), { snapshotDir: opts.cache ? defaultCacheDir() : undefined });
    const tender = await loadTender(tenderFile, ruleset, { cacheDir: opts.cache ? defaultCacheDir() : undefined });
    const asOf = opts.asOf ?? tender.meta.announced;
    const ctx = { ruleset, asOf, deadline: tender.meta.deadline };
    const sources = await listing;
    const total = sources.reduce((n, s) => n + s.files.length, 0);
    const progress = io.progress && wantProgress(io.env, io.progress, total) ? terminalProgress(total, io.progress, opts.lang) : NO_PROGRESS;
    const reader = pooledReader(pool, cache, progress, opts.ocr);
    // Bundles are read concurrently (bounded by the reader) and reported in the order given.
    const bundles = await Promise.all(
      sources.map(async (source) => {
        const bundle = await readBundle(source, ruleset, reader);
        return bundleReport(bundle, evaluateBundle(tender, bundle, ctx), ruleset);
      }),
    );
    progress.done();
    // A bundle without a single PDF is an input error when it is all there is; in a batch it is listed.
    const empty = bundles.filter((b) => b.verdict === 'no_documents');
    const noPdf = (b: (typeof bundles)[number]) => ({ path: b.path, skipped: b.documents.map((d) => d.file).join(', ') });
    if (empty.length === bundles.length && bundles.length > 0) {
      const first = empty[0] as (typeof bundles)[number];
      throw new KualifikasiError('BUNDLE_NO_PDF', empty.length === 1 ? noPdf(first) : { path: empty.map((b) => b.path).join(', '), skipped: empty.flatMap((b) => b.documents.map((d) => d.file)).join(', ') });
    }
    for (const b of empty) io.stderr(`kualifikasi: ${describeError(new KualifikasiError('BUNDLE_NO_PDF', noPdf(b)), opts.lang).message}\n`);
    const report = buildReport({ tool, ruleset, asOf, tender, lint: lintTender(tender, ruleset, asOf), bundles });
    return { report, tender, ruleset };
  } finally {
    // The workers stop first; the cache writes still queued are then waited for.
    pool.close();
    await cache.flush();
  }
}

/** Starts the extractors early when the first document is not in the cache (a cold run). */
async function startIfCold(sources: BundleSource[], cache: DocumentCache, pool: ExtractorPool): Promise<void> {
  const files = sources.flatMap((s) => s.files);
  const first = files[0];
  if (!first) return;
  try {
    if (cache.has(createHash('sha256').update(await first.read()).digest('hex'))) return;
  } catch {
    return; // an unreadable file is reported when the bundle is read
  }
  pool.warm(files.length);
}

/** PDF text (and OCR) through the worker pool and the cache; at most two files per worker held in memory. */
function pooledReader(pool: ExtractorPool, cache: DocumentCache, progress: Progress, ocr: boolean): Reader {
  const limit = pLimit(pool.size * 2);
  return {
    extract: (bytes) => pool.extract(bytes, ocr),
    ...(ocr ? { ocr: (image: Uint8Array) => pool.ocr(image) } : {}),
    cache,
    limit: (task) => limit(task),
    onDocument: (f) => progress.tick(f),
  };
}

/** Writes through a temporary file and a rename, so a reader never sees half a report. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new KualifikasiError('OUTPUT_UNWRITABLE', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

export interface InspectOptions {
  format: 'text' | 'json';
  lang: Lang;
  rules?: string;
  color: boolean;
  cache: boolean;
  ocr: boolean;
}

export async function runInspect(target: string, opts: InspectOptions, io: Io): Promise<void> {
  const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir(), { snapshotDir: opts.cache ? defaultCacheDir() : undefined });
  const isDir = await stat(target).then((s) => s.isDirectory(), () => false);
  const pool = new ExtractorPool(availableParallelism());
  const cache = opts.cache ? fileCache(undefined, { ocr: opts.ocr }) : NO_CACHE;
  const reader = pooledReader(pool, cache, NO_PROGRESS, opts.ocr);
  try {
    const docs = isDir ? (await readBundle(await dirSource(target), ruleset, reader)).documents : [await readSingleDocument(target, ruleset, reader)];
    io.stdout(opts.format === 'json' ? inspectJson(docs) : inspectText(docs, ruleset, opts.lang, colorFor(opts.color, undefined, io)));
  } finally {
    pool.close();
    await cache.flush();
  }
}
