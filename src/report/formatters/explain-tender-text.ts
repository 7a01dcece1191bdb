// `explain <tender>`: each requirement of a tender with the kind it was read as and its page, then the legal
// reasoning for each kind on the tender's date.
import type { Lang } from '../../i18n/labels.js';
import type { Ruleset } from '../../rules/load.js';
import { kindsOf, kindText } from '../../tender/infer.js';
import type { TenderRead } from '../../tender/read.js';
import { explainText } from './explain-text.js';
import { pageNote } from './page-note.js';

export function explainTenderText(read: TenderRead, ruleset: Ruleset, asOfGiven: string | undefined, lang: Lang): string {
  const { tender } = read;
  const asOf = asOfGiven ?? tender.meta.announced;
  const en = lang === 'en';
  const lines = [`${tender.meta.name}${tender.meta.code ? ` [${tender.meta.code}]` : ''}`];
  if (read.unknown.announced && !asOfGiven)
    lines.push(
      en
        ? `Announcement date unknown: the law in force on ${asOf} is applied (give --announced).`
        : `Tanggal pengumuman tidak diketahui: diterapkan ketentuan yang berlaku pada ${asOf} (berikan --announced).`,
    );
  else
    lines.push(
      `${en ? 'Announced' : 'Diumumkan'}: ${tender.meta.announced}${pageNote(tender.pages?.announced, lang)}; ${en ? 'deadline' : 'batas akhir penawaran'}: ${read.unknown.deadline ? '?' : `${tender.meta.deadline}${pageNote(tender.pages?.deadline, lang)}`}`,
    );
  lines.push('');
  const kinds = new Set<string>();
  for (const r of tender.requirements) {
    const k = r.kind;
    const closest = k.op === 'unknown' ? k.closest.join(', ') || '-' : '';
    lines.push(`${r.id}${pageNote(r.page, lang)}: ${r.text}`);
    lines.push(
      `  → ${k.op === 'unknown' ? (en ? `not understood (closest: ${closest})` : `tidak dipahami (terdekat: ${closest})`) : kindText(k)}`,
    );
    for (const id of kindsOf(k)) kinds.add(id);
  }
  const sections = [...kinds].flatMap((id) => {
    const kind = ruleset.requirements.get(id);
    return kind ? [explainText(ruleset, kind, asOf, lang)] : [];
  });
  return `${lines.join('\n')}\n\n${sections.join('\n')}`;
}
