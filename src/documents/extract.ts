// PDF bytes to page texts with pdf-parse 2 (pdf.js). Loaded lazily so commands that read no PDF start fast.
// Every failure becomes a DocumentProblem: one bad file never stops a run. Pages without a text layer can be
// handed back as images, for OCR (ocr.ts) by the caller.
import type { OcrLine } from './ocr.js';
import { normalisePage } from './text.js';

export const PROBLEM_CODES = [
  'empty_file',
  'unreadable_file',
  'refused',
  'not_pdf',
  'image_not_supported',
  'unsupported_format',
  'encrypted',
  'unparseable',
  'timeout',
  'too_large',
  'no_text_layer',
  'unrecognised',
  'ambiguous_type',
  'ocr_failed',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface DocumentProblem {
  code: ProblemCode;
  /** Technical detail (the parser's own words), shown after our message. */
  detail?: string;
}

/** A page whose text was read by OCR, with tesseract's confidence (0-100) for the page and each line. */
export interface OcrPage {
  page: number;
  confidence: number;
  lines: OcrLine[];
}

/** The image of a page without a text layer (PNG), for OCR. */
export interface PageImage {
  page: number;
  data: Uint8Array;
}

export type Extraction =
  | {
      ok: true;
      pages: string[];
      /** Pages whose text came from OCR. */
      ocr?: OcrPage[];
      /** Pages OCR could not read (a time limit, no model): reported with the document, never cached. */
      ocrProblems?: DocumentProblem[];
      /** Pages still to be read by OCR: present only between the extractor and the caller. */
      images?: PageImage[];
    }
  | { ok: false; problem: DocumentProblem; pages: number };

/** A page with fewer letters and digits than this has no usable text layer. */
const MIN_PAGE_LETTERS = 20;
/** Images above this many pixels are not decoded (a 600-dpi A4 scan has 35 million). */
const MAX_IMAGE_PIXELS = 50_000_000;
/** Width of a rendered page for OCR: A4 at 150 dpi. */
const RENDER_WIDTH = 1240;

const EXTRACT_TIMEOUT_MS = 60_000;

/** Sniffs what a file really is from its first bytes: names and extensions lie. */
export function sniff(bytes: Uint8Array): 'pdf' | 'image' | 'office' | 'other' {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (/^\x89PNG|^\xff\xd8\xff|^II\*\0|^MM\0\*|^GIF8|^RIFF....WEBP/s.test(head)) return 'image';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: file signatures are bytes, control characters included
  if (/^PK\x03\x04|^Rar!|^\xd0\xcf\x11\xe0|^7z\xbc\xaf/.test(head)) return 'office';
  return 'other';
}

type PdfParseModule = typeof import('pdf-parse');
let pdfParse: Promise<PdfParseModule> | undefined;

/** Starts loading pdf-parse (and pdf.js) if it is not loaded yet. */
export function preloadPdfParse(): Promise<PdfParseModule> {
  pdfParse ??= import('pdf-parse');
  return pdfParse;
}

/**
 * pdf.js's legacy build, which pdf-parse loads for Node 20, carries core-js. On this V8 core-js replaces
 * Array.prototype.push and JSON.parse with JavaScript versions (for arrays near 2^53 elements and for the
 * reviver's source text, neither of which pdf.js or we use). Every text item pdf.js builds goes through push:
 * with the native one back, a text-heavy page is read about 17 % faster. They are put back whenever pdf.js
 * may have loaded (its worker module loads with the first document).
 */
const NATIVE = { push: Array.prototype.push, parse: JSON.parse };
function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE.push)
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false });
  if (JSON.parse !== NATIVE.parse)
    Object.defineProperty(JSON, 'parse', { value: NATIVE.parse, writable: true, configurable: true, enumerable: false });
}

export interface ExtractOptions {
  /** Return the images of pages without a text layer, for OCR. */
  pageImages?: boolean;
}

export async function extractPdf(bytes: Uint8Array, options: ExtractOptions = {}): Promise<Extraction> {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty_file' }, pages: 0 };
  const kind = sniff(bytes);
  if (kind === 'image') return { ok: false, problem: { code: 'image_not_supported' }, pages: 0 };
  if (kind === 'office') return { ok: false, problem: { code: 'unsupported_format' }, pages: 0 };
  if (kind === 'other') return { ok: false, problem: { code: 'not_pdf' }, pages: 0 };

  const { PDFParse } = await preloadPdfParse();
  restoreNatives();
  // pdf.js may take ownership of the buffer it is given: pass a copy so the caller's bytes stay intact.
  // isEvalSupported: false closes the CVE-2024-4367 class of font-code injection.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, maxImageSize: MAX_IMAGE_PIXELS });
  inReadingOrder(parser);
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      parser.getText({ pageJoiner: '' }),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), EXTRACT_TIMEOUT_MS);
      }),
    ]);
    if (result === 'timeout') return { ok: false, problem: { code: 'timeout', detail: `${EXTRACT_TIMEOUT_MS / 1000} s` }, pages: 0 };
    const pages = result.pages.map((p) => normalisePage(p.text));
    const textless = pages.flatMap((p, i) => (letterCount(p) < MIN_PAGE_LETTERS ? [i + 1] : []));
    if (options.pageImages && textless.length > 0) {
      const images = await Promise.race([
        pageImages(parser as unknown as ImageSource, textless),
        new Promise<'timeout'>((resolve) => {
          clearTimeout(timer);
          timer = setTimeout(() => resolve('timeout'), EXTRACT_TIMEOUT_MS);
        }),
      ]);
      if (images === 'timeout') return { ok: false, problem: { code: 'timeout', detail: `${EXTRACT_TIMEOUT_MS / 1000} s` }, pages: 0 };
      if (textless.length === pages.length) return { ok: true, pages, images };
      return garbled(pages)
        ? { ok: false, problem: { code: 'unparseable', detail: 'text layer is garbage' }, pages: result.total }
        : { ok: true, pages, images };
    }
    const letters = letterCount(pages.join(''));
    if (letters < MIN_PAGE_LETTERS) return { ok: false, problem: { code: 'no_text_layer' }, pages: result.total };
    if (garbled(pages)) return { ok: false, problem: { code: 'unparseable', detail: 'text layer is garbage' }, pages: result.total };
    return { ok: true, pages };
  } catch (e) {
    const name = (e as Error)?.name ?? '';
    const detail = String((e as Error)?.message ?? e).split('\n')[0];
    if (name === 'PasswordException') return { ok: false, problem: { code: 'encrypted', detail }, pages: 0 };
    return { ok: false, problem: { code: 'unparseable', detail }, pages: 0 };
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => undefined);
    restoreNatives();
  }
}

const letterCount = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** A damaged file can "succeed" with control-character garbage instead of text. */
function garbled(pages: readonly string[]): boolean {
  const all = pages.join('');
  const garbage = all.replace(/[\p{L}\p{N}\p{P}\p{Zs}\n$+<=>^`|~°]/gu, '').length;
  return all.length > 0 && garbage / all.length > 0.3;
}

interface ImageSource {
  getImage: (
    p: object,
  ) => Promise<{ pages: Array<{ pageNumber: number; images: Array<{ data: Uint8Array; width: number; height: number }> }> }>;
  getScreenshot: (p: object) => Promise<{ pages: Array<{ pageNumber: number; data: Uint8Array }> }>;
}

/**
 * A scanned page is one image: it is taken as stored (pdf-parse's getImage, as PNG). A page made of several
 * images, or of none, is rendered (getScreenshot). A page that cannot be imaged is left out.
 */
async function pageImages(parser: ImageSource, pages: number[]): Promise<PageImage[]> {
  const out: PageImage[] = [];
  const own = await parser
    .getImage({ partial: pages, imageBuffer: true, imageDataUrl: false, imageThreshold: 100 })
    .catch(() => ({ pages: [] }));
  const render: number[] = [];
  for (const page of pages) {
    const images = own.pages.find((p) => p.pageNumber === page)?.images ?? [];
    const [only] = images;
    if (images.length === 1 && only && only.width >= 500 && only.height >= 500 && only.data.length > 0) out.push({ page, data: only.data });
    else render.push(page);
  }
  if (render.length > 0) {
    const shots = await parser
      .getScreenshot({ partial: render, imageBuffer: true, imageDataUrl: false, desiredWidth: RENDER_WIDTH })
      .catch(() => ({ pages: [] }));
    for (const s of shots.pages) if (s.data.length > 0) out.push({ page: s.pageNumber, data: s.data });
  }
  return out.sort((a, b) => a.page - b.page);
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}
interface PdfPage {
  getTextContent: (options?: unknown) => Promise<{ items: Array<TextItem | object> }>;
}

/**
 * pdf.js returns text items in content-stream order. OCR text layers (tesseract) and some form generators
 * write a page column by column, which puts every label before every value. The items are put back into
 * reading order, from top to bottom and left to right, with one line per baseline, before pdf-parse joins
 * them. The hook is pdf-parse's per-page text step: it gets the page from pdf.js and asks it for its items.
 */
function inReadingOrder(parser: object): void {
  const p = parser as { getPageText: (page: PdfPage, ...rest: unknown[]) => Promise<string> };
  const original = p.getPageText.bind(parser);
  p.getPageText = (page, ...rest) => {
    const getTextContent = page.getTextContent.bind(page);
    page.getTextContent = async (options) => {
      const content = await getTextContent(options);
      return { ...content, items: readingOrder(content.items.filter((i): i is TextItem => 'str' in i)) };
    };
    return original(page, ...rest);
  };
}

export function readingOrder(items: TextItem[]): TextItem[] {
  const placed = items
    .filter((it) => it.str.trim() !== '')
    .map((it) => ({ it, x: it.transform[4] ?? 0, y: it.transform[5] ?? 0, h: Math.abs(it.transform[3] ?? 0) || it.height || 10 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; h: number; items: typeof placed }> = [];
  for (const w of placed) {
    const line = lines[lines.length - 1];
    // Same line when the baselines are within half a glyph height of each other.
    if (line && Math.abs(line.y - w.y) <= Math.max(1.5, Math.min(line.h, w.h) * 0.5)) line.items.push(w);
    else lines.push({ y: w.y, h: w.h, items: [w] });
  }
  return lines.flatMap((line) =>
    line.items
      .sort((a, b) => a.x - b.x)
      .map((w, k, all) => {
        const next = all[k + 1];
        // Words set apart by a visible gap but no space of their own are joined with one.
        const gap = next ? next.x - (w.x + w.it.width) : 0;
        const str = next && gap > w.h * 0.15 && !w.it.str.endsWith(' ') ? `${w.it.str} ` : w.it.str;
        return { ...w.it, str, hasEOL: k === all.length - 1 };
      }),
  );
}
