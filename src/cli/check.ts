// `check` and `inspect`: read bundles through the extractor pool and the cache, evaluate, write reports.
// Loaded only when one of them runs, so `lint`, `explain` and the rules commands start without it.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { type BundleDocument, type Reader, readBundle, readSingleDocument } from '../documents/bundle.js';
import { type DocumentCache, fileCache, NO_CACHE } from '../documents/cache.js';
import { type BundleSource, dirSource, expandBundleArgs } from '../documents/sources.js';
import { KualifikasiError } from '../errors/catalogue.js';
import { type EvaluationContext, evaluate } from '../evaluate/evaluate.js';
import type { Lang } from '../i18n/labels.js';
import { lintTender } from '../lint/lint.js';
import { errorLine } from '../report/formatters/error-text.js';
import { FORMATTERS, type FormatName } from '../report/formatters/index.js';
import { lintNoticesText } from '../report/formatters/lint-notices-text.js';
import { type BundleReport, buildReport, bundleReport, exitCodeOf, type Report } from '../report/report.js';
import { defaultRulesDir, loadRuleset, type Ruleset } from '../rules/load.js';
import type { LdkMetaOverrides } from '../tender/ldk-text.js';
import type { Tender } from '../tender/load.js';
import { readTender } from '../tender/read.js';
import { colorFor, type Io } from './io.js';
import { writeEmitted, writeOutput } from './output.js';
import { ExtractorPool } from './pool.js';
import { NO_PROGRESS, type Progress, terminalProgress, wantProgress } from './progress.js';
import { poolReader } from './tender-reader.js';

export interface CheckOptions extends LdkMetaOverrides {
  /** Also write the tender YAML understood to this file. */
  emitYaml?: string;
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

/** Reads every bundle, evaluates it and builds the report; a bundle without any PDF is reported on stderr. */
export async function checkBundles(
  tenderFile: string,
  bundleDirs: string[],
  opts: CheckOptions,
  io: Io,
  tool: { name: string; version: string },
  /** The tender already read (sanggah reads it first, to match the reason before any bundle is read). */
  given?: Tender,
): Promise<Report> {
  const pool = new ExtractorPool(opts.jobs ?? availableParallelism());
  const cache = opts.cache ? fileCache(undefined, { ocr: opts.ocr }) : NO_CACHE;
  // The bundles are listed while the rules and the tender load. When the first document has never been
  // read, the extractors start at once, so loading pdf.js overlaps that work. A listing error is still
  // reported after the tender's own errors, where the listing is awaited.
  const listing = expandBundleArgs(bundleDirs);
  listing.then(
    (sources) => startIfCold(sources, cache, pool),
    () => undefined,
  );
  try {
    const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir());
    const tender = given ?? (await readCheckTender(tenderFile, ruleset, opts, pool, io));
    const asOf = opts.asOf ?? tender.meta.announced;
    const sources = await listing;
    const total = sources.reduce((n, s) => n + s.files.length, 0);
    const progress =
      io.progress && wantProgress(io.env, io.progress, total) ? terminalProgress(total, io.progress, opts.lang) : NO_PROGRESS;
    const reader = pooledReader(pool, cache, progress, opts.ocr);
    const bundles = await evaluateAll(sources, tender, { ruleset, asOf, deadline: tender.meta.deadline }, reader);
    progress.done();
    refuseEmpty(bundles, io, opts.lang);
    return buildReport({ tool, ruleset, asOf, tender, lint: lintTender(tender, ruleset, asOf), bundles });
  } finally {
    // The workers stop first; the cache writes still queued are then waited for.
    pool.close();
    await cache.flush();
  }
}

/** Bundles are read concurrently (bounded by the reader) and reported in the order given. */
function evaluateAll(sources: readonly BundleSource[], tender: Tender, ctx: EvaluationContext, reader: Reader): Promise<BundleReport[]> {
  return Promise.all(
    sources.map(async (source) => {
      const bundle = await readBundle(source, ctx.ruleset, reader);
      return bundleReport(bundle, evaluate(tender, bundle, ctx), ctx.ruleset);
    }),
  );
}

/** A bundle without a single PDF is an input error when it is all there is; in a batch it is listed. */
function refuseEmpty(bundles: readonly BundleReport[], io: Io, lang: Lang): void {
  const empty = bundles.filter((b) => b.verdict === 'no_documents');
  const noPdf = (bs: readonly BundleReport[]) => ({
    path: bs.map((b) => b.path).join(', '),
    skipped: bs.flatMap((b) => b.documents.map((d) => d.file)).join(', '),
  });
  if (empty.length === bundles.length && bundles.length > 0) throw new KualifikasiError('BUNDLE_NO_PDF', noPdf(empty));
  for (const b of empty) io.stderr(errorLine(new KualifikasiError('BUNDLE_NO_PDF', noPdf([b])), lang));
}

/** The report in the chosen format to stdout or --output, and in every --also format to its file. */
export async function writeReport(report: Report, opts: CheckOptions, io: Io): Promise<number> {
  const text = FORMATTERS[opts.format](report, { lang: opts.lang, color: colorFor(opts.color, opts.output, io) });
  for (const extra of opts.also)
    await writeOutput(extra.file, FORMATTERS[extra.format](report, { lang: opts.lang, color: colorFor(false, extra.file, io) }));
  if (opts.output) await writeOutput(opts.output, text);
  else io.stdout(text);
  return exitCodeOf(report);
}

/** Starts the extractors early when the first document is not in the cache (a cold run). */
async function startIfCold(sources: BundleSource[], cache: DocumentCache, pool: ExtractorPool): Promise<void> {
  const files = sources.flatMap((s) => s.files);
  const first = files[0];
  if (!first) return;
  try {
    if (
      cache.has(
        createHash('sha256')
          .update(await first.read())
          .digest('hex'),
      )
    )
      return;
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

export interface InspectOptions {
  format: 'text' | 'json';
  lang: Lang;
  rules?: string;
  color: boolean;
  cache: boolean;
  ocr: boolean;
}

/** Every document of a bundle folder, or the one PDF given, as read and recognised. */
export async function inspectDocuments(target: string, opts: InspectOptions): Promise<{ docs: BundleDocument[]; ruleset: Ruleset }> {
  const ruleset = await loadRuleset(opts.rules ?? defaultRulesDir());
  const isDir = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const pool = new ExtractorPool(availableParallelism());
  const cache = opts.cache ? fileCache(undefined, { ocr: opts.ocr }) : NO_CACHE;
  const reader = pooledReader(pool, cache, NO_PROGRESS, opts.ocr);
  try {
    const docs = isDir
      ? (await readBundle(await dirSource(target), ruleset, reader)).documents
      : [await readSingleDocument(target, ruleset, reader)];
    return { docs, ruleset };
  } finally {
    pool.close();
    await cache.flush();
  }
}

/** The tender in any form tender/read.ts takes; a PDF is read by the same workers as the bundles, OCR included. */
async function readCheckTender(file: string, ruleset: Ruleset, opts: CheckOptions, pool: ExtractorPool, io: Io): Promise<Tender> {
  const read = await readTender(file, ruleset, { ...opts, missingDates: 'require', reader: poolReader(() => pool, opts.ocr) });
  io.stderr(lintNoticesText(read.notices, opts.lang));
  if (opts.emitYaml) await writeEmitted(opts.emitYaml, read, file);
  return read.tender;
}
