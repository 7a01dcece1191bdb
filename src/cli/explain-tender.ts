// `kualifikasi explain <tender>`: each requirement of a tender (any form tender/read.ts takes) with the kind
// it was read as and its page, then the legal reasoning for each kind on the tender's date.
import type { Lang } from '../i18n/labels.js';
import { explainText } from '../report/explain.js';
import type { Ruleset } from '../rules/load.js';
import { kindText } from '../tender/infer.js';
import type { LdkMetaOverrides } from '../tender/ldk-text.js';
import { readTender } from '../tender/read.js';
import { writeEmitted } from './lint.js';
import { withTenderReader } from './tender-reader.js';

export interface ExplainTenderOptions extends LdkMetaOverrides {
  lang: Lang;
  asOf?: string;
  emitYaml?: string;
  ocr?: boolean;
}

export async function explainTender(file: string, ruleset: Ruleset, opts: ExplainTenderOptions): Promise<{ text: string; notices: string[] }> {
  const read = await withTenderReader(opts.ocr ?? true, (reader) => readTender(file, ruleset, { ...opts, missingDates: 'stand-in', reader }));
  const { tender } = read;
  if (opts.emitYaml) {
    if (read.yaml === undefined) {
      const { KualifikasiError } = await import('../errors.js');
      throw new KualifikasiError('LDK_META_MISSING', { file, missing: read.missing.map((m) => `--${m}`).join(', ') });
    }
    await writeEmitted(opts.emitYaml, read.yaml, file);
  }
  const asOf = opts.asOf ?? tender.meta.announced;
  const en = opts.lang === 'en';
  const page = (p: number | undefined) => (p ? ` (${en ? 'p.' : 'hlm.'} ${p})` : '');
  const lines = [`${tender.meta.name}${tender.meta.code ? ` [${tender.meta.code}]` : ''}`];
  if (read.unknown.announced && !opts.asOf) lines.push(en ? `Announcement date unknown: the law in force on ${asOf} is applied (give --announced).` : `Tanggal pengumuman tidak diketahui: diterapkan ketentuan yang berlaku pada ${asOf} (berikan --announced).`);
  else lines.push(`${en ? 'Announced' : 'Diumumkan'}: ${tender.meta.announced}${page(tender.pages?.announced)}; ${en ? 'deadline' : 'batas akhir penawaran'}: ${read.unknown.deadline ? '?' : `${tender.meta.deadline}${page(tender.pages?.deadline)}`}`);
  lines.push('');
  const kinds = new Set<string>();
  for (const r of tender.requirements) {
    const k = r.kind;
    lines.push(`${r.id}${page(r.page)}: ${r.text}`);
    lines.push(`  → ${k.op === 'unknown' ? (en ? `not understood (closest: ${k.closest.join(', ') || '-'})` : `tidak dipahami (terdekat: ${k.closest.join(', ') || '-'})`) : kindText(k)}`);
    for (const id of k.op === 'one' ? [k.kind] : k.op === 'unknown' ? [] : k.kinds) kinds.add(id);
  }
  const sections = [...kinds].flatMap((id) => {
    const kind = ruleset.requirements.get(id);
    return kind ? [explainText(ruleset, kind, asOf, opts.lang)] : [];
  });
  return { text: `${lines.join('\n')}\n\n${sections.join('\n')}`, notices: read.notices };
}
