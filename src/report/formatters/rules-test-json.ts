// `rules test --format json`: each case's verdict and failures, and the rule coverage.
import type { GoldenRun } from '../../golden/run.js';

export function rulesTestJson(run: GoldenRun): string {
  const json = {
    ruleset: run.ruleset,
    cases: run.outcomes.map((o) => ({
      case: o.case.data.case,
      file: o.case.file,
      verdict: o.verdict,
      passed: o.failures.length === 0,
      failures: o.failures,
    })),
    coverage: run.coverage,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
