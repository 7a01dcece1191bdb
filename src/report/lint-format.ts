// Presents a LintReport: per requirement, the kind it was understood as and each finding with its
// severity and citation. Also printed at the top of every check report.
import { gapText } from '../evaluate/evaluate.js';
import { lawApplied, lawGaps } from './law-text.js';
import type { ChalkInstance } from 'chalk';
import { formatDatesIn, type Lang } from '../i18n/labels.js';
import type { LintReport, Severity } from '../lint/lint.js';
import { pageNote } from './page-note.js';

const W = {
  id: { title: 'Pemeriksaan persyaratan tender', understood: 'dipahami sebagai', unknownKind: '(tidak dikenali)', basis: 'Dasar hukum', clean: 'Tidak ada temuan.', total: 'Temuan', error: 'tidak sesuai ketentuan', warning: 'peringatan', info: 'catatan' },
  en: { title: "Checks on the tender's requirements", understood: 'understood as', unknownKind: '(not recognised)', basis: 'Legal basis', clean: 'No findings.', total: 'Findings', error: 'error', warning: 'warning', info: 'note' },
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
      const message = formatDatesIn(onlyFindings ? firstSentence(f.message[lang]) : f.message[lang], lang);
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

export function lintJson(report: LintReport, lang: Lang, tender: { file: string; sha256: string }): string {
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      asOf: report.asOf,
      law: { ...report.law, gaps: report.law.gaps.map((g) => ({ ...g, message: gapText(g)[lang] })) },
      tender,
      requirements: report.requirements.map((r) => ({
        id: r.id,
        text: r.text,
        kind: r.kind,
        line: r.line,
        ...(r.page ? { page: r.page } : {}),
        findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message[lang], citations: f.citations })),
      })),
    },
    null,
    2,
  )}\n`;
}
