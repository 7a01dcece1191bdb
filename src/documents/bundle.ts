// A bidder's bundle: every file under the folder, each read, recognised and its fields extracted,
// plus who the bidder is (from bundle.yaml, else from the documents). Files are only ever read.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { KualifikasiError } from '../errors/catalogue.js';
import type { Ruleset } from '../rules/load.js';
import { type BidderForm, bidderForm } from '../rules/schema.js';
import { parseYaml } from '../yaml/source.js';
import { type DocumentCache, NO_CACHE, type Recognition } from './cache.js';
import { type Classification, classify } from './classify.js';
import { type DocumentProblem, type Extraction, extractPdf, type OcrPage } from './extract.js';
import { type Field, readFields } from './fields.js';
import type { OcrResult } from './ocr.js';
import { type BundleSource, MAX_FILE_BYTES, type SourceFile } from './sources.js';
import { normalisePage } from './text.js';

export const MANIFEST_NAME = 'bundle.yaml';

export const bundleManifest = z.strictObject({
  bidder: z.strictObject({
    name: z.string().min(1).optional(),
    form: bidderForm.optional(),
  }),
});

export interface BundleDocument {
  /** Path relative to the bundle folder, with "/" separators. */
  file: string;
  sha256: string | null;
  bytes: number;
  pages: number;
  docType: string | null;
  classification: Classification | null;
  fields: Field[];
  problems: DocumentProblem[];
  /** Pages whose text was read by OCR, with its confidence: what is read there is uncertain. */
  ocr?: OcrPage[];
}

export interface Bidder {
  name: string | null;
  form: BidderForm | null;
  /** Where name and form came from. */
  source: 'manifest' | 'documents' | 'unknown';
}

export interface Bundle {
  path: string;
  bidder: Bidder;
  documents: BundleDocument[];
}

/** How page texts are obtained: in process (tests, single files), or through the pool and the cache. */
export interface Reader {
  extract: (bytes: Uint8Array) => Promise<Extraction>;
  /** Reads a page image; without it, pages without a text layer stay unread. */
  ocr?: (image: Uint8Array) => Promise<OcrResult>;
  cache: DocumentCache;
  /** Bounds how many files are held in memory at once across everything being read. */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  /** Called as each document is done (progress display). */
  onDocument?: (file: string) => void;
}

export const IN_PROCESS: Reader = { extract: extractPdf, cache: NO_CACHE, limit: (task) => task() };

export async function readBundle(source: BundleSource, ruleset: Ruleset, reader: Reader = IN_PROCESS): Promise<Bundle> {
  const manifestFile = source.files.find((f) => f.rel === MANIFEST_NAME);
  const manifest = manifestFile
    ? parseManifest(path.join(source.path, MANIFEST_NAME), Buffer.from(await manifestFile.read()).toString('utf8'))
    : undefined;
  // Documents are read concurrently but kept in the source's (sorted) order: output never depends on timing.
  const documents: BundleDocument[] = await Promise.all(
    source.files
      .filter((f) => f.rel !== MANIFEST_NAME)
      .map((f) => reader.limit(() => readDocument(f, ruleset, reader, path.basename(source.path)))),
  );
  for (const r of source.refused) {
    documents.push({
      file: r.rel,
      sha256: null,
      bytes: 0,
      pages: 0,
      docType: null,
      classification: null,
      fields: [],
      problems: [{ code: 'refused', detail: r.reason }],
    });
  }
  return { path: source.path, bidder: identifyBidder(manifest, documents), documents };
}

function parseManifest(file: string, text: string): z.infer<typeof bundleManifest> {
  const parsed = parseYaml(file, text, bundleManifest);
  if (!parsed.ok) throw new KualifikasiError('BUNDLE_MANIFEST_INVALID', { file }, parsed.problems);
  return parsed.value;
}

/** One file read on its own, as `inspect <file>` does. */
export async function readSingleDocument(file: string, ruleset: Ruleset, reader: Reader = IN_PROCESS): Promise<BundleDocument> {
  try {
    if (!(await stat(file)).isFile()) throw new KualifikasiError('FILE_NOT_FOUND', { path: file });
  } catch (e) {
    throw e instanceof KualifikasiError ? e : new KualifikasiError('FILE_NOT_FOUND', { path: file });
  }
  return readDocument({ rel: path.basename(file), read: () => readFile(file) }, ruleset, reader);
}

/** `bundleName` only labels the progress display: which bidder's file was just read. */
async function readDocument(source: SourceFile, ruleset: Ruleset, reader: Reader, bundleName?: string): Promise<BundleDocument> {
  const document = await readDocumentOnce(source, ruleset, reader);
  reader.onDocument?.(bundleName ? `${bundleName}/${source.rel}` : source.rel);
  return document;
}

async function readDocumentOnce(source: SourceFile, ruleset: Ruleset, reader: Reader): Promise<BundleDocument> {
  const rel = source.rel;
  const base = { file: rel, docType: null, classification: null, fields: [] as Field[] };
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code ?? String(e);
    const code = detail === 'EFBIG' ? 'too_large' : 'unreadable_file';
    return {
      ...base,
      sha256: null,
      bytes: 0,
      pages: 0,
      problems: [{ code, detail: code === 'too_large' ? `> ${MAX_FILE_BYTES / 1024 / 1024} MB` : detail }],
    };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = { file: rel, sha256, bytes: bytes.length };
  const cached = await reader.cache.read(sha256, ruleset.documentsSha256);
  if (cached.recognition) return { ...known, ...cached.recognition };
  const extraction = cached.extraction ?? (await readText(bytes, reader));
  if (!extraction.ok) {
    if (!cached.extraction) reader.cache.save(sha256, ruleset.documentsSha256, extraction);
    return { ...base, ...known, pages: extraction.pages, problems: [extraction.problem] };
  }
  const recognition = recognise(extraction, ruleset);
  reader.cache.save(sha256, ruleset.documentsSha256, extraction, recognition);
  return { ...known, ...recognition };
}

const letterCount = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Page texts; pages without a text layer are read by OCR when the reader can, each page a job of its own. */
export async function readText(bytes: Uint8Array, reader: Pick<Reader, 'extract' | 'ocr'>): Promise<Extraction> {
  const extraction = await reader.extract(bytes);
  if (!extraction.ok || !extraction.images) return extraction;
  const { images, ...text } = extraction;
  const pages = [...text.pages];
  const ocr: OcrPage[] = [];
  const problems: DocumentProblem[] = [];
  const { ocr: read } = reader;
  const results = read ? await Promise.all(images.map((image) => read(image.data))) : [];
  images.forEach((image, i) => {
    const result = results[i];
    if (!result) return;
    if (!result.ok) {
      problems.push({
        code: result.problem.code,
        detail: `OCR p. ${image.page}${result.problem.detail ? `: ${result.problem.detail}` : ''}`,
      });
      return;
    }
    const page = normalisePage(result.text);
    // A page with a few words of text layer (a stamp, a footer) keeps them unless OCR reads more.
    if (letterCount(page) <= letterCount(pages[image.page - 1] ?? '')) return;
    pages[image.page - 1] = page;
    ocr.push({ page: image.page, confidence: result.confidence, lines: result.lines });
  });
  if (letterCount(pages.join('')) < 20) {
    return {
      ok: false,
      problem: problems[0] ?? { code: 'no_text_layer', ...(results.length > 0 ? { detail: 'OCR found no text' } : {}) },
      pages: pages.length,
    };
  }
  return { ...text, pages, ...(ocr.length > 0 ? { ocr } : {}), ...(problems.length > 0 ? { ocrProblems: problems } : {}) };
}

/** What the document rules make of a document's page texts: its type, and the fields that type reads. */
function recognise(extraction: Extract<Extraction, { ok: true }>, ruleset: Ruleset): Recognition {
  const { pages } = extraction;
  const classification = classify(pages, ruleset.documents.values());
  const docType = classification.docType;
  const problems: DocumentProblem[] = [...(extraction.ocrProblems ?? [])];
  if (classification.ambiguous) {
    const [a, b] = classification.candidates;
    problems.push({ code: 'ambiguous_type', detail: `${a?.docType} / ${b?.docType}` });
  } else if (docType === null) {
    problems.push({ code: 'unrecognised' });
  }
  const type = docType ? ruleset.documents.get(docType) : undefined;
  // Identifiers read from OCR'd pages must carry a right check digit (fields.ts).
  const fields = type ? readFields(pages, type, { uncertainPages: new Set((extraction.ocr ?? []).map((o) => o.page)) }) : [];
  return { pages: pages.length, docType, classification, fields, problems, ...(extraction.ocr ? { ocr: extraction.ocr } : {}) };
}

const FORM_BY_NAME: Array<[RegExp, BidderForm]> = [
  [/^\s*(?:PT|P\.T\.)\.?\s|perseroan\s+terbatas/iu, 'pt'],
  [/^\s*CV\.?\s|persekutuan\s+komanditer/iu, 'cv'],
  [/^\s*(?:firma|fa\.)\s|persekutuan\s+firma/iu, 'firma'],
  [/koperasi/iu, 'koperasi'],
  [/^\s*KSO\b|kerja\s*sama\s+operasi/iu, 'kso'],
];

/** Who the bidder is: bundle.yaml wins; otherwise the name on the NIB/akta/NPWP and the form it implies. */
export function identifyBidder(manifest: z.infer<typeof bundleManifest> | undefined, documents: readonly BundleDocument[]): Bidder {
  const value = (docType: string, field: string) =>
    documents.find((d) => d.docType === docType)?.fields.find((f) => f.name === field && f.value !== null)?.value ?? null;
  // Tax documents print names in capitals; prefer a source that keeps the bidder's own spelling.
  const names = [
    value('nib', 'company_name'),
    value('akta', 'company_name'),
    value('izin_usaha', 'company_name'),
    value('pakta_integritas', 'company_name'),
    value('npwp', 'taxpayer_name'),
  ].filter((n): n is string => n !== null);
  const inferredName = names.find((n) => n !== n.toUpperCase()) ?? names[0] ?? null;
  const actorType = value('nib', 'business_actor_type');
  const entityForm = value('akta', 'entity_form');
  let inferredForm: BidderForm | null = null;
  if (actorType && /perseorangan|perorangan/iu.test(actorType)) inferredForm = 'perorangan';
  for (const text of [actorType, entityForm, inferredName]) {
    if (inferredForm || !text) continue;
    inferredForm = FORM_BY_NAME.find(([re]) => re.test(text))?.[1] ?? null;
  }

  const name = manifest?.bidder.name ?? inferredName;
  const form = manifest?.bidder.form ?? inferredForm;
  const source = manifest?.bidder.name || manifest?.bidder.form ? 'manifest' : name || form ? 'documents' : 'unknown';
  return { name, form, source };
}
