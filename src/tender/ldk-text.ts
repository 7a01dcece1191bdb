// The LDK's qualification section as plain text (pasted from SPSE, or copied out of a tender PDF) turned
// into tender data: numbered and lettered items with their wrapped lines joined, sub-items split into
// requirements of their own ("7.1", "7.2"), page furniture skipped, and whatever could not be placed
// reported back rather than dropped. Metadata (code, name, type, dates) is read when the text has it.
import { findDates } from '../text/dates.js';
import type { TenderFile } from './schema.js';

type ProcurementType = TenderFile['tender']['procurement_type'];

export interface LdkItem {
  id: string;
  text: string;
  /** 1-based line of the text where the item starts. */
  line: number;
  /** 1-based page of the document (PDF) where the item starts. */
  page?: number;
}

export type MetaKey = 'code' | 'name' | 'procurementType' | 'announced' | 'deadline' | 'hps';

export interface LdkParse {
  requirements: LdkItem[];
  meta: { code?: string; name?: string; procurementType?: ProcurementType; announced?: string; deadline?: string; hps?: number };
  /** The page each metadata value was read on (documents with pages only). */
  metaPages: Partial<Record<MetaKey, number>>;
  /** Lines inside the qualification section that belong to no item: shown to the user, never dropped silently. */
  unparsed: Array<{ line: number; page?: number; text: string }>;
}

/** Values the user gives on the command line for what plain text lacks (or to correct what was read). */
export interface LdkMetaOverrides {
  code?: string;
  name?: string;
  type?: ProcurementType;
  announced?: string;
  deadline?: string;
}

type Style = 'num-dot' | 'num-paren' | 'alpha-dot' | 'alpha-paren' | 'roman' | 'bullet';

interface Marker {
  style: Style;
  label: string;
  rest: string;
}

interface SourceLine {
  text: string;
  line: number;
  page?: number;
}

const MARKERS: Array<[Style, RegExp]> = [
  ['num-dot', /^(\d{1,2})\.(?!\d)\s*(.*)$/],
  ['num-paren', /^\(?(\d{1,2})\)\s*(.*)$/],
  ['alpha-dot', /^([a-z])\.\s+(.*)$/],
  ['alpha-paren', /^\(?([a-z])\)\s+(.*)$/],
  ['roman', /^((?:x|ix|iv|v?i{1,3}|v))[.)]\s+(.*)$/i],
  ['bullet', /^([-•●▪◦*–])\s+(.*)$/],
];

/** "1  Memiliki NIB  Wajib": a table row flattened to a line, cells separated by 2+ spaces, tabs or bars. */
const TABLE_ROW = /^(\d{1,2})[.)]?(?:\s{2,}|\t|\s*\|\s*)(.+)$/;

const QUALIFICATION_HEADING =
  /(persyaratan|syarat)\s+kualifikasi|lembar\s+data\s+kualifikasi|kualifikasi\s+(administrasi|teknis|keuangan)/i;
/** A heading starts with its words (after an optional "A." or "BAB VI"), is short and is no sentence. */
const HEADING_SHAPE =
  /^(?:(?:[A-Z]|[IVX]{1,4})[.)]\s+)?(?:BAB\s+[IVXL]+[.:]?\s*)?(?:persyaratan|syarat|lembar\s+data|kualifikasi)\b[^.;,]*$/i;
// The rows after the qualification requirements on a saved SPSE page end them too.
const OTHER_HEADING =
  /^(jadwal|tahapan|informasi\s+tender|rincian\s+hps|syarat\s+(pembayaran|khusus)|dokumen\s+penawaran|lokasi\s+pekerjaan|nilai\s+(pagu|hps)|peserta\s+tender|jenis\s+kontrak|kualifikasi\s+usaha\s*:|cara\s+pembayaran|tahun\s+anggaran|satuan\s+kerja|instansi\s*:)/i;
/** Chapters of a Dokumen Pemilihan other than the LDK: their numbered lines are instructions or forms. */
const CHAPTER_HEADING =
  /^(?:BAB\s+[IVXL]+\b|(?:[A-Z]|[IVX]{1,4})\.\s+(?:BENTUK|FORMULIR|LAMPIRAN)\b|BENTUK\s|FORMULIR\b|LAMPIRAN\b|DAFTAR\s+ISI|INSTRUKSI\s+KEPADA\s+PESERTA|LEMBAR\s+DATA\s+PEMILIHAN|RANCANGAN\s+KONTRAK|SYARAT-SYARAT\s+(?:UMUM|KHUSUS)|KERANGKA\s+ACUAN|SPESIFIKASI\s+TEKNIS|DAFTAR\s+KUANTITAS|PAKTA\s+INTEGRITAS$|SURAT\s+(?:PERNYATAAN|PENAWARAN|KUASA)$)/;
/** The SPSE 4.x licence table: "Jenis Izin | Bidang Usaha/Sub Bidang Usaha/Klasifikasi/Sub Klasifikasi". */
const LICENCE_TABLE = /^jenis\s+izin\b.*\bbidang\s+usaha/i;
const FURNITURE = [
  /^(halaman|hal\.?|page)\s*\d+(\s*(dari|of|\/)\s*\d+)?$/i,
  /^-?\s*\d{1,3}\s*-?$/,
  /^(no\.?|nomor)\s*(\||\s{2,}|\t)\s*(persyaratan|uraian|jenis)/i,
  /^(no\.?\s+)?persyaratan(\s+kualifikasi)?(\s{2,}|\t|\s*\|\s*)(keterangan|status|ada|hasil)/i,
  // A table of contents: "LEMBAR DATA KUALIFIKASI ........ 14".
  /(\.\s?){5,}\s*\d*$/,
];
const SECTION_LABEL = /^([A-Z]|[IVX]{1,4})[.)]\s+\S/;
const EXEMPTION_NOTE = /^untuk\b.*\b(tidak\s+diperlukan|dikecualikan|tidak\s+disyaratkan)\b/i;
const TABLE_NOTE = /^(wajib|ada|tidak\s+ada|ya|tidak|-|sesuai|m|tm|v|✓)$/i;

const TYPES: Array<[RegExp, ProcurementType]> = [
  [/konstruksi/i, 'konstruksi'],
  [/konsultansi|konsultan/i, 'konsultansi'],
  [/jasa\s+lain/i, 'jasa_lainnya'],
  [/barang/i, 'barang'],
];

const splitLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\s+$/, ''));

/** `requireHeading`: a whole document (a saved page), not a pasted list: items only under a qualification heading. */
export function parseLdkText(input: string, options: { requireHeading?: boolean } = {}): LdkParse {
  return parseLines(
    splitLines(input).map((text, i) => ({ text, line: i + 1 })),
    options.requireHeading ?? false,
  );
}

/** A document's pages (a Dokumen Pemilihan PDF): page headers and footers repeated on most pages are skipped. */
export function parseLdkPages(pages: readonly string[]): LdkParse {
  const lines = pages.flatMap((p, i) => splitLines(p).map((text) => ({ text, page: i + 1 }))).map((l, i) => ({ ...l, line: i + 1 }));
  const repeated = repeatedLines(pages);
  return parseLines(
    lines.filter((l) => !repeated.has(furnitureKey(l.text))),
    true,
  );
}

const furnitureKey = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();

/** Lines found on at least half the pages (3 or more): running headers and footers. */
function repeatedLines(pages: readonly string[]): Set<string> {
  if (pages.length < 3) return new Set();
  const count = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(
      splitLines(page)
        .map(furnitureKey)
        .filter((k) => k.length > 0),
    ))
      count.set(key, (count.get(key) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= Math.max(3, pages.length / 2)).map(([k]) => k));
}

/** "Persyaratan Kualifikasi Teknis" is a heading; "Persyaratan Kualifikasi: sebagaimana tercantum dalam LDK" is not. */
const isQualificationHeading = (text: string) =>
  QUALIFICATION_HEADING.test(text) && HEADING_SHAPE.test(text) && !/[:：]\s*\S/.test(text) && text.split(/\s+/).length <= 10;
const LDK_CHAPTER = /lembar\s+data\s+kualifikasi/i;

/**
 * Where the LDK chapter starts (its first heading outside the table of contents): qualification headings
 * before it belong to other chapters (the IKP's "F. Persyaratan Kualifikasi") and open no section.
 */
function ldkStart(lines: readonly SourceLine[]): number {
  const i = lines.findIndex((l) => {
    const text = l.text.trim();
    return LDK_CHAPTER.test(text) && isQualificationHeading(text) && !FURNITURE.some((re) => re.test(text));
  });
  return Math.max(i, 0);
}

/** "Persyaratan Kualifikasi Teknis" → "teknis"; "Syarat Kualifikasi Teknis Lain" → "teknis-lain". */
function sectionSlug(heading: string): string {
  const words = /kualifikasi\s+([\p{L}]+(?:\s+[\p{L}]+)?)/iu.exec(heading)?.[1] ?? 'kualifikasi';
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !['dan', 'atau'].includes(w))
    .join('-');
}

function parseLines(lines: SourceLine[], requireHeading: boolean): LdkParse {
  const meta: LdkParse['meta'] = {};
  const metaPages: LdkParse['metaPages'] = {};
  const requirements: LdkItem[] = [];
  const unparsed: LdkParse['unparsed'] = [];
  const hasQualificationHeading = lines.some((l) => isQualificationHeading(l.text.trim()) && !markerOf(l.text.trim()));
  const start = ldkStart(lines);

  // A pasted list without a heading is all requirements; a document (a PDF, a page) never is.
  let inSection = !hasQualificationHeading && !requireHeading;
  let topStyle: Style | null = null;
  let top: { item: LdkItem; subs: LdkItem[]; used: Set<string> } | null = null;
  let current: LdkItem | null = null;
  // The section's id prefix is fixed by its first item: the first unlettered section has none.
  let section: { letter?: string; slug: string; prefix?: string } = { slug: 'kualifikasi', prefix: '' };
  let licenceTable = false;
  let licenceRows = 0;
  let bullets = 0;
  let pendingDate: { key: 'announced' | 'deadline'; until: number } | null = null;
  const topIds = new Set<string>();

  const closeTop = () => {
    if (!top) return;
    // An item that only introduces its sub-items ("...dibuktikan dengan:") gives way to them.
    if (top.subs.length > 0) requirements.push(...top.subs);
    else requirements.push(top.item);
    top = null;
    current = null;
  };
  const prefix = () => {
    section.prefix ??= section.letter ? `${section.letter}.` : requirements.length === 0 && !top ? '' : `${section.slug}.`;
    return section.prefix;
  };
  const at = (src: SourceLine) => ({ line: src.line, ...(src.page ? { page: src.page } : {}) });
  const newTop = (label: string, body: string, src: SourceLine) => {
    closeTop();
    const id = uniqueId(`${prefix()}${label}`, topIds);
    topIds.add(id);
    top = { item: { id, text: body, ...at(src) }, subs: [], used: new Set() };
    current = top.item;
  };

  lines.forEach((src, index) => {
    const text = src.text.trim();
    if (text === '') return;
    if (pendingDate && index <= pendingDate.until) {
      const dates = findDates(text);
      const last = pendingDate.key === 'deadline' ? dates[dates.length - 1] : dates[0];
      if (last) {
        meta[pendingDate.key] = last.iso;
        if (src.page) metaPages[pendingDate.key] = src.page;
        pendingDate = null;
        return;
      }
    }
    const read = readMeta(text, meta);
    if (read) {
      if (src.page && read !== 'label') metaPages[read] = src.page;
      if (read === 'label') pendingDate = { key: /batas|upload|pemasukan/i.test(text) ? 'deadline' : 'announced', until: index + 3 };
      return;
    }
    if (FURNITURE.some((re) => re.test(text))) return;

    const marker = markerOf(text);
    const heading = SECTION_LABEL.exec(text);
    if ((!marker || heading) && isQualificationHeading(text) && index >= start) {
      closeTop();
      inSection = true;
      topStyle = null;
      licenceTable = false;
      bullets = 0;
      // "A. Persyaratan ... Administrasi", "B. ... Teknis": items are numbered again in each section.
      section = { ...(heading ? { letter: heading[1] as string } : {}), slug: sectionSlug(text) };
      return;
    }
    if ((!marker || heading) && (CHAPTER_HEADING.test(text) || (!marker && OTHER_HEADING.test(text)))) {
      closeTop();
      inSection = false;
      licenceTable = false;
      return;
    }
    if (!inSection) return;
    if (LICENCE_TABLE.test(text)) {
      closeTop();
      licenceTable = true;
      return;
    }

    if (marker) {
      licenceTable = false;
      const body = cleanCells(marker.rest);
      topStyle ??= marker.style;
      if (top && EXEMPTION_NOTE.test(body)) {
        // "b. Untuk usaha perorangan tidak diperlukan izin usaha" qualifies the item before it.
        const target: LdkItem = top.subs[top.subs.length - 1] ?? top.item;
        target.text = `${stripListPunctuation(target.text)}; ${body}`;
        current = target;
        return;
      }
      if (marker.style === topStyle || !top) {
        newTop(marker.style === 'bullet' ? String(++bullets) : marker.label, body, src);
      } else {
        const t = top as { item: LdkItem; subs: LdkItem[]; used: Set<string> };
        const sub = marker.style === 'bullet' ? String(t.subs.length + 1) : marker.label;
        const id = `${t.item.id}.${uniqueId(sub, t.used)}`;
        t.used.add(sub);
        const item = { id, text: body, ...at(src) };
        t.subs.push(item);
        current = item;
      }
      return;
    }
    if (licenceTable && !(current && licenceRows > 0 && wrappedCell(text))) {
      // Each row of the licence table is a requirement: "NIB | Memiliki Nomor Induk Berusaha ...".
      newTop(`izin-${++licenceRows}`, cleanCells(text), src);
      return;
    }
    if (current) {
      // A wrapped line: joined to the item it continues.
      const cont = cleanCells(text);
      const item: LdkItem = current;
      item.text = item.text.endsWith('-') && /^\p{Ll}/u.test(cont) ? `${item.text.slice(0, -1)}${cont}` : `${item.text} ${cont}`.trim();
      return;
    }
    unparsed.push({ ...at(src), text });
  });
  closeTop();

  const cleaned = requirements.map((r) => ({ ...r, text: stripListPunctuation(r.text) })).filter((r) => r.text.length > 0);
  return { requirements: cleaned, meta, metaPages, unparsed };
}

/** "...perubahannya; dan" → "...perubahannya": list separators are not part of a requirement's wording. */
function stripListPunctuation(text: string): string {
  return text
    .replace(/\s*[;,]\s*(?:dan|atau)\s*$/i, '')
    .replace(/\s*;\s*$/, '')
    .trim();
}

function markerOf(text: string): Marker | null {
  const row = TABLE_ROW.exec(text);
  if (row) return { style: 'num-dot', label: row[1] as string, rest: row[2] as string };
  for (const [style, re] of MARKERS) {
    const m = re.exec(text);
    if (m && (m[2] ?? '').trim() !== '') return { style, label: (m[1] as string).toLowerCase(), rest: m[2] as string };
  }
  return null;
}

/** Table cells become one sentence; a trailing "Wajib"/"Ada"/"-" column is not part of the wording. */
function cleanCells(text: string): string {
  const cells = text
    .split(/\s{2,}|\t|\s*\|\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  while (cells.length > 1 && TABLE_NOTE.test(cells[cells.length - 1] as string)) cells.pop();
  return cells.join(' ').replace(/\s+/g, ' ').trim();
}

/** A licence-table line that only continues the previous row's wrapped cell ("Kecil"): one cell, no licence name. */
function wrappedCell(text: string): boolean {
  const cells = text.split(/\s{2,}|\t|\s*\|\s*/).filter((c) => c.trim() !== '');
  return cells.length === 1 && !/^\s*(?:[A-Z]{2,}\b|Izin\b|Sertifikat\b|Surat\b|Perizinan\b|Tanda\b|Nomor\b)/.test(text);
}

function uniqueId(label: string, used: ReadonlySet<string>): string {
  if (!used.has(label)) return label;
  let n = 2;
  while (used.has(`${label}-${n}`)) n++;
  return `${label}-${n}`;
}

/** Reads "Label : value" metadata lines: the key read, 'label' for a date label whose date follows, or false. */
function readMeta(line: string, meta: LdkParse['meta']): MetaKey | 'label' | false {
  // An LDP row may be numbered or lettered ("B. Jenis Pengadaan", "1. Pengumuman tender: ...").
  const text = line.replace(/^(?:[A-Z]|\d{1,2})[.)]\s+/, '');
  // "Jenis Pengadaan   Pengadaan Barang": a table row flattened, without a colon.
  const typeRow = /^(?:jenis\s+pengadaan|kategori(?:\s+pengadaan)?)\s+(?![:：])(.+)$/i.exec(text);
  const rowType = typeRow ? TYPES.find(([re]) => re.test(typeRow[1] as string))?.[1] : undefined;
  if (rowType) {
    meta.procurementType = rowType;
    return 'procurementType';
  }
  // A label ends in no digit: "15 Oktober 2019 08:00" is a time, not "label: value".
  const kv = /^([^:：]{2,59}[^:：\d\s])\s*[:：]\s*(.*)$/.exec(text);
  const label = (kv?.[1] ?? text).trim();
  const value = (kv?.[2] ?? '').trim();
  if (kv && value && /^kode\s+(tender|paket|lelang)$/i.test(label)) {
    const code = /\d{4,}/.exec(value)?.[0];
    if (code) meta.code = code;
    return 'code';
  }
  if (kv && value && /^nama\s+(tender|paket|pekerjaan|kegiatan)(\s+(pekerjaan|pengadaan))?(\s*\/\s*paket)?$/i.test(label)) {
    meta.name = value;
    return 'name';
  }
  if (kv && value && /^(jenis\s+pengadaan|kategori(\s+pengadaan)?)$/i.test(label)) {
    const type = TYPES.find(([re]) => re.test(value))?.[1];
    if (type) meta.procurementType = type;
    return 'procurementType';
  }
  if (kv && value && /^(nilai\s+)?(total\s+)?(hps|pagu)(\s+(paket|anggaran))?$/i.test(label)) {
    const amount = /Rp\.?\s*([\d.]+)(?:,\d{1,2})?/i.exec(value);
    // The HPS, not the pagu, when both are given.
    if (amount && (/hps/i.test(label) || meta.hps === undefined)) meta.hps = Number((amount[1] as string).replace(/\./g, ''));
    return 'hps';
  }
  // A schedule row: "Pengumuman Pascakualifikasi   1 Oktober 2019 08:00   7 Oktober 2019 16:00".
  if (!kv && /^(tanggal\s+)?pengumuman\b/i.test(text)) {
    const date = findDates(text)[0]?.iso;
    if (date) {
      meta.announced = date;
      return 'announced';
    }
  }
  // "Jadwal Tahapan Pemilihan  1. Pengumuman tender: ...": the schedule's first row on its heading's line.
  if (kv && /(tanggal\s+(pembuatan|pengumuman))|^pengumuman|(?:^|\s)\d{1,2}[.)]\s+pengumuman\b/i.test(label)) {
    const date = findDates(value)[0]?.iso;
    if (date) meta.announced = date;
    return date ? 'announced' : value === '' ? 'label' : false;
  }
  if (/batas\s+akhir\s+(pemasukan|penyampaian|upload)|upload\s+dokumen\s+penawaran|pemasukan\s+dokumen\s+penawaran/i.test(label)) {
    const dates = findDates(kv ? value : text);
    const last = dates[dates.length - 1]?.iso;
    if (last) {
      meta.deadline = last;
      return 'deadline';
    }
    return kv && value === '' ? 'label' : false;
  }
  return false;
}
