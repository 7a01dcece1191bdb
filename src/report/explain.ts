// `explain`: the legal reasoning behind one requirement kind on a date, in prose a pokja can paste into
// a berita acara: the requirement, its basis, and the equivalences, waivers and exemptions in force.
import type { Lang } from '../i18n/labels.js';
import type { Ruleset } from '../rules/load.js';
import type { RequirementKind } from '../rules/schema.js';

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
  },
} as const;

/** Finds a kind by its id, or by the id of one of its equivalences, waivers or exemptions. */
export function findKind(ruleset: Ruleset, id: string): RequirementKind | undefined {
  return (
    ruleset.requirements.get(id) ??
    [...ruleset.requirements.values()].find((k) => [...k.equivalences, ...k.waivers, ...k.exemptions].some((x) => x.id === id))
  );
}

export function explainText(ruleset: Ruleset, kind: RequirementKind, asOf: string, lang: Lang): string {
  const w = W[lang];
  const cite = (ref: string) => {
    const p = ruleset.provisions.get(ref);
    if (!p) return ref;
    const v = p.provision.verification;
    return `${p.instrument.short}, ${p.provision.article}: "${p.provision.text}" (${v.verified ? w.verified : w.unverified}; ${v.confidence})`;
  };
  const inForce = (x: { from: string; until?: string | undefined }) => x.from <= asOf && (x.until === undefined || asOf <= x.until);
  const period = (x: { from: string; until?: string | undefined }) => `${w.since} ${x.from}${x.until ? ` ${w.until} ${x.until}` : ''}`;
  const out: string[] = [];
  out.push(`${w.requirement}: ${kind.name[lang]} [${kind.id}]`);
  for (const ref of kind.basis) out.push(`${w.basis}: ${cite(ref)}`);
  out.push('');
  const rules = [
    ...kind.equivalences.map((e) => ({ x: e, label: `${w.equivalence} ${e.id}`, refs: [e.provision], extra: '' })),
    ...kind.waivers.map((x) => ({ x, label: `${w.waiver} (${x.id})`, refs: x.provisions, extra: '' })),
    ...kind.exemptions.map((x) => ({ x, label: `${w.exemption} ${x.id}`, refs: [x.provision], extra: ` ${w.forms} ${x.when.bidder_form.join(', ')}` })),
  ];
  const now = rules.filter((r) => inForce(r.x));
  const later = rules.filter((r) => !inForce(r.x));
  out.push(`${w.inForce} ${asOf}:`);
  if (now.length === 0) out.push(`  ${w.none}`);
  for (const r of now) {
    out.push(`  ${r.label} (${period(r.x)})${r.extra}: ${r.x.explain[lang]}`);
    for (const ref of r.refs) out.push(`    ${w.basis}: ${cite(ref)}`);
  }
  if (later.length > 0) {
    out.push('', `${w.notInForce}:`);
    for (const r of later) out.push(`  ${r.label} (${period(r.x)})`);
  }
  if (!ruleset.checkedAgainstOfficialText) out.push('', w.official);
  return `${out.join('\n')}\n`;
}
