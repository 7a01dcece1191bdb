// Finding a requirement kind by its own id or by the id of one of its rules (for `explain`).
import { KualifikasiError } from '../errors/catalogue.js';
import type { Ruleset } from './load.js';
import type { RequirementKind } from './schema.js';

/** Whether an id names a kind or one of its rules. */
export function hasKind(ruleset: Ruleset, id: string): boolean {
  return lookup(ruleset, id) !== undefined;
}

const lookup = (ruleset: Ruleset, id: string): RequirementKind | undefined =>
  ruleset.requirements.get(id) ??
  [...ruleset.requirements.values()].find((k) => [...k.equivalences, ...k.waivers, ...k.exemptions].some((x) => x.id === id));

/** The kind with this id, or the kind holding the equivalence, waiver or exemption with this id. */
export function findKind(ruleset: Ruleset, id: string): RequirementKind {
  const kind = lookup(ruleset, id);
  if (!kind) throw new KualifikasiError('UNKNOWN_KIND', { id, kinds: [...ruleset.requirements.keys()].join(', ') });
  return kind;
}
