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

/**
 * OCR reads 0 as O and 1 as I or l, and glues table borders to numbers ("|46599"). Inside a token that is mostly
 * digits, letters that look like digits are read back as digits; a border next to a digit becomes a space.
 * Words are left alone: a token needs as many real digits as letters, or one letter more once it has two ("82llO").
 * `repaired` says a letter was changed.
 */
export function ocrDigits(raw: string): { text: string; repaired: boolean } {
  let repaired = false;
  const text = raw
    .replace(/\|(?=\s*[\dOIl])|(?<=[\dOIl]\s*)\|/g, ' ')
    .replace(/(?<![\p{L}\d])[\dOoIl](?:[\dOoIl]|[.,\-\/](?=[\dOoIl]))*(?![\p{L}\d])/gu, (token) => {
      const digits = token.replace(/\D/g, '').length;
      const letters = token.replace(/[^OoIl]/g, '').length;
      if (letters === 0 || digits === 0 || letters > (digits >= 2 ? digits + 1 : digits)) return token;
      repaired = true;
      return token.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    })
    .replace(/ {2,}/g, ' ')
    .trim();
  return { text, repaired };
}

/** Text with every "rn" read as "m" (OCR's reading of "m": "Nornor", "Narna"), and for each of its characters the index it came from. */
export function withoutRn(text: string): { variant: string; original: number[] } {
  let variant = '';
  const original: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === 'rn' || pair === 'RN') {
      variant += pair === 'rn' ? 'm' : 'M';
      original.push(i);
      i++;
    } else {
      variant += text[i];
      original.push(i);
    }
  }
  return { variant, original };
}

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
  const check = (legacy15: string | null) => ({ checkDigitOk: legacy15 === null ? null : npwpCheckDigitOk(legacy15), ocrRepaired: ocr.repaired });
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
 * KBLI codes listed on one line: "46512, 47413, 62019", "46512; 47413 dan 62019", or one "kode - judul" item.
 * Every item must read as a code: one unreadable item makes the whole list null, since a partial list could
 * make a listed code look absent.
 */
export function parseKbliList(raw: string): string[] | null {
  const s = ocrDigits(raw).text;
  // "46512 - Perdagangan Besar ..." or "46512 Perdagangan ...": one code and its title.
  const titled = /^(\d{5})(?:\s*[-–:]\s*|\s+)\p{L}/u.exec(s);
  if (titled) return [titled[1] as string];
  const items = s.split(/\s*(?:[,;/&]|\bdan\b)\s*|\s+/i).filter((x) => x !== '');
  if (items.length === 0 || !items.every((x) => /^\d{5}$/.test(x))) return null;
  return [...new Set(items)];
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
const AHU_WITH_YEAR_SOURCE =
  String.raw`AHU\s*[-.]\s*(?<wn>\d{3,8})\s*[.-]\s*AH\s*\.\s*(?<wc>0[12]\s*\.\s*\d{2})(?:\s*[.-])?\s*(?:TAHUN|TH\.?)\s*(?<wy>\d{4})(?!\d)`;
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



// Words that stand before a name in deeds and forms: honorifics, then titles (abbreviated or spelt out, as
// notaries write them: "Tuan Insinyur Haji BUDI", "Nyonya Doktoranda SITI").
const HONORIFIC = String.raw`(?:tuan|tn|nyonya|ny|nona|nn|sdr|sdri|saudara|saudari|bapak|bpk|ibu)\.?`;
const TITLE_BEFORE = String.raw`(?:ir|drs|dra|dr|prof|h|hj|haji|hajah|hajjah|insinyur|doktorandus|doktoranda|doktor|profesor|professor)\.?`;
const LEADING_WORDS = new RegExp(String.raw`^(?:(?:${HONORIFIC}|${TITLE_BEFORE})(?:\s+|$))+`, 'iu');
/** Where a name stops: the deed's "tersebut", a comma before degrees ("…, Sarjana Hukum"), a bracket, a clause,
 * the dashes notaries pad lines with. */
const NAME_END = /\s*(?:[,;:(]|-{2,}|\btersebut\b|\blahir\b|\bselaku\b|\bsebagai\b|\bbertempat\b|\bpemegang\b|\bwarga\b).*$/isu;
/** Words that show the text is a clause or a label, not a person ("yang", "dan": a name is not cut there, as
 * "LIM YANG" would lose half of itself; the whole reading is refused instead). */
const NOT_A_NAME = /^(?:direktur|direksi|komisaris|persero|perseroan|sekutu|pasal|akta|notaris|nomor|no|jabatan|nama|untuk|dengan|adalah|diangkat|anggota|dewan|pengurus|utama|wakil|saksi|yang|dan|atau|selanjutnya|disebut|dalam|akan|oleh)$/iu;
/** "Label :" at the start of a line: the next field, so not a value carried over from the line above. */
export const LABEL_LINE = /^[\p{L}][\p{L} .()/-]{1,50}[ \t]*[:：]/u;

/**
 * A person's name as deeds and forms print it after a label: honorifics and titles dropped, degrees after a
 * comma dropped, "tersebut" and anything after it dropped. When the label's line holds only an honorific
 * ("Direktur : Tuan" / "HENDRA WIJAYA") or nothing, the name is taken from the next line, unless that line is
 * another label. null when what is there does not look like a name (words of letters only, 1-6 of them).
 */
export function parsePersonName(raw: string): string | null {
  return readPersonName(raw).name;
}

/** parsePersonName, and how many lines of `raw` it read (to show just those). */
export function readPersonName(raw: string): { name: string | null; lines: number } {
  const lines = raw.split('\n').slice(0, 4);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const none = { name: null, lines: i + 1 };
    if (i > 0 && LABEL_LINE.test(line)) return { name: null, lines: i };
    const name = line.replace(NAME_END, '').replace(LEADING_WORDS, '').trim();
    if (name === '') {
      // Only an honorific or title (or nothing) before the break: the name follows. A clause does not.
      const rest = line.replace(LEADING_WORDS, '');
      if (rest.replace(/^[\s,;:-]*/, '') === '') continue;
      return none;
    }
    const words = name.replace(/\.$/, '').split(/\s+/);
    const nameLike = words.length <= 6 && words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w)) && words.some((w) => /\p{L}{2}/u.test(w));
    if (!nameLike || words.some((w) => NOT_A_NAME.test(w.replace(/\.$/, '')))) return none;
    // A capitalised name with nothing closing it, and a capitalised word opening the next line: the name may
    // go on there ("Tuan RUDI" / "HARTONO tersebut;"). Half a name would not match the KTP, so read none.
    const next = lines[i + 1]?.trim() ?? '';
    const closed = NAME_END.test(line) || /[.;]$/.test(line);
    if (!closed && name === name.toUpperCase() && /^\p{Lu}{2,}\b/u.test(next) && !LABEL_LINE.test(next)) return { name: null, lines: i + 2 };
    return { name: words.join(' ').replace(/\.$/, ''), lines: i + 1 };
  }
  return { name: null, lines: lines.length };
}

/** An address as printed, with OCR's readings of "Jl." ("JI.", "J1.", "J.") put back; whitespace normalised. */
export function normaliseAddress(raw: string): string | null {
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/(^|[\s,])(?:JI|J1|J\|)(\.?)(?=\s+\p{L})/gu, '$1Jl$2')
    .replace(/^J\.(?=\s+\p{Lu})/u, 'Jl.')
    .replace(/[\s,;:.]+$/u, '')
    .trim();
  return s.length > 0 ? s : null;
}
