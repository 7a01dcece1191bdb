// Problems in files as SARIF 2.1.0, the format code-scanning UIs (GitHub, GitLab) annotate pull requests with.
import path from 'node:path';
import type { SourceProblem } from '../../errors/catalogue.js';

export function sarif(
  tool: { name: string; version: string },
  ruleId: string,
  description: string,
  problems: readonly SourceProblem[],
  base = process.cwd(),
): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules: [{ id: ruleId, shortDescription: { text: description } }] } },
        results: problems.map((p) => ({
          ruleId,
          level: 'error',
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: path.relative(base, path.resolve(p.file)).split(path.sep).join('/') },
                region: { startLine: Math.max(1, p.line), startColumn: Math.max(1, p.column) },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
