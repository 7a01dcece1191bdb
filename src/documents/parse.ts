// Field parsers and validators for identifiers and dates read from documents (NIB, NPWP, NIK, KBLI, AHU,
// Indonesian dates). Parsers return null on anything they cannot read; they never throw.

/** Keeps only the digits of a string. */
export function digitsOnly(raw: string): string {
  return raw.replace(/\D/g, '');
}

/**
 * Digits separated by at most one separator (space, dot or hyphen, optionally space-padded): what PDF text and OCR make of
 * printed numbers ("9 1 2 0 …", "93.421.295.2 - 609.000"). Anything else (letters, slashes, doubled dots) is not a number.
 */
const SEPARATED_DIGITS = /^\d(?:(?: ?[.-] ?| )?\d)*$/;

function separatedDigits(raw: string): string | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  return SEPARATED_DIGITS.test(s) ? digitsOnly(s) : null;
}

/** NIB: exactly 13 digits once spaces, dots and hyphens are removed (OCR-style letter spacing "9 1 2 0 ..." too). null otherwise. */
export function parseNib(raw: string): string | null {
  const digits = separatedDigits(raw);
  return digits !== null && digits.length === 13 ? digits : null;
}

export interface Npwp {
  /** The 16-digit form: badan = "0" + the old 15 digits; orang pribadi since PMK 112/2022 = the NIK. */
  digits16: string;
  /** The old 15 digits when the number has a 15-digit form (input was 15 digits, or 16 digits starting with 0). */
  legacy15: string | null;
  /** What was printed, whitespace-normalised. */
  printed: string;
  /** 'dotted15' for 99.999.999.9-999.999, 'plain15', 'plain16' (spaces allowed, e.g. "1000 0000 0204 4156"). */
  format: 'dotted15' | 'plain15' | 'plain16';
}

/** Accepts the 15-digit dotted form, bare 15 digits, or 16 digits (with optional spaces/dots). null otherwise. */
export function parseNpwp(raw: string): Npwp | null {
  const digits = separatedDigits(raw);
  if (digits === null) return null;
  const printed = raw.trim().replace(/\s+/g, ' ');
  if (digits.length === 15) {
    // Misplaced punctuation ("02-248.853.0-039.000" is printed in the wild) still counts as the dotted form:
    // the digits identify the taxpayer, the grouping is typography.
    const format = /[.-]/.test(printed) ? 'dotted15' : 'plain15';
    return { digits16: `0${digits}`, legacy15: digits, printed, format };
  }
  if (digits.length === 16) {
    // Only badan numbers carry a leading 0 (PMK 112/2022); a NIK never does, its province code is 11-94.
    return { digits16: digits, legacy15: digits.startsWith('0') ? digits.slice(1) : null, printed, format: 'plain16' };
  }
  return null;
}

/** Same taxpayer number: equal digits16. "93.421.295.2-609.000" and "0934212952609000" are the same. */
export function sameNpwp(a: Npwp, b: Npwp): boolean {
  return a.digits16 === b.digits16;
}

/** Pretty-prints the legacy 15 as 99.999.999.9-999.999, else the 16 digits in groups of 4. */
export function formatNpwp(n: Npwp): string {
  const d = n.legacy15;
  if (d !== null) {
    return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12, 15)}`;
  }
  return n.digits16.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export interface Nik {
  digits: string; // 16 digits
  provinceCode: string; // digits 1-2
  regencyCode: string; // digits 3-4
  districtCode: string; // digits 5-6
  birthDay: number; // real day (women: printed day - 40)
  birthMonth: number;
  birthYearTwoDigits: number;
  sex: 'L' | 'P'; // P when day > 40
  serial: string; // last 4 digits, must not be 0000
}

/** NIK: 16 digits, day 01-31 or 41-71, month 01-12, serial not 0000, province code 11-94. null otherwise. */
export function parseNik(raw: string): Nik | null {
  const digits = separatedDigits(raw);
  if (digits === null || digits.length !== 16) return null;
  const province = Number(digits.slice(0, 2));
  const printedDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const serial = digits.slice(12, 16);
  if (province < 11 || province > 94) return null;
  if (month < 1 || month > 12) return null;
  const female = printedDay > 40;
  const day = female ? printedDay - 40 : printedDay;
  if (day < 1 || day > 31) return null;
  if (serial === '0000') return null;
  // Day-of-month is not checked against the month: with a two-digit year, 29 February cannot be judged,
  // and rejecting a real card's number is worse than accepting an odd one.
  return {
    digits,
    provinceCode: digits.slice(0, 2),
    regencyCode: digits.slice(2, 4),
    districtCode: digits.slice(4, 6),
    birthDay: day,
    birthMonth: month,
    birthYearTwoDigits: Number(digits.slice(10, 12)),
    sex: female ? 'P' : 'L',
    serial,
  };
}

/** KBLI kelompok code: exactly 5 digits. null otherwise. */
export function parseKbli(raw: string): string | null {
  const s = raw.trim();
  return /^\d{5}$/.test(s) ? s : null;
}

export type AhuKind =
  | 'pengesahan_pt'
  | 'perubahan_anggaran_dasar'
  | 'pemberitahuan_perubahan_ad'
  | 'perubahan_data_perseroan'
  | 'daftar_perseroan'
  | 'pendaftaran_cv_firma'
  | 'notaris'
  | 'legacy_c2';

export interface Ahu {
  number: string;
  kind: AhuKind;
  year: number | null;
}

/** Registry codes of the numbers that end in "Tahun YYYY", and how each is printed canonically. */
const AHU_WITH_YEAR: Record<string, { kind: AhuKind; format: (n: string, year: number) => string }> = {
  '01.01': { kind: 'pengesahan_pt', format: (n, y) => `AHU-${n}.AH.01.01.Tahun ${y}` },
  '01.02': { kind: 'perubahan_anggaran_dasar', format: (n, y) => `AHU-${n}.AH.01.02.Tahun ${y}` },
  '01.11': { kind: 'daftar_perseroan', format: (n, y) => `AHU-${n}.AH.01.11.Tahun ${y}` },
  '01.14': { kind: 'pendaftaran_cv_firma', format: (n, y) => `AHU-${n}-AH.01.14 Tahun ${y}` },
  '02.01': { kind: 'notaris', format: (n, y) => `AHU-${n}.AH.02.01 Tahun ${y}` },
};

/** Registry codes of the "receipt of notification" numbers, which put the serial last and carry no year. */
const AHU_NO_YEAR: Record<string, AhuKind> = {
  '03': 'pemberitahuan_perubahan_ad',
  '09': 'perubahan_data_perseroan',
};

// Printed separators drift ("01.01.TAHUN", "01.01 Tahun", "01.01. Tahun", the CV hyphen as a dot), so the patterns
// accept any of them and the kind is decided by the AH.xx.xx code alone. Whitespace may be a line break in PDF text.
const AHU_WITH_YEAR_SOURCE =
  String.raw`AHU\s*-\s*(?<wn>\d{3,8})\s*[.-]\s*AH\s*\.\s*(?<wc>0[12]\s*\.\s*\d{2})(?:\s*[.-])?\s*TAHUN\s*(?<wy>\d{4})(?!\d)`;
const AHU_NO_YEAR_SOURCE = String.raw`AHU\s*-\s*AH\s*\.\s*01\s*\.\s*(?<nc>\d{2})\s*-\s*(?<nn>\d{3,8})(?!\d)`;
const C2_SOURCE = String.raw`C2\s*-\s*(?<cn>\d{1,8})\s*\.\s*HT\s*\.\s*(?<cc>\d{2}\s*\.\s*\d{2})\s*\.\s*TH\s*\.\s*(?<cy>\d{4}|\d{2})(?!\d)`;
const AHU_SOURCE = `(?<![\\p{L}\\p{N}])(?:${AHU_WITH_YEAR_SOURCE}|${AHU_NO_YEAR_SOURCE}|${C2_SOURCE})`;

function ahuFromMatch(g: Record<string, string | undefined>): Ahu | null {
  if (g.wn !== undefined && g.wc !== undefined && g.wy !== undefined) {
    const spec = AHU_WITH_YEAR[g.wc.replace(/\s+/g, '')];
    const year = Number(g.wy);
    if (spec === undefined || year < 1900 || year > 2100) return null;
    return { number: spec.format(g.wn, year), kind: spec.kind, year };
  }
  if (g.nc !== undefined && g.nn !== undefined) {
    const kind = AHU_NO_YEAR[g.nc];
    if (kind === undefined) return null;
    return { number: `AHU-AH.01.${g.nc}-${g.nn}`, kind, year: null };
  }
  if (g.cn !== undefined && g.cc !== undefined && g.cy !== undefined) {
    // C2 numbers predate the online registry (~2008), so a two-digit year from 50 on is 19xx.
    const yy = Number(g.cy);
    const year = g.cy.length === 4 ? yy : yy >= 50 ? 1900 + yy : 2000 + yy;
    return { number: `C2-${g.cn}.HT.${g.cc.replace(/\s+/g, '')}.TH.${g.cy}`, kind: 'legacy_c2', year };
  }
  return null;
}

/** AHU registry numbers in the formats of domain.md 2.6, case-insensitive ("TAHUN"/"Tahun"), e.g.
 * AHU-0057316.AH.01.01.TAHUN 2020 (pengesahan_pt), AHU-0028881.AH.01.02.Tahun 2023 (perubahan_anggaran_dasar),
 * AHU-AH.01.03-0068237 (pemberitahuan_perubahan_ad), AHU-AH.01.09-0120764 (perubahan_data_perseroan),
 * AHU-0096180.AH.01.11.Tahun 2023 (daftar_perseroan), AHU-0030038-AH.01.14 Tahun 2020 (pendaftaran_cv_firma),
 * AHU-00068.AH.02.01 TAHUN 2019 (notaris), C2-10671.HT.01.01.TH.88 (legacy_c2, year 1988).
 * `number` is the normalised string (single spaces, "Tahun" capitalised like that). null if not an AHU number. */
export function parseAhu(raw: string): Ahu | null {
  const m = new RegExp(`^${AHU_SOURCE}$`, 'iu').exec(raw.trim());
  return m?.groups ? ahuFromMatch(m.groups) : null;
}

/** Every AHU number in a longer text, with its character index. */
export function findAhuNumbers(text: string): Array<{ ahu: Ahu; index: number; raw: string }> {
  const found: Array<{ ahu: Ahu; index: number; raw: string }> = [];
  for (const m of text.matchAll(new RegExp(AHU_SOURCE, 'giu'))) {
    const ahu = m.groups ? ahuFromMatch(m.groups) : null;
    if (ahu) found.push({ ahu, index: m.index, raw: m[0] });
  }
  return found;
}

/** Month names and the abbreviations seen in print, Indonesian (with the old "Pebruari"/"Nopember" spellings) and English. */
const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agust: 8, agus: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

// Longest names first, so "Agustus" is not read as "Agu" followed by junk.
const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// One pattern, three shapes, so matchAll yields dates in text order without overlaps. Numeric separators must agree
// ("16-08-2024", not "16-08/2024") and may not span lines; a month name may, as PDF text wraps lines anywhere.
const DATE_SOURCE = [
  String.raw`(?<![\d.\/-])(?<iy>\d{4})(?<isep>[-\/])(?<im>\d{1,2})\k<isep>(?<id>\d{1,2})(?![\d.\/-]?\d)`,
  String.raw`(?<![\d.\/-])(?<nd>\d{1,2})[ \t]*(?<nsep>[-\/.])[ \t]*(?<nm>\d{1,2})[ \t]*\k<nsep>[ \t]*(?<ny>\d{4})(?!\d)`,
  String.raw`(?<![\p{L}\d])(?<td>\d{1,2})(?:\s+|\s*[-\/.]\s*)(?<tm>${MONTH_ALTERNATION})(?!\p{L})\.?(?:\s*[-\/.,]\s*|\s+)(?<ty>\d{4})(?!\d)`,
].join('|');

function isoFrom(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one; UTC avoids local-time shifts.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateFromMatch(g: Record<string, string | undefined>): string | null {
  if (g.iy !== undefined) return isoFrom(Number(g.iy), Number(g.im), Number(g.id));
  if (g.ny !== undefined) return isoFrom(Number(g.ny), Number(g.nm), Number(g.nd));
  if (g.ty !== undefined && g.tm !== undefined) {
    const month = MONTHS[g.tm.toLowerCase()];
    return month === undefined ? null : isoFrom(Number(g.ty), month, Number(g.td));
  }
  return null;
}

/** Indonesian dates to ISO YYYY-MM-DD: "16 Agustus 2024", "16 Agt 2024", "16 AGUSTUS 2024", "1 Jan. 2020",
 * "16-08-2024", "16/08/2024", "16.08.2024", "2024-08-16", English month names too ("16 August 2024").
 * Month name abbreviations: Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu/Agt/Ags/Agust, Sep/Sept, Okt, Nov, Des (and Aug, Oct, Dec, May).
 * Rejects impossible dates (31 Februari, 30-02-2024) and years outside 1900-2100. The whole trimmed input must be one date. */
export function parseIndonesianDate(raw: string): string | null {
  const m = new RegExp(`^(?:${DATE_SOURCE})$`, 'iu').exec(raw.trim());
  return m?.groups ? dateFromMatch(m.groups) : null;
}

/** Every date in a longer text, in order, with the character index and raw matched text. */
export function findDates(text: string): Array<{ iso: string; index: number; raw: string }> {
  const found: Array<{ iso: string; index: number; raw: string }> = [];
  for (const m of text.matchAll(new RegExp(DATE_SOURCE, 'giu'))) {
    const iso = m.groups ? dateFromMatch(m.groups) : null;
    if (iso !== null) found.push({ iso, index: m.index, raw: m[0] });
  }
  return found;
}

/** A 4-digit tax year 1990-2100 ("2023", "Tahun Pajak 2023" → 2023 is NOT this function's job: input is the year token). */
export function parseYear(raw: string): number | null {
  const s = raw.trim();
  if (!/^\d{4}$/.test(s)) return null;
  const year = Number(s);
  return year >= 1990 && year <= 2100 ? year : null;
}
