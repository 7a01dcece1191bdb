// An error as the user reads it on stderr: the catalogue's message, the lines of their files at fault (at
// most 20), the hint, and a stack trace only for an internal error under --debug.
import { describeError, type KualifikasiError } from '../../errors/catalogue.js';
import type { Lang } from '../../i18n/labels.js';

const SHOWN = 20;

export function errorText(err: KualifikasiError, lang: Lang, stack?: string): string {
  const { message, hint } = describeError(err, lang);
  const lines = [`kualifikasi: ${message}`];
  for (const p of err.problems.slice(0, SHOWN)) lines.push(`  ${p.file}:${p.line}:${p.column}: ${p.text?.[lang] ?? p.message}`);
  if (err.problems.length > SHOWN) lines.push(`  ... (+${err.problems.length - SHOWN})`);
  lines.push(hint);
  if (stack) lines.push(stack);
  return `${lines.join('\n')}\n`;
}

/** One line for an error that does not stop the run (a bundle without a PDF in a batch). */
export function errorLine(err: KualifikasiError, lang: Lang): string {
  return `kualifikasi: ${describeError(err, lang).message}\n`;
}
