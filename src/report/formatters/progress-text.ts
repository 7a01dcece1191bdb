// The one-line progress display of a long check on a terminal: a bar, the count, the time left, the file.
import type { Lang } from '../../i18n/labels.js';

const WIDTH = 24;

/** `leftMs` is the estimated time left, or undefined while there is no estimate yet. */
export function progressLine(n: number, total: number, label: string, leftMs: number | undefined, lang: Lang): string {
  const filled = Math.round((n / total) * WIDTH);
  const name = label.length > 40 ? `…${label.slice(-39)}` : label;
  const left =
    leftMs === undefined ? '' : ` · ${lang === 'en' ? 'about' : 'sisa ±'} ${duration(leftMs, lang)}${lang === 'en' ? ' left' : ''}`;
  return `\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${n}/${total} ${lang === 'en' ? 'documents' : 'dokumen'}${left} ${name}`;
}

/** Clears the progress line. */
export const progressClear = '\r\x1b[2K';

function duration(ms: number, lang: Lang): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} ${lang === 'en' ? 's' : 'dtk'}`;
  return `${Math.floor(s / 60)} ${lang === 'en' ? 'min' : 'mnt'} ${s % 60} ${lang === 'en' ? 's' : 'dtk'}`;
}
