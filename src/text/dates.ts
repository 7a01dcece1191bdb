// Indonesian dates (month names, numeric forms) to ISO, and the tax year. Parsers return null; they never throw.

/** Month names and the abbreviations seen in print, Indonesian (with the old "Pebruari"/"Nopember" spellings) and English. */
const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agust: 8,
  agus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
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

/** The ISO date `days` after `iso` (calendar days, UTC). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The ISO date `years` after `iso` (29 February falls to 1 March). */
export function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}
