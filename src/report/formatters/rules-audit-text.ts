// `rules audit` as text: one line per finding (file:line: [code] message), then the counts.

import { CONFIDENCE_LABEL, type Lang } from '../../i18n/labels.js';
import type { Audit, AuditFinding } from '../../rules/audit.js';

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

/** A finding in words, in the run's language. */
export function auditMessage(f: AuditFinding, lang: Lang): string {
  switch (f.code) {
    case 'not-checked-against-official-text':
      return t(
        lang,
        'Belum ada ketentuan yang dicocokkan dengan naskah resmi (JDIH).',
        'No provision has been checked against the official (JDIH) text.',
      );
    case 'unverified-date': {
      const { short, in_force_from: from } = f.instrument;
      return t(
        lang,
        `Tanggal berlaku ${short} (${from ?? 'tidak diketahui'}) belum diverifikasi.`,
        `The effective date of ${short} (${from ?? 'unknown'}) is not verified.`,
      );
    }
    case 'superseded': {
      const { short, replaced_by: by, ended_on: on, ended_on_verified: verified } = f.instrument;
      const unverified = verified ? '' : t(lang, ' (tanggal belum diverifikasi)', ' (date not verified)');
      return t(
        lang,
        `${short} dicabut/diganti${by ? ` oleh ${by.name}` : ''}; tidak berlaku sejak ${on}${unverified}.`,
        `${short} was repealed/replaced${by ? ` by ${by.name}` : ''}; not in force from ${on}${unverified}.`,
      );
    }
    case 'amended': {
      const a = f.amendment;
      const when = (unverified: string) => (a.on ? ` (${a.on}${a.verified ? '' : unverified})` : '');
      return t(
        lang,
        `${f.instrument.short} diubah dengan ${a.name}${when(', tanggal belum diverifikasi')}; tetap berlaku sebagaimana telah diubah.`,
        `${f.instrument.short} amended by ${a.name}${when(', date not verified')}; still in force as amended.`,
      );
    }
    case 'unverified-citation': {
      const c = f.provision.verification.confidence;
      return t(
        lang,
        `${f.instrument.short}, ${f.provision.article}: nomor pasal/rumusan belum diverifikasi (${CONFIDENCE_LABEL.id[c] ?? c}).`,
        `${f.instrument.short}, ${f.provision.article}: article number/wording not verified (${CONFIDENCE_LABEL.en[c] ?? c}).`,
      );
    }
    case 'review-overdue':
      return t(
        lang,
        `${f.instrument.short}, ${f.provision.article}: seharusnya ditinjau ulang paling lambat ${f.provision.review_by}.`,
        `${f.instrument.short}, ${f.provision.article}: was due for review by ${f.provision.review_by}.`,
      );
  }
}

export function rulesAuditText(audit: Audit, lang: Lang): string {
  const { findings } = audit;
  const lines = findings.map((f) => `${f.file}:${f.line}: [${f.code}] ${auditMessage(f, lang)}`);
  const n = (c: AuditFinding['code']) => findings.filter((f) => f.code === c).length;
  lines.push(
    t(
      lang,
      `${findings.length} temuan: ${n('unverified-citation')} kutipan belum diverifikasi, ${n('unverified-date')} tanggal berlaku belum diverifikasi, ${n('superseded')} instrumen dicabut/diganti, ${n('amended')} perubahan, ${n('review-overdue')} tinjauan terlambat.`,
      `${findings.length} findings: ${n('unverified-citation')} unverified citations, ${n('unverified-date')} unverified effective dates, ${n('superseded')} repealed/replaced instruments, ${n('amended')} amendments, ${n('review-overdue')} overdue reviews.`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
