// `rules diff --format json`: the two rulesets, the number of cases, every flip and every case that failed to run.
import type { RulesDiff } from '../../golden/run.js';

export function rulesDiffJson(d: RulesDiff): string {
  const side = (s: RulesDiff['base']) => ({ spec: s.spec, version: s.version, sha256: s.sha256 });
  const json = { base: side(d.base), head: side(d.head), cases: d.cases, flips: d.flips, errors: d.errors };
  return `${JSON.stringify(json, null, 2)}\n`;
}
