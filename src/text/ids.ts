// Indonesian identifiers read from documents: NIB, NPWP/NITKU, NIK, KBLI, AHU registry numbers. Parsers return null
// on anything they cannot read; they never throw.

import { ocrDigits, separatedDigits } from './digits.js';

/** NIB: exactly 13 digits once spaces, dots and hyphens are removed (OCR-style letter spacing "9 1 2 0 ..." too). null otherwise. */
export function parseNib(raw: string): string | null {
  const digits = separatedDigits(ocrDigits(raw).text);
  return digits !== null && digits.length === 13 ? digits : null;
}

export interface Npwp {
  /** The 16-digit form: badan = "0" + the old 15 digits; orang pribadi since PMK 112/2022 = the NIK. */
  digits16: string;
  /** The old 15 digits when the number has a 15-digit form (input was 15 digits, or 16 digits starting with 0). */
  legacy15: string | null;
  /** What was printed, whitespace-normalised. */
  printed: string;
  /** 'dotted15' for 99.999.999.9-999.999, 'plain15', 'plain16' (spaces allowed, e.g. "1000 0000 0204 4156"),
   * 'nitku22' for a NITKU: the 16 digits followed by a 6-digit place-of-business number (PER-06/PJ/2024). */
  format: 'dotted15' | 'plain15' | 'plain16' | 'nitku22';
  /** The 6-digit place-of-business suffix of a NITKU ("000000" is the head office). */
  nitkuSuffix?: string;
  /** The Luhn check digit (9th of the 15) holds; null when the number has no 15-digit form (a NIK). */
  checkDigitOk: boolean | null;
  /** A letter read by OCR was taken for a digit (O for 0, I/l for 1). */
  ocrRepaired: boolean;
}

/** Luhn over a digit string, the last digit being the check digit. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The 15-digit NPWP's 9th digit is a Luhn check digit over the first 8 (python-stdnum id.npwp, Business::ID::NPWP). */
export function npwpCheckDigitOk(legacy15: string): boolean {
  return /^\d{15}$/.test(legacy15) && luhnValid(legacy15.slice(0, 9));
}

/** Accepts the 15-digit dotted form, bare 15 digits, 16 digits (with optional spaces/dots) or a 22-digit NITKU. null otherwise.
 * A wrong check digit is reported in `checkDigitOk`, not rejected here: callers decide (a reading repaired from OCR must hold). */
export function parseNpwp(raw: string): Npwp | null {
  const ocr = ocrDigits(raw);
  const digits = separatedDigits(ocr.text);
  if (digits === null) return null;
  const printed = raw.trim().replace(/\s+/g, ' ');
  const check = (legacy15: string | null) => ({
    checkDigitOk: legacy15 === null ? null : npwpCheckDigitOk(legacy15),
    ocrRepaired: ocr.repaired,
  });
  if (digits.length === 15) {
    // Misplaced punctuation ("02-248.853.0-039.000" is printed in the wild) still counts as the dotted form:
    // the digits identify the taxpayer, the grouping is typography.
    const format = /[.-]/.test(printed) ? 'dotted15' : 'plain15';
    return { digits16: `0${digits}`, legacy15: digits, printed, format, ...check(digits) };
  }
  if (digits.length === 16 || digits.length === 22) {
    // Only badan numbers carry a leading 0 (PMK 112/2022); a NIK never does, its province code is 11-94.
    const digits16 = digits.slice(0, 16);
    const legacy15 = digits16.startsWith('0') ? digits16.slice(1) : null;
    if (digits.length === 16) return { digits16, legacy15, printed, format: 'plain16', ...check(legacy15) };
    return { digits16, legacy15, printed, format: 'nitku22', nitkuSuffix: digits.slice(16), ...check(legacy15) };
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
  const digits = separatedDigits(ocrDigits(raw).text);
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

/** Whether a NIK's embedded birth date (DDMMYY, women DD+40) is the ISO birth date printed beside it. */
export function nikMatchesBirthDate(nik: Nik, isoBirthDate: string): boolean {
  const m = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(isoBirthDate);
  if (!m) return false;
  return nik.birthYearTwoDigits === Number(m[1]) && nik.birthMonth === Number(m[2]) && nik.birthDay === Number(m[3]);
}

/** KBLI kelompok code: exactly 5 digits (OCR'd O/I/l and a table border tolerated). null otherwise. */
export function parseKbli(raw: string): string | null {
  const s = ocrDigits(raw).text;
  return /^\d{5}$/.test(s) ? s : null;
}

/**
 * KBLI codes listed after a label: "46512, 47413, 62019", "46512; 47413 dan 62019", "kode - judul" items, or codes
 * with their titles in brackets ("46512 (Perdagangan Besar ...), 47413 (...)"), over the lines the list wraps to.
 * Titles are words; every number left must be a 5-digit code, or the list is null: a partial list could make a
 * listed code look absent.
 */
export function parseKbliList(raw: string): string[] | null {
  const s = ocrDigits(raw.replace(/\s*\n\s*/g, ' ')).text.replace(/\([^()]*\)/g, ' ');
  const numbers = s.match(/\d+/g);
  if (numbers === null || !numbers.every((x) => x.length === 5)) return null;
  // A code must open the list: "Lihat Lampiran 46512" is not a list.
  if (!/^\d{5}(?!\d)/.test(s)) return null;
  return [...new Set(numbers)];
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

// Printed separators drift ("01.01.TAHUN", "01.01 Tahun", "01.01. Tahun", "Tahun2022", the CV hyphen as a dot, the
// 2008 Sisminbakum "AHU . 90256 . AH . 01 . 01 TH 2008"), so the patterns
// accept any of them and the kind is decided by the AH.xx.xx code alone. Whitespace may be a line break in PDF text.
const AHU_WITH_YEAR_SOURCE = String.raw`AHU\s*[-.]\s*(?<wn>\d{3,8})\s*[.-]\s*AH\s*\.\s*(?<wc>0[12]\s*\.\s*\d{2})(?:\s*[.-])?\s*(?:TAHUN|TH\.?)\s*(?<wy>\d{4})(?!\d)`;
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
