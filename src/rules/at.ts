// The law in force on a date: the one place that compares a date with the law (OpenFisca's
// parameters(period)). Evaluate, lint, explain and reports ask `ruleset.at(date)`; nothing else reads an
// instrument's dates. Intervals are half-open: an instrument applies from `in_force_from` and before `ended_on`.
import type { Instrument, Ruleset } from './load.js';
import type { Equivalence, Exemption, ObsoleteWording, RequirementKind, Waiver } from './schema.js';

/** Why the ruleset has no law for a date (or for one requirement on it). */
export type CoverageGap =
  /** The date is before the first instrument the ruleset encodes. */
  | { code: 'before_first_instrument'; date: string; first: string }
  /** An instrument had ended on the date, replaced by one the ruleset does not encode. */
  | { code: 'replaced_not_encoded'; date: string; instrument: string; endedOn: string; replacedBy: string }
  /** The date is past the ruleset's review date: later law may have changed anything. */
  | { code: 'past_review_date'; date: string; reviewBy: string };

export interface InstrumentInForce {
  id: string;
  short: string;
  title: string;
  role: Instrument['role'];
  from: string;
  fromVerified: boolean;
  /** Amendments already made on the date: the instrument applies as amended. */
  amendedBy: Array<{ name: string; on: string | null; verified: boolean }>;
}

export interface KindAt {
  kind: RequirementKind;
  /** The basis provisions in force; empty means the ruleset has no law for this requirement on the date. */
  basis: string[];
  equivalences: Equivalence[];
  /** Equivalences that apply on other dates only (to explain why a substitute does not count). */
  otherEquivalences: Equivalence[];
  waivers: Waiver[];
  exemptions: Exemption[];
  obsoleteWording: ObsoleteWording[];
  /** True when the ruleset holds no law for this kind on the date: nothing may be decided from it. */
  noLaw: boolean;
  /** Why (empty when the kind has law, or when no gap can be named). */
  gaps: CoverageGap[];
}

export interface LawAt {
  date: string;
  instruments: InstrumentInForce[];
  /** Gaps that touch every requirement (before the first instrument, past the review date). */
  gaps: CoverageGap[];
  inForce(ref: string): boolean;
  /** The rules of one requirement kind that apply on the date. */
  kind(kind: RequirementKind): KindAt;
  /** The provisions in force for a role the code cites (rules/law.yaml). */
  cite(role: string): string[];
  /** The last day to file the SPT Tahunan of a tax year. */
  sptDeadline(taxYear: number, taxpayer: 'badan' | 'orang_pribadi'): string;
  /** The last tax year whose SPT deadline is strictly before the given date. */
  lastDueTaxYear(date: string, taxpayer: 'badan' | 'orang_pribadi'): number;
}

interface Dated {
  from?: string | undefined;
  until?: string | undefined;
}

export function instrumentInForce(ins: Instrument, date: string): boolean {
  return ins.in_force_from !== undefined && ins.in_force_from <= date && (ins.ended_on === undefined || date < ins.ended_on);
}

export function lawAt(ruleset: Omit<Ruleset, 'at'>, date: string): LawAt {
  const inForce = (ref: string): boolean => {
    const p = ruleset.provisions.get(ref);
    return p !== undefined && instrumentInForce(p.instrument, date);
  };
  // A rule item applies while all the instruments it cites are in force, within its own dates if any.
  const applies = (x: Dated, refs: readonly string[]) =>
    refs.every(inForce) && (x.from === undefined || x.from <= date) && (x.until === undefined || date < x.until);

  // The ruleset's law starts with its first procurement instrument or guideline: earlier dates have none.
  const dates = [...ruleset.instruments.values()]
    .filter((i) => i.role === 'procurement' || i.role === 'guideline')
    .map((i) => i.in_force_from)
    .filter((d): d is string => d !== undefined);
  const first = dates.sort()[0];
  const gaps: CoverageGap[] = [];
  if (first === undefined || date < first) gaps.push({ code: 'before_first_instrument', date, first: first ?? '' });
  if (ruleset.reviewBy < date) gaps.push({ code: 'past_review_date', date, reviewBy: ruleset.reviewBy });

  const instruments = [...ruleset.instruments.values()]
    .filter((i) => instrumentInForce(i, date))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.in_force_from ?? '').localeCompare(b.in_force_from ?? ''))
    .map(
      (i): InstrumentInForce => ({
        id: i.id,
        short: i.short,
        title: i.title,
        role: i.role,
        from: i.in_force_from as string,
        fromVerified: i.in_force_from_verified,
        amendedBy: i.amended_by
          .filter((a) => a.on === undefined || a.on <= date)
          .map((a) => ({ name: a.name, on: a.on ?? null, verified: a.verified })),
      }),
    );

  const replacedGap = (ins: Instrument): CoverageGap | undefined => {
    if (ins.ended_on === undefined || date < ins.ended_on) return undefined;
    const next = ins.replaced_by?.id ? ruleset.instruments.get(ins.replaced_by.id) : undefined;
    if (next && instrumentInForce(next, date)) return undefined;
    if (next) return replacedGap(next);
    return { code: 'replaced_not_encoded', date, instrument: ins.short, endedOn: ins.ended_on, replacedBy: ins.replaced_by?.name ?? '?' };
  };

  const spt = (taxpayer: 'badan' | 'orang_pribadi', year: number) => {
    // The deadline rule in force on the date asked about; the earliest one encoded if none is (a date
    // outside the ruleset is flagged by the coverage gaps, not here).
    const rule =
      ruleset.law.spt_deadlines.find((s) => applies(s, [s.provision])) ??
      (ruleset.law.spt_deadlines[0] as (typeof ruleset.law.spt_deadlines)[0]);
    return `${year + 1}-${rule[taxpayer]}`;
  };

  return {
    date,
    instruments,
    gaps,
    inForce,
    kind: (kind) => {
      const basis = kind.basis.filter(inForce);
      const waivers = kind.waivers.filter((w) => applies(w, w.provisions));
      const exemptions = kind.exemptions.filter((x) => applies(x, [x.provision]));
      // A waiver or exemption in force decides even where no basis is: it says the kind cannot be required.
      const uncovered = basis.length === 0 && waivers.length === 0 && exemptions.length === 0;
      const own = uncovered
        ? kind.basis
            .map((ref) => ruleset.provisions.get(ref)?.instrument)
            .filter((i): i is Instrument => i !== undefined)
            .map(replacedGap)
            .filter((g): g is CoverageGap => g !== undefined)
        : [];
      return {
        kind,
        basis,
        equivalences: kind.equivalences.filter((e) => applies(e, equivalenceRefs(e))),
        otherEquivalences: kind.equivalences.filter((e) => !applies(e, equivalenceRefs(e))),
        waivers,
        exemptions,
        obsoleteWording: kind.obsolete_wording.filter((o) => applies(o, [o.provision])),
        noLaw: gaps.length > 0 || uncovered,
        gaps: gaps.length > 0 ? gaps : own,
      };
    },
    cite: (role) => (ruleset.law.provisions[role] ?? []).filter(inForce),
    sptDeadline: (taxYear, taxpayer) => spt(taxpayer, taxYear),
    lastDueTaxYear: (on, taxpayer) => {
      // Year N-1's deadline falls in year N; ISO dates compare as strings.
      const year = Number(on.slice(0, 4));
      return spt(taxpayer, year - 1) < on ? year - 1 : year - 2;
    },
  };
}

/** Every provision an equivalence rests on. */
export function equivalenceRefs(e: Equivalence): string[] {
  return [e.provision, ...e.also];
}

/** The period a rule item applies: the intersection of its instruments' periods and its own dates. */
export function periodOf(
  provisions: Ruleset['provisions'],
  x: Dated,
  refs: readonly string[],
): { from: string | null; until: string | null } {
  const ins = refs.map((r) => provisions.get(r)?.instrument).filter((i): i is Instrument => i !== undefined);
  const froms = [...ins.map((i) => i.in_force_from ?? '9999-12-31'), ...(x.from ? [x.from] : [])].sort();
  const untils = [...ins.map((i) => i.ended_on).filter((d): d is string => d !== undefined), ...(x.until ? [x.until] : [])].sort();
  return { from: froms.at(-1) ?? null, until: untils[0] ?? null };
}

const ROLE_ORDER: Instrument['role'][] = ['procurement', 'guideline', 'licensing', 'other'];
