// The lines of a pasted LDK that `lint` could not attribute to a requirement, for stderr.
import type { Lang } from '../../i18n/labels.js';

export function lintNoticesText(notices: readonly string[], lang: Lang): string {
  if (notices.length === 0) return '';
  const head =
    lang === 'en'
      ? 'Lines not attributed to any requirement (check them):'
      : 'Baris yang tidak dapat dikaitkan ke butir persyaratan mana pun (periksa):';
  return `${head}\n${notices.map((n) => `  ${n}`).join('\n')}\n`;
}
