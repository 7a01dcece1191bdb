// `rules validate --format sarif`: each problem of the rule files as a SARIF result, so CI annotates the lines.
import type { SourceProblem } from '../../errors/catalogue.js';
import { sarif } from './sarif.js';

export function rulesValidateSarif(tool: { name: string; version: string }, problems: readonly SourceProblem[], base?: string): string {
  return sarif(tool, 'rules-invalid', 'A rule file breaks the ruleset schema or its references', problems, base);
}
