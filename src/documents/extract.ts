// PDF bytes to page texts with pdf-parse 2 (pdf.js). Loaded lazily so commands that read no PDF start fast.
// Every failure becomes a DocumentProblem: one bad file never stops a run.
import { normalisePage } from './text.js';

export type ProblemCode =
  | 'empty_file'
  | 'unreadable_file'
  | 'refused'
  | 'not_pdf'
  | 'image_not_supported'
  | 'unsupported_format'
  | 'encrypted'
  | 'unparseable'
  | 'timeout'
  | 'too_large'
  | 'no_text_layer'
  | 'unrecognised'
  | 'ambiguous_type';

export interface DocumentProblem {
  code: ProblemCode;
  /** Technical detail (the parser's own words), shown after our message. */
  detail?: string;
}

export type Extraction = { ok: true; pages: string[] } | { ok: false; problem: DocumentProblem; pages: number };

const EXTRACT_TIMEOUT_MS = 60_000;

/** Sniffs what a file really is from its first bytes: names and extensions lie. */
export function sniff(bytes: Uint8Array): 'pdf' | 'image' | 'office' | 'other' {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (/^\x89PNG|^\xff\xd8\xff|^II\*\0|^MM\0\*|^GIF8|^RIFF....WEBP/s.test(head)) return 'image';
  if (/^PK\x03\x04|^Rar!|^\xd0\xcf\x11\xe0|^7z\xbc\xaf/.test(head)) return 'office';
  return 'other';
}

type PdfParseModule = typeof import('pdf-parse');
let pdfParse: Promise<PdfParseModule> | undefined;

/**
 * Set by the launcher (cli/launch.ts) when it runs the bundle from V8's code cache: code restored from that
 * cache cannot call import() itself, so the launcher's own import() is passed in.
 */
declare const __kualifikasiImport: ((specifier: string) => Promise<unknown>) | undefined;

/** Starts loading pdf-parse (and pdf.js) if it is not loaded yet. */
export function preloadPdfParse(): Promise<PdfParseModule> {
  pdfParse ??= typeof __kualifikasiImport === 'function' ? (__kualifikasiImport('pdf-parse') as Promise<PdfParseModule>) : import('pdf-parse');
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
  if (Array.prototype.push !== NATIVE.push) Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false });
  if (JSON.parse !== NATIVE.parse) Object.defineProperty(JSON, 'parse', { value: NATIVE.parse, writable: true, configurable: true, enumerable: false });
}

export async function extractPdf(bytes: Uint8Array): Promise<Extraction> {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty_file' }, pages: 0 };
  const kind = sniff(bytes);
  if (kind === 'image') return { ok: false, problem: { code: 'image_not_supported' }, pages: 0 };
  if (kind === 'office') return { ok: false, problem: { code: 'unsupported_format' }, pages: 0 };
  if (kind === 'other') return { ok: false, problem: { code: 'not_pdf' }, pages: 0 };

  const { PDFParse } = await preloadPdfParse();
  restoreNatives();
  // pdf.js may take ownership of the buffer it is given: pass a copy so the caller's bytes stay intact.
  // isEvalSupported: false closes the CVE-2024-4367 class of font-code injection.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
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
    const letters = pages.join('').replace(/[^\p{L}\p{N}]/gu, '').length;
    if (letters < 20) return { ok: false, problem: { code: 'no_text_layer' }, pages: result.total };
    // A damaged file can "succeed" with control-character garbage instead of text.
    const all = pages.join('');
    const garbage = all.replace(/[\p{L}\p{N}\p{P}\p{Zs}\n$+<=>^`|~°]/gu, '').length;
    if (garbage / all.length > 0.3) return { ok: false, problem: { code: 'unparseable', detail: 'text layer is garbage' }, pages: result.total };
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
