// Presents a LintReport: per requirement, the kind it was understood as and each finding with its
// severity and citation. Also printed at the top of every check report.

import type { ChalkInstance } from 'chalk';
import { formatDate, formatDatesIn, type Lang } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import type { LintReport, Severity } from '../../lint/lint.js';
import { lawApplied, lawGaps } from './law-text.js';
import { pageNote } from './page-note.js';

const W = {
  id: {
    title: 'Pemeriksaan persyaratan tender',
    understood: 'dipahami sebagai',
    unknownKind: '(tidak dikenali)',
    basis: 'Dasar hukum',
    clean: 'Tidak ada temuan.',
    total: 'Temuan',
    error: 'tidak sesuai ketentuan',
    warning: 'peringatan',
    info: 'catatan',
  },
  en: {
    title: "Checks on the tender's requirements",
    understood: 'understood as',
    unknownKind: '(not recognised)',
    basis: 'Legal basis',
    clean: 'No findings.',
    total: 'Findings',
    error: 'error',
    warning: 'warning',
    info: 'note',
  },
} as const;

const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  id: { error: 'TIDAK SESUAI KETENTUAN', warning: 'PERINGATAN', info: 'CATATAN' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'NOTE' },
};

/** Text for the findings; with `onlyFindings`, requirements without findings are left out (the check header). */
export function lintText(report: LintReport, lang: Lang, c: ChalkInstance, onlyFindings = false): string {
  const w = W[lang];
  const out: string[] = [c.bold(w.title)];
  if (!onlyFindings) out.push(lawApplied(report.law, lang), ...lawGaps(report.law, lang).map((g) => c.yellow.bold(g)));
  const paint = (s: Severity) => (s === 'error' ? c.red : s === 'warning' ? c.yellow : c.cyan);
  for (const r of report.requirements) {
    if (onlyFindings && r.findings.length === 0) continue;
    out.push(`${r.id.padStart(3)}. ${r.text}${pageNote(r.page, lang)}`);
    out.push(c.dim(`     ${w.understood}: ${r.kind === 'unknown' ? w.unknownKind : r.kind}`));
    for (const f of r.findings) {
      // In a check report's header only the finding's first sentence: the bidder sections explain in full.
      const message = formatDatesIn(onlyFindings ? firstSentence(say(f.message, lang)) : say(f.message, lang), lang);
      out.push(`     ${paint(f.severity)(SEVERITY_LABEL[lang][f.severity])} [${f.code}] ${message}`);
      if (onlyFindings) continue;
      for (const cite of f.citations) out.push(`       ${w.basis}: ${cite.instrument}, ${cite.provision}${cite.verified ? '' : ' *'}`);
    }
  }
  const all = report.requirements.flatMap((r) => r.findings);
  if (all.length === 0) out.push(w.clean);
  else {
    const n = (s: Severity) => all.filter((f) => f.severity === s).length;
    // Indonesian nouns do not inflect for number; English ones do.
    const count = (sev: Severity) => `${n(sev)} ${w[sev]}${lang === 'en' && n(sev) !== 1 ? 's' : ''}`;
    out.push(`${w.total}: ${count('error')}, ${count('warning')}, ${count('info')}`);
  }
  return `${out.join('\n')}\n`;
}

function firstSentence(s: string): string {
  const m = /^.+?\.(?=\s+\p{Lu}|$)/u.exec(s);
  return m ? m[0] : s;
}

/** Above the text of a pasted LDK without an announcement date: which day's law was applied instead. */
export function lintAnnouncementNote(asOf: string, lang: Lang, c: ChalkInstance): string {
  const day = formatDate(asOf, lang);
  const note =
    lang === 'id'
      ? `Tanggal pengumuman tidak diketahui: diterapkan ketentuan yang berlaku pada ${day} (berikan --announced untuk tanggal tender).`
      : `Announcement date unknown: the law in force on ${day} is applied (give --announced for the tender's date).`;
  return `${c.dim(note)}\n`;
}
