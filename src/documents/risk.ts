// A row of the OSS-RBA NIB's Lampiran (No | Kode | Judul KBLI | Risiko) read as "code:level", the form the
// risk-based licensing rules compare. Null when the row has no 5-digit code or no certain risk level: a
// level misread as a lower one would pass a licence that is not there.
import { distance } from 'fastest-levenshtein';

const LEVEL = /(menengah)?\s*[-–]?\s*\b(rendah|tinggi)\b/giu;

/** "Menenqah", "Menen9ah": OCR's damaged "Menengah", which must not leave a bare "Rendah" behind. */
const nearMenengah = (w: string) => w.length >= 6 && distance(w.toLowerCase(), 'menengah') <= 2;

export function parseKbliRisk(raw: string): string | null {
  const code = /(?<!\d)(\d{5})(?!\d)/u.exec(raw)?.[1];
  if (!code) return null;
  // The risk stands last on the row: the last level phrase after the code's title.
  const tail = raw.slice(raw.indexOf(code) + 5);
  const last = [...tail.matchAll(LEVEL)].at(-1);
  if (!last || last.index === undefined) return null;
  const after = tail
    .slice(last.index + last[0].length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // A level cell wrapped over two lines ("Menengah" / "Rendah") or a damaged "Menengah": not certain.
  if (after.some(nearMenengah)) return null;
  const before = tail.slice(0, last.index).trim().split(/\s+/).at(-1) ?? '';
  if (!last[1] && nearMenengah(before)) return null;
  const level = last[2]?.toLowerCase() as 'rendah' | 'tinggi';
  return `${code}:${last[1] ? `menengah_${level}` : level}`;
}
