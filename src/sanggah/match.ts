// Which requirement of the tender the pokja's stated reason ("tidak melampirkan SKDP") is about: the reason is
// read like an LDK line (inferKind), and the kinds it names are looked up among the tender's requirements.
import type { Ruleset } from '../rules/load.js';
import { inferKind, kindsOf } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';

export type ReasonMatch =
  | { op: 'one'; requirement: Requirement; kinds: string[] }
  /** The reason names no kind the rules know (closest kinds as a hint). */
  | { op: 'unknown'; closest: string[] }
  /** The reason names kinds that no requirement of the tender asks for. */
  | { op: 'not_required'; kinds: string[] }
  /** Several requirements fit equally well. */
  | { op: 'ambiguous'; kinds: string[]; candidates: Requirement[] };

/** `chosen` (a requirement id the user named) wins over the reason's wording. */
export function matchReason(
  reason: string,
  tender: Tender,
  ruleset: Ruleset,
  chosen?: string,
): ReasonMatch | { op: 'no_such_id'; id: string } {
  const named = inferKind(reason, ruleset);
  const kinds = kindsOf(named);
  if (chosen !== undefined) {
    const requirement = tender.requirements.find((r) => r.id === chosen);
    return requirement
      ? { op: 'one', requirement, kinds: kinds.filter((k) => kindsOf(requirement.kind).includes(k)) }
      : { op: 'no_such_id', id: chosen };
  }
  if (named.op === 'unknown') return { op: 'unknown', closest: named.closest };
  const overlap = (r: Requirement) => kindsOf(r.kind).filter((k) => kinds.includes(k)).length;
  const best = Math.max(0, ...tender.requirements.map(overlap));
  if (best === 0) return { op: 'not_required', kinds };
  const candidates = tender.requirements.filter((r) => overlap(r) === best);
  if (candidates.length > 1) return { op: 'ambiguous', kinds, candidates };
  const requirement = candidates[0] as Requirement;
  return { op: 'one', requirement, kinds: kinds.filter((k) => kindsOf(requirement.kind).includes(k)) };
}
