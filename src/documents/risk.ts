// A row of the OSS-RBA NIB's Lampiran (No | Kode | Judul KBLI | Risiko) read as "code:level", the form the
// risk-based licensing rules compare. Null when the row has no 5-digit code or no risk level.
const LEVELS: Array<[RegExp, string]> = [
  [/menengah\s*[-–]?\s*rendah|\bMR\b/iu, 'menengah_rendah'],
  [/menengah\s*[-–]?\s*tinggi|\bMT\b/iu, 'menengah_tinggi'],
  [/\brendah\b/iu, 'rendah'],
  [/\btinggi\b/iu, 'tinggi'],
];

export function parseKbliRisk(raw: string): string | null {
  const code = /(?<!\d)(\d{5})(?!\d)/u.exec(raw)?.[1];
  if (!code) return null;
  // The risk stands last on the row: judge the text after the code's title, compound levels first.
  const tail = raw.slice(raw.indexOf(code) + 5);
  const level = LEVELS.find(([re]) => re.test(tail.slice(-40)))?.[1];
  return level ? `${code}:${level}` : null;
}
