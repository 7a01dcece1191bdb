// The law a report applied, in words: the instruments in force on the reference date (amendments named),
// and the coverage gaps where the rules hold no law. Every format prints it up front.

import { gapText } from '../../evaluate/evaluate.js';
import type { Lang } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import type { LawSummary } from '../../lint/lint.js';

const W = {
  id: {
    applied: 'Peraturan yang diterapkan',
    amended: 'sebagaimana telah diubah dengan',
    unverified: 'tanggal berlaku belum diverifikasi',
    gap: 'PERINGATAN CAKUPAN',
  },
  en: { applied: 'Law applied', amended: 'as amended by', unverified: 'date of effect not verified', gap: 'COVERAGE WARNING' },
} as const;

export function lawApplied(law: LawSummary, lang: Lang): string {
  const w = W[lang];
  const list = law.instruments.map((i) => {
    const amended = i.amendedBy.length > 0 ? ` ${w.amended} ${i.amendedBy.map((a) => a.name).join(', ')}` : '';
    return `${i.short}${i.fromVerified ? '' : '†'}${amended}`;
  });
  const note = law.instruments.some((i) => !i.fromVerified) ? ` († ${w.unverified})` : '';
  return `${w.applied} (${law.date}): ${list.join('; ') || '-'}${note}`;
}

/** One sentence per gap, or none when the rules cover the date. */
export function lawGaps(law: LawSummary, lang: Lang): string[] {
  return law.gaps.map((g) => `${W[lang].gap}: ${say(gapText(g), lang)}.`);
}

export function lawLabel(lang: Lang): string {
  return W[lang].applied;
}

/** For tables: [label, text] per gap. */
export function lawGapRows(law: LawSummary, lang: Lang): Array<[string, string]> {
  const label = lang === 'id' ? 'Peringatan cakupan' : 'Coverage warning';
  return law.gaps.map((g) => [label, `${say(gapText(g), lang)}.`]);
}
