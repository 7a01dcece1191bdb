// `explain`: the legal reasoning behind one requirement kind on a date, in prose a pokja can paste into
// a berita acara: the requirement, its basis, and the equivalences, waivers and exemptions in force.

import { gapReason } from '../../evaluate/evaluate.js';
import { CONFIDENCE_LABEL, type Lang } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import { equivalenceRefs, periodOf } from '../../rules/at.js';
import type { Ruleset } from '../../rules/load.js';
import type { RequirementKind } from '../../rules/schema.js';

const W = {
  id: {
    requirement: 'Persyaratan',
    basis: 'Dasar hukum',
    inForce: 'Berlaku pada',
    notInForce: 'Tidak berlaku pada tanggal itu',
    equivalence: 'Kesetaraan',
    waiver: 'Tidak dapat dipersyaratkan',
    exemption: 'Pengecualian',
    since: 'sejak',
    until: 'sampai',
    unverified: 'nomor pasal/rumusan belum terverifikasi',
    verified: 'rumusan dari sumber sekunder',
    none: 'Tidak ada kesetaraan, penghapusan atau pengecualian yang berlaku.',
    forms: 'bila peserta berbentuk',
    official: 'Catatan: belum ada kutipan yang dicocokkan dengan naskah resmi (JDIH).',
    law: 'Peraturan yang diterapkan pada',
    amended: 'sebagaimana telah diubah dengan',
    noLaw: 'Kekosongan hukum',
    otherBasis: 'Dasar hukum pada periode lain',
  },
  en: {
    requirement: 'Requirement',
    basis: 'Legal basis',
    inForce: 'In force on',
    notInForce: 'Not in force on that date',
    equivalence: 'Equivalence',
    waiver: 'Cannot be required',
    exemption: 'Exemption',
    since: 'from',
    until: 'until',
    unverified: 'article number/wording not verified',
    verified: 'wording from secondary sources',
    none: 'No equivalence, waiver or exemption applies.',
    forms: 'when the bidder is',
    official: 'Note: no citation has yet been checked against the official (JDIH) text.',
    law: 'Law applied on',
    amended: 'as amended by',
    noLaw: 'No law encoded',
    otherBasis: 'Legal basis in another period',
  },
} as const;

export function explainText(ruleset: Ruleset, kind: RequirementKind, asOf: string, lang: Lang): string {
  const w = W[lang];
  const law = ruleset.at(asOf);
  const at = law.kind(kind);
  const cite = (ref: string) => {
    const p = ruleset.provisions.get(ref);
    if (!p) return ref;
    const v = p.provision.verification;
    return `${p.instrument.short}, ${p.provision.article}: "${p.provision.text}" (${v.verified ? w.verified : w.unverified}; ${CONFIDENCE_LABEL[lang][v.confidence] ?? v.confidence})`;
  };
  const period = (x: { from?: string | undefined; until?: string | undefined }, refs: readonly string[]) => {
    const p = periodOf(ruleset.provisions, x, refs);
    return `${w.since} ${p.from ?? '?'}${p.until ? ` ${w.until} ${p.until}` : ''}`;
  };
  const out: string[] = [];
  out.push(`${w.requirement}: ${kind.name[lang]} [${kind.id}]`);
  out.push(
    `${w.law} ${asOf}: ${law.instruments.map((i) => i.short + (i.amendedBy.length > 0 ? ` (${w.amended} ${i.amendedBy.map((a) => a.name).join(', ')})` : '')).join('; ') || '-'}`,
  );
  for (const ref of at.basis) out.push(`${w.basis}: ${cite(ref)} (${period({}, [ref])})`);
  if (at.noLaw) out.push(`${w.noLaw}: ${say(gapReason(at.gaps, asOf), lang)}`);
  const other = kind.basis.filter((r) => !at.basis.includes(r));
  for (const ref of other)
    out.push(
      `  ${w.otherBasis}: ${ruleset.provisions.get(ref)?.instrument.short ?? ref}, ${ruleset.provisions.get(ref)?.provision.article ?? ''} (${period({}, [ref])})`,
    );
  out.push('');
  const rules = [
    ...kind.equivalences.map((e) => ({
      x: e,
      label: `${w.equivalence} ${e.id}`,
      refs: equivalenceRefs(e),
      extra: '',
      now: at.equivalences.includes(e),
    })),
    ...kind.waivers.map((x) => ({ x, label: `${w.waiver} (${x.id})`, refs: x.provisions, extra: '', now: at.waivers.includes(x) })),
    ...kind.exemptions.map((x) => ({
      x,
      label: `${w.exemption} ${x.id}`,
      refs: [x.provision],
      extra: ` ${w.forms} ${x.when.bidder_form.join(', ')}`,
      now: at.exemptions.includes(x),
    })),
  ];
  const now = rules.filter((r) => r.now);
  const later = rules.filter((r) => !r.now);
  out.push(`${w.inForce} ${asOf}:`);
  if (now.length === 0) out.push(`  ${w.none}`);
  for (const r of now) {
    out.push(`  ${r.label} (${period(r.x, r.refs)})${r.extra}: ${r.x.explain[lang]}`);
    for (const ref of r.refs) out.push(`    ${w.basis}: ${cite(ref)}`);
  }
  if (later.length > 0) {
    out.push('', `${w.notInForce}:`);
    for (const r of later) out.push(`  ${r.label} (${period(r.x, r.refs)})`);
  }
  if (!ruleset.checkedAgainstOfficialText) out.push('', w.official);
  return `${out.join('\n')}\n`;
}
