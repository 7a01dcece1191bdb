// Normalises extracted page text before matching: pdf.js output varies by producer (non-breaking spaces,
// tabs, letter-spaced headings such as "N O M O R"), while rule patterns are written for plain text.
export function normalisePage(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => joinLetterSpaced(line).replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "N O M O R  I N D U K" → "NOMOR INDUK": runs of four or more single letters separated by single spaces. */
function joinLetterSpaced(line: string): string {
  return line.replace(/(?<![\p{L}\p{N}])(?:\p{Lu} ){3,}\p{Lu}(?![\p{L}\p{N}])/gu, (run) => run.replace(/ /g, ''));
}

/** The line of `text` around a character index, trimmed to a readable snippet. */
export function snippetAt(text: string, index: number, length: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const endNl = text.indexOf('\n', index + Math.max(length, 1));
  const end = endNl === -1 ? text.length : endNl;
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}
