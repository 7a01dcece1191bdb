// A provision reference turned into the citation a report prints.
import type { Ruleset } from './load.js';

export interface Citation {
  ref: string;
  instrument: string;
  provision: string;
  text: string;
  verified: boolean;
}

export function citationOf(ruleset: Ruleset, ref: string): Citation {
  const p = ruleset.provisions.get(ref);
  if (!p) throw new Error(`unresolved provision ${ref}: the loader should have refused this ruleset`);
  return {
    ref,
    instrument: p.instrument.short,
    provision: p.provision.article,
    text: p.provision.text,
    verified: p.provision.verification.verified,
  };
}
