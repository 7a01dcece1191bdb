// `rules test --format junit`: one test case per golden case, for CI test reports.
import type { GoldenRun } from '../../golden/run.js';
import { junitXml } from './junit-xml.js';

export function rulesTestJunit(run: GoldenRun): string {
  const suite = {
    name: `${run.ruleset.name} ${run.ruleset.version}`,
    cases: run.outcomes.map((o) => ({
      classname: 'kualifikasi.rules',
      name: o.case.data.case,
      ...(o.failures.length > 0
        ? {
            failure: {
              type: 'golden',
              message: o.failures[0]?.message ?? '',
              body: o.failures.map((f) => `${o.case.file}:${f.line}: ${f.message}`).join('\n'),
            },
          }
        : {}),
    })),
  };
  return junitXml('kualifikasi rules test', [suite]);
}
