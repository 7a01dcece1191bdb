// The one tender reader of check, lint and explain. A tender is given as YAML, as the LDK's text, as a PDF
// (the Dokumen Pemilihan or the LDK alone, scanned pages read by OCR) or as a saved SPSE "Informasi Tender"
// page: what it is comes from its content, never its name. A read document also gives the tender YAML it
// was understood as, with the page of every requirement and date, for the pokja to correct and reuse.
import { type FileHandle, open } from 'node:fs/promises';
import path from 'node:path';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Reader } from '../documents/bundle.js';
import { KualifikasiError } from '../errors/catalogue.js';
import type { Ruleset } from '../rules/load.js';
import { htmlToText } from './html-text.js';
import { type LdkMetaOverrides, type LdkParse, type MetaKey, parseLdkPages, parseLdkText } from './ldk-text.js';
import { MAX_TENDER_BYTES, type Tender, tenderFromYaml } from './load.js';

export type TenderFormat = 'yaml' | 'text' | 'pdf' | 'html';

/** A Dokumen Pemilihan runs to 150 pages, with scans: far more than a YAML file. */
const MAX_PDF_BYTES = 100 * 1024 * 1024;

export interface ReadTenderOptions extends LdkMetaOverrides {
  /**
   * What a read document lacking a date gets: 'stand-in' (lint, explain: they only read the law, so the day
   * whose law applies stands in), or 'require' (check: documents are valid or not on the real dates).
   */
  missingDates: 'stand-in' | 'require';
  asOf?: string | undefined;
  /** How PDFs are read: the CLI passes its extractor processes (OCR included). Default: text layers only. */
  reader?: Pick<Reader, 'extract' | 'ocr'>;
}

export interface TenderRead {
  tender: Tender;
  format: TenderFormat;
  /** The tender YAML understood (a YAML input: the file itself); undefined while its dates are unknown. */
  yaml?: string;
  /** The flags a YAML for reuse still needs (--announced, --deadline, ...). */
  missing: string[];
  /** Lines of the qualification section that belong to no requirement, "file p. 3: text". */
  notices: string[];
  /** Dates that were stood in for, not read. */
  unknown: { announced: boolean; deadline: boolean };
}

export async function readTender(file: string, ruleset: Ruleset, opts: ReadTenderOptions): Promise<TenderRead> {
  const bytes = await readBytes(file);
  const format = sniffTender(bytes, file);
  if (format === 'yaml') {
    const tender = await tenderFromYaml(file, bytes, bytes.toString('utf8'), ruleset);
    return { tender, format, yaml: bytes.toString('utf8'), missing: [], notices: [], unknown: { announced: false, deadline: false } };
  }
  const parse =
    format === 'pdf'
      ? parseLdkPages(await pdfPages(file, bytes, opts))
      : format === 'html'
        ? parseLdkText(htmlToText(bytes.toString('utf8')), { requireHeading: true })
        : parseLdkText(bytes.toString('utf8'));
  if (parse.requirements.length === 0) throw new KualifikasiError(format === 'text' ? 'LDK_EMPTY' : 'TENDER_NOT_LDK', { file });
  const notices = parse.unparsed.map((u) => `${file}${u.page ? ` p. ${u.page}` : `:${u.line}`}: ${u.text}`);
  const own = tenderYaml(parse, opts, file);
  const unknown = {
    announced: (opts.announced ?? parse.meta.announced) === undefined,
    deadline: (opts.deadline ?? parse.meta.deadline) === undefined,
  };
  // check needs the real dates and type; the name decides nothing, the file's name stands in for it.
  const needed = own.missing.filter((m) => m !== 'name');
  if (needed.length > 0 && opts.missingDates === 'require') {
    throw new KualifikasiError('LDK_META_MISSING', { file, missing: needed.map((m) => `--${m}`).join(', ') });
  }
  const used = own.missing.length > 0 ? tenderYaml(parse, standIns(parse, opts, file), file) : own;
  const tender = await fromYaml(file, bytes, used.yaml, parse, ruleset);
  return { tender, format, ...(own.missing.length === 0 ? { yaml: own.yaml } : {}), missing: own.missing, notices, unknown };
}

/**
 * A PDF by its signature, HTML by its tags, YAML when it holds a top-level `tender:` or `requirements:` key.
 * Only text that is none of these is told apart by its name: a broken "x.yaml" is reported as YAML.
 */
export function sniffTender(bytes: Buffer, file = ''): TenderFormat {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const text = bytes.subarray(0, 64 * 1024).toString('utf8');
  if (
    /^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<table|<div)/i.test(text.replace(/^\uFEFF/, '')) ||
    /<html[\s>]/i.test(text.slice(0, 4096))
  )
    return 'html';
  if (/^(?:tender|requirements)\s*:/m.test(text) || /\.ya?ml$/i.test(file)) return 'yaml';
  return 'text';
}

async function readBytes(file: string): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_TENDER_BYTES) {
      const head = Buffer.alloc(1024);
      await handle.read(head, 0, 1024, 0);
      if (!head.toString('latin1').includes('%PDF-') || size > MAX_PDF_BYTES)
        throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    }
    return await handle.readFile();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KualifikasiError('TENDER_NOT_FOUND', { file });
    const detail = code === 'EISDIR' ? 'it is a folder' : code === 'EFBIG' ? 'too large' : String(code ?? e);
    throw new KualifikasiError('TENDER_UNREADABLE', { file, detail });
  } finally {
    await handle?.close();
  }
}

/** The PDF's page texts, with the bundle's own extraction (and OCR for pages without a text layer). */
async function pdfPages(file: string, bytes: Buffer, opts: ReadTenderOptions): Promise<string[]> {
  const [{ readText }, { extractPdf }] = await Promise.all([import('../documents/bundle.js'), import('../documents/extract.js')]);
  // Without a reader (library use), text layers only: OCR runs in the CLI's extractor processes.
  const reader = opts.reader ?? { extract: (b: Uint8Array) => extractPdf(b, { pageImages: false }) };
  const extraction = await readText(bytes, reader);
  if (!extraction.ok)
    throw new KualifikasiError('TENDER_UNREADABLE', {
      file,
      detail: `PDF: ${extraction.problem.code}${extraction.problem.detail ? ` (${extraction.problem.detail})` : ''}`,
    });
  return extraction.pages;
}

/** Stand-ins for what a read document lacks when it is only linted or explained: the name and type decide nothing there. */
export function standIns(parse: LdkParse, opts: ReadTenderOptions, file: string): LdkMetaOverrides {
  const announced = opts.announced ?? parse.meta.announced;
  const deadline = opts.deadline ?? parse.meta.deadline;
  const today = new Date().toISOString().slice(0, 10);
  const day = opts.asOf ?? announced ?? (deadline !== undefined && deadline < today ? deadline : today);
  return {
    ...(opts.code ? { code: opts.code } : {}),
    name: opts.name ?? parse.meta.name ?? path.basename(file),
    type: opts.type ?? parse.meta.procurementType ?? 'barang',
    announced: announced ?? (deadline !== undefined && deadline < day ? deadline : day),
    deadline: deadline ?? (announced !== undefined && announced > day ? announced : day),
  };
}

const PAGE_WORD = 'hlm.';

/** The tender YAML, each requirement and date with the page it was read on as a comment. */
export function tenderYaml(parse: LdkParse, overrides: LdkMetaOverrides, file: string): { yaml: string; missing: string[] } {
  const tender = {
    code: overrides.code ?? parse.meta.code,
    name: overrides.name ?? parse.meta.name,
    procurement_type: overrides.type ?? parse.meta.procurementType,
    announced: overrides.announced ?? parse.meta.announced,
    deadline: overrides.deadline ?? parse.meta.deadline,
    hps: parse.meta.hps,
  };
  const required = { name: tender.name, type: tender.procurement_type, announced: tender.announced, deadline: tender.deadline };
  const missing = Object.entries(required)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length > 0) return { yaml: '', missing };
  const doc = new Document({
    tender: Object.fromEntries(Object.entries(tender).filter(([, v]) => v !== undefined)),
    requirements: parse.requirements.map((r) => ({ id: r.id, text: r.text })),
  });
  const keyOf: Record<string, MetaKey> = {
    code: 'code',
    name: 'name',
    procurement_type: 'procurementType',
    announced: 'announced',
    deadline: 'deadline',
    hps: 'hps',
  };
  const meta = doc.get('tender') as YAMLMap;
  for (const pair of meta.items) {
    const key = String((pair.key as { value: unknown }).value);
    const page = parse.metaPages[keyOf[key] as MetaKey];
    const given = overrides[(key === 'procurement_type' ? 'type' : key) as keyof LdkMetaOverrides] !== undefined;
    const note = given ? 'given on the command line' : page ? `${PAGE_WORD} ${page}` : undefined;
    if (note && pair.value && typeof pair.value === 'object') (pair.value as { comment?: string }).comment = ` ${note}`;
  }
  const items = doc.get('requirements');
  if (isSeq(items)) {
    items.items.forEach((node, i) => {
      const page = parse.requirements[i]?.page;
      if (page && isMap(node)) node.commentBefore = ` ${PAGE_WORD} ${page}`;
    });
  }
  doc.commentBefore = ` Tender read by kualifikasi from ${path.basename(file)}. Check each requirement against the document,\n add \`kind:\` where the inferred one is wrong, and keep the wording verbatim. "${PAGE_WORD} N": its page.`;
  return { yaml: doc.toString({ lineWidth: 0 }), missing: [] };
}

async function fromYaml(file: string, bytes: Buffer, yaml: string, parse: LdkParse, ruleset: Ruleset): Promise<Tender> {
  // Lines are those of the document, so findings point at what the pokja wrote.
  const lineOf = (p: readonly PropertyKey[]) =>
    p[0] === 'requirements' && typeof p[1] === 'number' ? (parse.requirements[p[1]]?.line ?? 1) : 1;
  const tender = await tenderFromYaml(file, bytes, yaml, ruleset, lineOf);
  tender.requirements.forEach((r, i) => {
    const page = parse.requirements[i]?.page;
    if (page) r.page = page;
  });
  const pages = Object.fromEntries(Object.entries(parse.metaPages).filter(([k]) => k === 'announced' || k === 'deadline'));
  if (Object.keys(pages).length > 0) tender.pages = pages;
  return tender;
}
