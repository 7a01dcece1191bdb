// Minimal JUnit XML, the format CI systems (GitHub Actions reporters, GitLab, Jenkins) read as test results.
export interface JunitCase {
  /** Stable across runs: CI tracks a case's history by classname + name. */
  classname: string;
  name: string;
  failure?: { type: string; message: string; body?: string };
  output?: string;
}

export interface JunitSuite {
  name: string;
  cases: JunitCase[];
}

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what is removed
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function junitXml(name: string, suites: readonly JunitSuite[]): string {
  const count = (f: (c: JunitCase) => boolean) => suites.reduce((n, s) => n + s.cases.filter(f).length, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${esc(name)}" tests="${count(() => true)}" failures="${count((c) => c.failure !== undefined)}">`,
  ];
  for (const s of suites) {
    out.push(`  <testsuite name="${esc(s.name)}" tests="${s.cases.length}" failures="${s.cases.filter((c) => c.failure).length}">`);
    for (const c of s.cases) {
      const open = `    <testcase classname="${esc(c.classname)}" name="${esc(c.name)}"`;
      if (!c.failure && !c.output) {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      if (c.failure)
        out.push(
          `      <failure type="${esc(c.failure.type)}" message="${esc(c.failure.message)}">${esc(c.failure.body ?? c.failure.message)}</failure>`,
        );
      if (c.output) out.push(`      <system-out>${esc(c.output)}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
