// The last day to file a sanggah: 5 calendar days after the announcement of the result, under the
// provision rules/law.yaml names for the role "sanggah" (its article is not verified: the rules say so).
import { type Citation, citationOf } from '../rules/cite.js';
import type { Ruleset } from '../rules/load.js';
import { addDays } from '../text/dates.js';

/** Hari kalender after the announcement (domain.md 3.5, Perpres 16/2018 era); the provision cited carries its status. */
export const SANGGAH_DAYS = 5;

export type Filing =
  | { state: 'computed'; announced: string; due: string; days: number; citations: Citation[] }
  /** The announcement date of the result was not given: the rule is shown, no date. */
  | { state: 'no_date'; days: number; citations: Citation[] }
  /** The rules hold no sanggah provision in force on that date: nothing is computed. */
  | { state: 'no_law'; announced: string | null };

/** `announced`: the day the result was announced, if known; `lawDate`: the tender's date, used without it. */
export function filingDeadline(ruleset: Ruleset, announced: string | undefined, lawDate: string): Filing {
  const refs = ruleset.at(announced ?? lawDate).cite('sanggah');
  if (refs.length === 0) return { state: 'no_law', announced: announced ?? null };
  const citations = refs.map((r) => citationOf(ruleset, r));
  if (announced === undefined) return { state: 'no_date', days: SANGGAH_DAYS, citations };
  return { state: 'computed', announced, due: addDays(announced, SANGGAH_DAYS), days: SANGGAH_DAYS, citations };
}
