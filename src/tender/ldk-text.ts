// The LDK's qualification section as plain text (pasted from SPSE, or copied out of a tender PDF) turned
// into tender data: numbered and lettered items with their wrapped lines joined, sub-items split into
// requirements of their own ("7.1", "7.2"), page furniture skipped, and whatever could not be placed
// reported back rather than dropped. Metadata (code, name, type, dates) is read when the text has it.
import { stringify } from 'yaml';
import { findDates } from '../text/dates.js';
import type { TenderFile } from './schema.js';

type ProcurementType = TenderFile['tender']['procurement_type'];

export interface LdkItem {
  id: string;
  text: string;
  /** 1-based line of the text where the item starts. */
  line: number;
}

export interface LdkParse {
  requirements: LdkItem[];
  meta: { code?: string; name?: string; procurementType?: ProcurementType; announced?: string; deadline?: string };
  /** Lines inside the qualification section that belong to no item: shown to the user, never dropped silently. */
  unparsed: Array<{ line: number; text: string }>;
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

const QUALIFICATION_HEADING = /(persyaratan|syarat)\s+kualifikasi|lembar\s+data\s+kualifikasi|kualifikasi\s+(administrasi|teknis|keuangan)/i;
const OTHER_HEADING = /^(jadwal|tahapan|informasi\s+tender|rincian\s+hps|syarat\s+(pembayaran|khusus)|dokumen\s+penawaran|lokasi\s+pekerjaan|nilai\s+(pagu|hps))\b/i;
const FURNITURE = [
  /^(halaman|hal\.?|page)\s*\d+(\s*(dari|of|\/)\s*\d+)?$/i,
  /^-?\s*\d{1,3}\s*-?$/,
  /^(no\.?|nomor)\s*(\||\s{2,}|\t)\s*(persyaratan|uraian|jenis)/i,
  /^(no\.?\s+)?persyaratan(\s+kualifikasi)?(\s{2,}|\t|\s*\|\s*)(keterangan|status|ada|hasil)/i,
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

export function parseLdkText(input: string): LdkParse {
  const lines = input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\s+$/, ''));
  const meta: LdkParse['meta'] = {};
  const requirements: LdkItem[] = [];
  const unparsed: LdkParse['unparsed'] = [];
  const hasQualificationHeading = lines.some((l) => QUALIFICATION_HEADING.test(l) && !markerOf(l.trim()));

  let inSection = !hasQualificationHeading;
  let topStyle: Style | null = null;
  let top: { item: LdkItem; subs: LdkItem[]; used: Set<string> } | null = null;
  let current: LdkItem | null = null;
  let prefix = '';
  const topIds = new Set<string>();

  const closeTop = () => {
    if (!top) return;
    // An item that only introduces its sub-items ("...dibuktikan dengan:") gives way to them.
    if (top.subs.length > 0) requirements.push(...top.subs);
    else requirements.push(top.item);
    top = null;
    current = null;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const text = raw.trim();
    if (text === '') return;
    if (readMeta(text, meta)) return;
    if (FURNITURE.some((re) => re.test(text))) return;

    const marker = markerOf(text);
    const heading = SECTION_LABEL.exec(text);
    if ((!marker || heading) && QUALIFICATION_HEADING.test(text) && text.length < 120) {
      closeTop();
      inSection = true;
      topStyle = null;
      // "A. Persyaratan ... Administrasi", "B. ... Teknis": items are numbered again in each section.
      prefix = heading ? `${heading[1]}.` : '';
      return;
    }
    if (!marker && OTHER_HEADING.test(text)) {
      closeTop();
      inSection = false;
      return;
    }
    if (!inSection) return;

    if (marker) {
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
        closeTop();
        const id = uniqueId(`${prefix}${marker.style === 'bullet' ? String(topIds.size + 1) : marker.label}`, topIds);
        topIds.add(id);
        top = { item: { id, text: body, line: lineNo }, subs: [], used: new Set() };
        current = top.item;
      } else {
        const sub = marker.style === 'bullet' ? String(top.subs.length + 1) : marker.label;
        const id = `${top.item.id}.${uniqueId(sub, top.used)}`;
        top.used.add(sub);
        const item = { id, text: body, line: lineNo };
        top.subs.push(item);
        current = item;
      }
      return;
    }
    if (current) {
      // A wrapped line: joined to the item it continues.
      const cont = cleanCells(text);
      current.text = current.text.endsWith('-') && /^\p{Ll}/u.test(cont) ? `${current.text.slice(0, -1)}${cont}` : `${current.text} ${cont}`.trim();
      return;
    }
    unparsed.push({ line: lineNo, text });
  });
  closeTop();

  const cleaned = requirements.map((r) => ({ ...r, text: stripListPunctuation(r.text) })).filter((r) => r.text.length > 0);
  return { requirements: cleaned, meta, unparsed };
}

/** "...perubahannya; dan" → "...perubahannya": list separators are not part of a requirement's wording. */
function stripListPunctuation(text: string): string {
  return text.replace(/\s*[;,]\s*(?:dan|atau)\s*$/i, '').replace(/\s*;\s*$/, '').trim();
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

function uniqueId(label: string, used: ReadonlySet<string>): string {
  if (!used.has(label)) return label;
  let n = 2;
  while (used.has(`${label}-${n}`)) n++;
  return `${label}-${n}`;
}

/** Reads "Label : value" metadata lines; true when the line was metadata. */
function readMeta(text: string, meta: LdkParse['meta']): boolean {
  const kv = /^([^:：]{3,60})\s*[:：]\s*(.+)$/.exec(text);
  const label = (kv?.[1] ?? text).trim();
  const value = (kv?.[2] ?? '').trim();
  if (kv && /^kode\s+(tender|paket|lelang)$/i.test(label)) {
    const code = /\d{4,}/.exec(value)?.[0];
    if (code) meta.code = code;
    return true;
  }
  if (kv && /^nama\s+(tender|paket|pekerjaan|kegiatan)(\s*\/\s*paket)?$/i.test(label)) {
    meta.name = value;
    return true;
  }
  if (kv && /^(jenis\s+pengadaan|kategori)$/i.test(label)) {
    const type = TYPES.find(([re]) => re.test(value))?.[1];
    if (type) meta.procurementType = type;
    return true;
  }
  if (kv && /(tanggal\s+(pembuatan|pengumuman))|^pengumuman/i.test(label)) {
    const date = findDates(value)[0]?.iso;
    if (date) meta.announced = date;
    return true;
  }
  if (/batas\s+akhir\s+(pemasukan|penyampaian|upload)|upload\s+dokumen\s+penawaran|pemasukan\s+dokumen\s+penawaran/i.test(label)) {
    const dates = findDates(kv ? value : text);
    const last = dates[dates.length - 1]?.iso;
    if (last) {
      meta.deadline = last;
      return true;
    }
  }
  return false;
}

/** The tender YAML a pokja can correct and reuse; `missing` names the flags still needed. */
export function toTenderYaml(parse: LdkParse, overrides: LdkMetaOverrides = {}): { yaml: string; missing: string[] } {
  const tender = {
    code: overrides.code ?? parse.meta.code,
    name: overrides.name ?? parse.meta.name,
    procurement_type: overrides.type ?? parse.meta.procurementType,
    announced: overrides.announced ?? parse.meta.announced,
    deadline: overrides.deadline ?? parse.meta.deadline,
  };
  const missing = (
    [
      ['name', tender.name],
      ['type', tender.procurement_type],
      ['announced', tender.announced],
      ['deadline', tender.deadline],
    ] as const
  )
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length > 0) return { yaml: '', missing };
  const data = {
    tender: Object.fromEntries(Object.entries(tender).filter(([, v]) => v !== undefined)),
    requirements: parse.requirements.map((r) => ({ id: r.id, text: r.text })),
  };
  const header = '# Generated by `kualifikasi lint --emit-yaml` from the LDK text. Check each requirement, add `kind:` where the\n# inferred one is wrong, and keep the wording verbatim.\n';
  return { yaml: header + stringify(data, { lineWidth: 0 }), missing: [] };
}
