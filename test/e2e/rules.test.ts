// The ruleset as code: validate, golden cases with coverage, diff between rulesets, audit, JUnit output.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli, runInProcess } from './run-cli.js';

const RULES = path.join(ROOT, 'rules');
const CASES = path.join(RULES, 'tests');

/** Golden cases on the 2019-10 tender that take the law of its own announcement date. */
function casesOnOctober2019Tender(): string[] {
  return (
    readdirSync(CASES)
      .map((f) => readFileSync(path.join(CASES, f), 'utf8'))
      // Checked under the tender's own date (October 2019) or an as_of the moved waiver date now falls after.
      .filter(
        (t) =>
          t.includes('2019-10-barang-komputer.yaml') &&
          (!/^as_of:/m.test(t) || /^as_of: 2019-(?:0[7-9]|10)-/m.test(t)) &&
          !/^as_of: 2019-07-(?:0\d|1[0-6])/m.test(t),
      )
      .map((t) => /^case: (\S+)/m.exec(t)?.[1] as string)
      .sort()
  );
}

/** A scratch copy of the shipped rules, edited by `edit` (file relative to rules/ → new text). */
function rulesCopy(edit: Record<string, (text: string) => string> = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kualifikasi-rules-')), 'rules');
  cpSync(RULES, dir, { recursive: true });
  for (const [file, f] of Object.entries(edit)) writeFileSync(path.join(dir, file), f(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

describe('rules validate', () => {
  it('accepts the shipped rules', async () => {
    const r = await runInProcess(['rules', 'validate', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Rules valid: kualifikasi-core \d+\.\d+\.\d+, \d+ instruments/);
  });

  it('names file and line of a dangling reference, exit 2', async () => {
    const dir = rulesCopy({ 'requirements/tdp.yaml': (t) => t.replace('pp-24-2018#nib-sebagai-tdp', 'pp-24-2018#pasal-99') });
    const r = await runInProcess(['rules', 'validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(dir, 'requirements', 'tdp.yaml'));
    expect(r.stderr).toContain('pasal-99');
  });
});

describe('rules validate: unreachable rules', () => {
  it('an equivalence offering what the check already accepts, and a document type nothing uses', async () => {
    const dir = rulesCopy({
      'requirements/tdp.yaml': (t) => t.replace(/(equivalences:[\s\S]*?evidence:\s*\n\s*- \{ document: )nib/, '$1tdp'),
      'requirements/kswp.yaml': (t) => t.replace(/document: kswp/g, 'document: npwp'),
    });
    const r = await runInProcess(['rules', 'validate', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tdp\.yaml:\d+:1: equivalence "nib-sebagai-tdp" is unreachable/);
    expect(r.stderr).toMatch(/kswp\.yaml:\d+:1: document type "kswp" is unreachable/);
  });
});

describe('rules validate --format sarif', () => {
  it('reports each broken line as a SARIF result (exit 2), and an empty run for valid rules', async () => {
    const dir = rulesCopy({ 'requirements/tdp.yaml': (t) => t.replace('pp-24-2018#nib-sebagai-tdp', 'pp-24-2018#pasal-99') });
    const bad = await runCli(['rules', 'validate', dir, '--format', 'sarif'], { cwd: path.dirname(dir) });
    expect(bad.code).toBe(2);
    const log = JSON.parse(bad.stdout) as {
      version: string;
      runs: Array<{
        results: Array<{
          message: { text: string };
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
        }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0]?.results[0];
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('rules/requirements/tdp.yaml');
    expect(result?.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(result?.message.text).toContain('pasal-99');
    const good = await runInProcess(['rules', 'validate', '--format', 'sarif']);
    expect(good.code).toBe(0);
    expect((JSON.parse(good.stdout) as { runs: Array<{ results: unknown[] }> }).runs[0]?.results).toEqual([]);
  });
});

describe('rules test', () => {
  it('runs every golden case and covers every kind, equivalence, waiver and exemption', async () => {
    const r = await runInProcess(['rules', 'test', '--format', 'json', '--min-coverage', '100']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      cases: Array<{ case: string; passed: boolean; verdict: string }>;
      coverage: { percent: number; missing: string[] };
    };
    expect(out.cases.length).toBeGreaterThanOrEqual(13);
    expect(out.cases.filter((c) => !c.passed)).toEqual([]);
    expect(out.coverage).toMatchObject({ percent: 100, missing: [] });
    expect(Object.fromEntries(out.cases.map((c) => [c.case, c.verdict]))).toMatchObject({
      'pt-lengkap-2019-10': 'pass',
      'pt-nib-scan': 'review',
      'pt-tanpa-nib': 'fail',
    });
  });

  it('fails a case whose expectation the rules no longer meet, naming case file and line', async () => {
    const dir = rulesCopy({
      'requirements/tdp.yaml': (t) =>
        t.replace('      provision: pp-24-2018#nib-sebagai-tdp\n', '      provision: pp-24-2018#nib-sebagai-tdp\n      from: 2020-01-01\n'),
    });
    const r = await runInProcess(['rules', 'test', dir, '--cases', CASES, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL +pt-lengkap-2019-10/);
    expect(r.stdout).toContain(`${path.join(CASES, 'pt-lengkap-2019-10.yaml')}:9: requirement 2: status fail, expected pass`);
  });

  it('reports coverage below --min-coverage when a case set misses a rule', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cases-'));
    writeFileSync(
      path.join(dir, 'one.yaml'),
      readFileSync(path.join(CASES, 'pt-tanpa-nib.yaml'), 'utf8').replaceAll('../../fixtures', path.join(ROOT, 'fixtures')),
    );
    const r = await runInProcess(['rules', 'test', '--cases', dir, '--min-coverage', '90', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Not exercised by any case');
    expect(r.stdout).toContain('exemption:perorangan-tanpa-akta');
  });

  it('writes JUnit XML with one test case per golden case', async () => {
    const r = await runInProcess(['rules', 'test', '--format', 'junit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout.match(/<testcase /g)?.length).toBeGreaterThanOrEqual(13);
    expect(r.stdout).toContain('failures="0"');
  });
});

describe('rules diff', () => {
  it('moving the domicile waiver date reports exactly the cases that flip, with the rule that caused it', async () => {
    const head = rulesCopy({
      'requirements/surat-domisili.yaml': (t) =>
        t.replace('    - id: domisili-tidak-dapat-disyaratkan\n', '    - id: domisili-tidak-dapat-disyaratkan\n      from: 2019-11-01\n'),
    });
    const r = await runInProcess(['rules', 'diff', RULES, head, '--cases', CASES, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      flips: Array<{ case: string; requirement: string | null; base: string; head: string; cause: string }>;
    };
    const requirementFlips = out.flips.filter((f) => f.requirement !== null);
    // Every bundle checked against the October 2019 tender, and nothing else.
    // Exactly the cases checked against the October 2019 tender under its own date: the waiver moves past it.
    expect(requirementFlips.map((f) => f.case).sort()).toEqual(casesOnOctober2019Tender());
    for (const f of requirementFlips) {
      expect(f.requirement).toBe('3');
      expect(f.base).toBe('waived (domisili-tidak-dapat-disyaratkan)');
      expect(f.cause).toBe('domisili-tidak-dapat-disyaratkan');
    }
    // A verdict flips only where the domicile letter was all that stood between the bid and another verdict.
    expect(
      out.flips
        .filter((f) => f.requirement === null)
        .map((f) => f.case)
        .sort(),
    ).toEqual(['pt-lengkap-2019-10', 'pt-nama-acak', 'pt-nama-beda']);
  });

  it('--fail-on-change fails on unannounced flips and accepts the ones the changelog announces', async () => {
    const edit = (flips: string) => ({
      'requirements/surat-domisili.yaml': (t: string) =>
        t.replace('    - id: domisili-tidak-dapat-disyaratkan\n', '    - id: domisili-tidak-dapat-disyaratkan\n      from: 2019-11-01\n'),
      'ruleset.yaml': (t: string) => t.replace(/flips: \[[^\]]*\]/, `flips: [${flips}]`),
    });
    const unannounced = await runInProcess(['rules', 'diff', RULES, rulesCopy(edit('')), '--cases', CASES, '--fail-on-change']);
    expect(unannounced.code).toBe(1);
    const all = casesOnOctober2019Tender().join(', ');
    const announced = await runInProcess([
      'rules',
      'diff',
      RULES,
      rulesCopy(edit(all)),
      '--cases',
      CASES,
      '--fail-on-change',
      '--lang',
      'en',
    ]);
    expect(announced.stdout).toMatch(/\d+ changes, 0 not announced/);
    expect(announced.code).toBe(0);
  });

  it('identical rules: no changes; an unknown git revision: exit 2 with a clear message', async () => {
    const same = await runInProcess(['rules', 'diff', RULES, rulesCopy(), '--cases', CASES, '--fail-on-change', '--lang', 'en']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No verdict changes.');
    const bad = await runInProcess(['rules', 'diff', 'no-such-revision-xyz']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-revision-xyz');
  });
});

describe('rules audit', () => {
  it('lists unverified citations with file:line, and --strict fails on them', async () => {
    const r = await runInProcess(['rules', 'audit', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Array<{ code: string; ref: string; file: string; line: number }> };
    const unverified = out.findings.filter((f) => f.code === 'unverified-citation').map((f) => f.ref);
    expect(unverified).toContain('pp-24-2018#nib-sebagai-tdp');
    expect(out.findings.every((f) => f.line >= 1)).toBe(true);
    expect((await runInProcess(['rules', 'audit', '--strict'])).code).toBe(1);
  });

  it('reports a provision past its review date', async () => {
    const dir = rulesCopy({ 'instruments/pp-24-2018.yaml': (t) => t.replace(/(\n {4}verification:)/, '\n    review_by: 2020-01-01$1') });
    const r = await runInProcess(['rules', 'audit', dir, '--as-of', '2026-01-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[review-overdue\] PP 24\/2018, .*2020-01-01/);
  });
});

describe('check --format junit', () => {
  it('one test case per requirement; fail and review are failures', async () => {
    const r = await runCli([
      'check',
      fixture('tenders', '2019-10-barang-komputer.yaml'),
      fixture('bundles', 'pt-nib-scan'),
      '--no-ocr',
      '--format',
      'junit',
    ]);
    expect(r.code).toBe(3);
    expect(r.stdout.match(/<testcase /g)?.length).toBe(11);
    expect(r.stdout.match(/<failure type="review"/g)?.length).toBe(1);
  });
});
