// `rules test` and `rules diff` as data: golden cases run under one ruleset (outcomes and rule coverage), or
// under two (every status and verdict that flips, and the rule that caused it). The formatters word them.
import path from 'node:path';
import { KualifikasiError } from '../errors/catalogue.js';
import { RevisionExports } from '../rules/git.js';
import { loadRuleset, type Ruleset } from '../rules/load.js';
import { CASES_DIR, type CaseOutcome, coverage, type GoldenCase, loadCases, runCase } from './cases.js';

interface RulesetId {
  name: string;
  version: string;
  sha256: string;
}

const idOf = (r: Ruleset): RulesetId => ({ name: r.name, version: r.version, sha256: r.sha256 });

export interface GoldenRun {
  ruleset: RulesetId;
  /** The folder the cases were read from. */
  casesDir: string;
  outcomes: CaseOutcome[];
  coverage: { percent: number; covered: number; total: number; missing: string[] };
  minCoverage?: number | undefined;
  belowCoverage: boolean;
  exitCode: number;
}

export async function testRules(dir: string, opts: { cases?: string | undefined; minCoverage?: number | undefined }): Promise<GoldenRun> {
  const ruleset = await loadRuleset(dir);
  const casesDir = opts.cases ?? path.join(dir, CASES_DIR);
  const cases = await loadCases(casesDir);
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) outcomes.push(await runCase(c, ruleset));
  const cov = coverage(outcomes, ruleset);
  const covered = cov.total.length - cov.missing.length;
  const percent = cov.total.length === 0 ? 100 : Math.round((1000 * covered) / cov.total.length) / 10;
  const belowCoverage = opts.minCoverage !== undefined && percent < opts.minCoverage;
  const failed = outcomes.some((o) => o.failures.length > 0);
  return {
    ruleset: idOf(ruleset),
    casesDir,
    outcomes,
    coverage: { percent, covered, total: cov.total.length, missing: cov.missing },
    minCoverage: opts.minCoverage,
    belowCoverage,
    exitCode: failed || belowCoverage || cases.length === 0 ? 1 : 0,
  };
}

export interface Flip {
  case: string;
  requirement: string | null;
  kind: string | null;
  base: string;
  head: string;
  /** The equivalence/waiver/exemption id that decided either side, or the requirement kind's rule file. */
  cause: string;
  announced: boolean;
}

export interface RulesDiff {
  base: RulesetId & { spec: string };
  head: RulesetId & { spec: string };
  cases: number;
  flips: Flip[];
  errors: string[];
  unannounced: number;
  exitCode: number;
}

/** Runs the head's golden cases under base and head rules and lists every status and verdict that flips. */
export async function diffRules(
  baseSpec: string,
  headSpec: string | undefined,
  defaultDir: string,
  opts: { cases?: string | undefined; failOnChange: boolean },
): Promise<RulesDiff> {
  const exports = new RevisionExports();
  try {
    const headDir = headSpec ? await exports.resolve(headSpec, defaultDir) : defaultDir;
    const baseDir = await exports.resolve(baseSpec, defaultDir);
    const [base, head] = [await loadBase(baseDir), await loadRuleset(headDir)];
    // The cases of a rules folder given as head travel with it; for a git revision they come from this checkout.
    const headIsDir = headSpec !== undefined && headDir === headSpec;
    const cases = await loadCases(opts.cases ?? path.join(headIsDir ? headDir : defaultDir, CASES_DIR));
    const { flips, errors } = await compare(cases, base, head);
    const unannounced = flips.filter((f) => !f.announced).length;
    const exitCode = errors.length > 0 || (opts.failOnChange && unannounced > 0) ? 1 : 0;
    return {
      base: { spec: baseSpec, ...idOf(base) },
      head: { spec: headSpec ?? headDir, ...idOf(head) },
      cases: cases.length,
      flips,
      errors,
      unannounced,
      exitCode,
    };
  } finally {
    exports.remove();
  }
}

async function compare(cases: readonly GoldenCase[], base: Ruleset, head: Ruleset): Promise<{ flips: Flip[]; errors: string[] }> {
  const announced = new Set(head.changelog.find((c) => c.version === head.version)?.flips ?? []);
  const flips: Flip[] = [];
  const errors: string[] = [];
  for (const c of cases) {
    const [b, h] = [await tryCase(c, base), await tryCase(c, head)];
    const id = c.data.case;
    if ('error' in b || 'error' in h) {
      errors.push(`${id}: ${'error' in b ? `base: ${b.error}` : ''}${'error' in h ? ` head: ${h.error}` : ''}`.trim());
      continue;
    }
    if (b.verdict !== h.verdict)
      flips.push({ case: id, requirement: null, kind: null, base: b.verdict, head: h.verdict, cause: '', announced: announced.has(id) });
    for (const hr of h.results) {
      const br = b.results.find((x) => x.id === hr.id);
      if (!br || (br.status === hr.status && br.via === hr.via)) continue;
      const cause = hr.via ?? br.via ?? head.origins.get(`requirement:${hr.kind}`) ?? hr.kind;
      flips.push({
        case: id,
        requirement: hr.id,
        kind: hr.kind,
        base: describe(br.status, br.via),
        head: describe(hr.status, hr.via),
        cause,
        announced: announced.has(id) || announced.has(`${id}#${hr.id}`),
      });
    }
  }
  return { flips, errors };
}

const describe = (status: string, via: string | undefined) => (via ? `${status} (${via})` : status);

async function tryCase(c: GoldenCase, ruleset: Ruleset): Promise<CaseOutcome | { error: string }> {
  try {
    return await runCase(c, ruleset);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const BASE_NOTE = {
  id: 'aturan dasar tidak dapat dimuat dengan skema aturan alat ini (berubah pada aturan 2.0.0: instrumen bertanggal, law.yaml); bandingkan hasilnya dengan menjalankan alat milik revisi dasar itu sendiri, seperti dilakukan untuk changelog 2.0.0',
  en: "the base rules do not load under this tool's rule schema (it changed in ruleset 2.0.0: dated instruments, law.yaml); compare their verdicts by running the base revision's own tool, as the 2.0.0 changelog did",
};

/** A base ruleset written for an older rule schema cannot be evaluated by this tool: say so, with its problems. */
async function loadBase(dir: string): Promise<Ruleset> {
  try {
    return await loadRuleset(dir);
  } catch (e) {
    if (!(e instanceof KualifikasiError) || e.code !== 'RULES_INVALID') throw e;
    const note = { file: path.join(dir, 'ruleset.yaml'), line: 1, column: 1, message: BASE_NOTE.en, text: BASE_NOTE };
    throw new KualifikasiError('RULES_INVALID', { path: dir }, [note, ...e.problems]);
  }
}
