// `rules test`, `rules diff` and `rules audit`: the ruleset treated as code in CI. Golden cases pin verdicts;
// diff shows every verdict a rule change flips and why; audit lists what is still unverified or stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KualifikasiError } from '../errors/catalogue.js';
import { coverage, loadCases, runCase, CASES_DIR, type CaseOutcome, type GoldenCase } from '../golden/cases.js';
import { CONFIDENCE_LABEL, type Lang } from '../i18n/labels.js';
import { junitXml } from '../report/junit-xml.js';
import { loadRuleset, type Ruleset } from '../rules/load.js';
import { instrumentFile, type InstrumentFile } from '../rules/schema.js';
import { parseYaml } from '../yaml/source.js';

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

export interface RulesTestOptions {
  cases?: string;
  format: 'text' | 'json' | 'junit';
  minCoverage?: number;
  lang: Lang;
}

export async function rulesTest(dir: string, opts: RulesTestOptions): Promise<{ text: string; exitCode: number }> {
  const ruleset = await loadRuleset(dir);
  const cases = await loadCases(opts.cases ?? path.join(dir, CASES_DIR));
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) outcomes.push(await runCase(c, ruleset));
  const cov = coverage(outcomes, ruleset);
  const percent = cov.total.length === 0 ? 100 : Math.round((1000 * (cov.total.length - cov.missing.length)) / cov.total.length) / 10;
  const failed = outcomes.filter((o) => o.failures.length > 0);
  const belowCoverage = opts.minCoverage !== undefined && percent < opts.minCoverage;
  const exitCode = failed.length > 0 || belowCoverage || cases.length === 0 ? 1 : 0;

  if (opts.format === 'json') {
    const json = {
      ruleset: { name: ruleset.name, version: ruleset.version, sha256: ruleset.sha256 },
      cases: outcomes.map((o) => ({ case: o.case.data.case, file: o.case.file, verdict: o.verdict, passed: o.failures.length === 0, failures: o.failures })),
      coverage: { percent, covered: cov.total.length - cov.missing.length, total: cov.total.length, missing: cov.missing },
    };
    return { text: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  if (opts.format === 'junit') {
    const suites = [
      {
        name: `${ruleset.name} ${ruleset.version}`,
        cases: outcomes.map((o) => ({
          classname: 'kualifikasi.rules',
          name: o.case.data.case,
          ...(o.failures.length > 0 ? { failure: { type: 'golden', message: o.failures[0]?.message ?? '', body: o.failures.map((f) => `${o.case.file}:${f.line}: ${f.message}`).join('\n') } } : {}),
        })),
      },
    ];
    return { text: junitXml('kualifikasi rules test', suites), exitCode };
  }
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(`${o.failures.length === 0 ? 'ok   ' : t(opts.lang, 'GAGAL', 'FAIL ')} ${o.case.data.case} (${t(opts.lang, 'hasil', 'verdict')}: ${o.verdict})`);
    for (const f of o.failures) lines.push(`      ${o.case.file}:${f.line}: ${f.requirement ? `${t(opts.lang, 'persyaratan', 'requirement')} ${f.requirement}: ` : ''}${f.text[opts.lang]}`);
  }
  lines.push('');
  lines.push(
    t(
      opts.lang,
      `${outcomes.length - failed.length} dari ${outcomes.length} kasus lulus. Cakupan aturan: ${percent}% (${cov.total.length - cov.missing.length}/${cov.total.length}).`,
      `${outcomes.length - failed.length} of ${outcomes.length} cases pass. Rule coverage: ${percent}% (${cov.total.length - cov.missing.length}/${cov.total.length}).`,
    ),
  );
  if (cov.missing.length > 0) lines.push(`${t(opts.lang, 'Belum diuji oleh kasus mana pun', 'Not exercised by any case')}: ${cov.missing.join(', ')}`);
  if (belowCoverage) lines.push(t(opts.lang, `Cakupan di bawah --min-coverage ${opts.minCoverage}%.`, `Coverage is below --min-coverage ${opts.minCoverage}%.`));
  if (cases.length === 0) lines.push(t(opts.lang, `Tidak ada kasus uji di ${opts.cases ?? path.join(dir, CASES_DIR)}.`, `No test cases in ${opts.cases ?? path.join(dir, CASES_DIR)}.`));
  return { text: `${lines.join('\n')}\n`, exitCode };
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

export interface RulesDiffOptions {
  cases?: string;
  format: 'text' | 'json';
  failOnChange: boolean;
  lang: Lang;
}

/** Runs the head's golden cases under base and head rules and lists every status and verdict that flips. */
export async function rulesDiff(baseSpec: string, headSpec: string | undefined, defaultDir: string, opts: RulesDiffOptions): Promise<{ text: string; exitCode: number }> {
  const exported: string[] = [];
  try {
    return await diffRules(baseSpec, headSpec, defaultDir, opts, exported);
  } finally {
    for (const dir of exported) rmSync(dir, { recursive: true, force: true });
  }
}

/** A base ruleset written for an older rule schema cannot be evaluated by this tool: say so, with its problems. */
async function loadBase(dir: string): Promise<Ruleset> {
  try {
    return await loadRuleset(dir);
  } catch (e) {
    if (!(e instanceof KualifikasiError) || e.code !== 'RULES_INVALID') throw e;
    const note = {
      file: path.join(dir, 'ruleset.yaml'),
      line: 1,
      column: 1,
      message: 'the base rules do not load under this tool\'s rule schema (it changed in ruleset 2.0.0: dated instruments, law.yaml); compare their verdicts by running the base revision\'s own tool, as the 2.0.0 changelog did',
      text: {
        id: 'aturan dasar tidak dapat dimuat dengan skema aturan alat ini (berubah pada aturan 2.0.0: instrumen bertanggal, law.yaml); bandingkan hasilnya dengan menjalankan alat milik revisi dasar itu sendiri, seperti dilakukan untuk changelog 2.0.0',
        en: 'the base rules do not load under this tool\'s rule schema (it changed in ruleset 2.0.0: dated instruments, law.yaml); compare their verdicts by running the base revision\'s own tool, as the 2.0.0 changelog did',
      },
    };
    throw new KualifikasiError('RULES_INVALID', { path: dir }, [note, ...e.problems]);
  }
}

async function diffRules(baseSpec: string, headSpec: string | undefined, defaultDir: string, opts: RulesDiffOptions, exported: string[]): Promise<{ text: string; exitCode: number }> {
  const headDir = headSpec ? await resolveRules(headSpec, defaultDir, exported) : defaultDir;
  const baseDir = await resolveRules(baseSpec, defaultDir, exported);
  const [base, head] = [await loadBase(baseDir), await loadRuleset(headDir)];
  // The cases of a rules folder given as head travel with it; for a git revision they come from this checkout.
  const headIsDir = headSpec !== undefined && headDir === headSpec;
  const cases = await loadCases(opts.cases ?? path.join(headIsDir ? headDir : defaultDir, CASES_DIR));
  const latest = head.changelog.find((c) => c.version === head.version);
  const announced = new Set(latest?.flips ?? []);
  const flips: Flip[] = [];
  const errors: string[] = [];
  for (const c of cases) {
    const [b, h] = [await tryCase(c, base), await tryCase(c, head)];
    if ('error' in b || 'error' in h) {
      errors.push(`${c.data.case}: ${'error' in b ? `base: ${b.error}` : ''}${'error' in h ? ` head: ${h.error}` : ''}`.trim());
      continue;
    }
    const id = c.data.case;
    if (b.verdict !== h.verdict) flips.push({ case: id, requirement: null, kind: null, base: b.verdict, head: h.verdict, cause: '', announced: announced.has(id) });
    for (const hr of h.results) {
      const br = b.results.find((x) => x.id === hr.id);
      if (!br || (br.status === hr.status && br.via === hr.via)) continue;
      const cause = hr.via ?? br.via ?? head.origins.get(`requirement:${hr.kind}`) ?? hr.kind;
      flips.push({ case: id, requirement: hr.id, kind: hr.kind, base: describe(br.status, br.via), head: describe(hr.status, hr.via), cause, announced: announced.has(id) || announced.has(`${id}#${hr.id}`) });
    }
  }
  const unannounced = flips.filter((f) => !f.announced);
  const exitCode = errors.length > 0 || (opts.failOnChange && unannounced.length > 0) ? 1 : 0;
  if (opts.format === 'json') {
    const json = { base: { spec: baseSpec, version: base.version, sha256: base.sha256 }, head: { spec: headSpec ?? headDir, version: head.version, sha256: head.sha256 }, cases: cases.length, flips, errors };
    return { text: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  const lines = [
    t(opts.lang, `Aturan dasar: ${base.name} ${base.version} (${baseSpec}); aturan baru: ${head.name} ${head.version} (${headSpec ?? headDir}); ${cases.length} kasus.`, `Base rules: ${base.name} ${base.version} (${baseSpec}); head rules: ${head.name} ${head.version} (${headSpec ?? headDir}); ${cases.length} cases.`),
  ];
  if (base.sha256 === head.sha256) lines.push(t(opts.lang, 'Kedua aturan identik.', 'The two rulesets are identical.'));
  for (const f of flips) {
    const where = f.requirement ? `${f.case} #${f.requirement} [${f.kind}]` : `${f.case} (${t(opts.lang, 'hasil', 'verdict')})`;
    const why = f.cause ? ` — ${t(opts.lang, 'karena', 'because of')} ${f.cause}` : '';
    const note = f.announced ? ` (${t(opts.lang, 'diumumkan di changelog', 'announced in the changelog')})` : '';
    lines.push(`  ${where}: ${f.base} → ${f.head}${why}${note}`);
  }
  for (const e of errors) lines.push(`  ${t(opts.lang, 'KESALAHAN', 'ERROR')} ${e}`);
  lines.push(
    flips.length === 0
      ? t(opts.lang, 'Tidak ada hasil yang berubah.', 'No verdict changes.')
      : t(opts.lang, `${flips.length} perubahan, ${unannounced.length} tidak diumumkan di changelog.`, `${flips.length} changes, ${unannounced.length} not announced in the changelog.`),
  );
  return { text: `${lines.join('\n')}\n`, exitCode };
}

const describe = (status: string, via: string | undefined) => (via ? `${status} (${via})` : status);

async function tryCase(c: GoldenCase, ruleset: Ruleset): Promise<CaseOutcome | { error: string }> {
  try {
    return await runCase(c, ruleset);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** A rules folder as given, or the rules folder at a git revision (exported with `git archive` into a
 * temporary folder, recorded in `exported` for removal). */
async function resolveRules(spec: string, defaultDir: string, exported: string[]): Promise<string> {
  if (await stat(spec).then((s) => s.isDirectory(), () => false)) return spec;
  const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  try {
    const root = git(['rev-parse', '--show-toplevel'], defaultDir).toString().trim();
    const rel = path.relative(root, path.resolve(defaultDir)).split(path.sep).join('/');
    const out = mkdtempSync(path.join(tmpdir(), 'kualifikasi-rules-'));
    exported.push(out);
    const tar = path.join(out, 'rules.tar');
    writeFileSync(tar, git(['archive', '--format=tar', spec, '--', rel], root));
    execFileSync('tar', ['-xf', tar, '-C', out], { stdio: 'ignore' });
    return path.join(out, rel);
  } catch (e) {
    const detail = (e as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0] || (e as Error).message;
    throw new KualifikasiError('GIT_REVISION', { rev: spec, detail });
  }
}

export interface AuditFinding {
  code: 'unverified-citation' | 'unverified-date' | 'superseded' | 'amended' | 'review-overdue' | 'not-checked-against-official-text';
  file: string;
  line: number;
  ref: string;
  message: string;
}

/** What a maintainer must still do: unverified citations and dates, superseded instruments, overdue reviews. */
export async function rulesAudit(dir: string, opts: { asOf: string; strict: boolean; format: 'text' | 'json'; lang: Lang }): Promise<{ text: string; exitCode: number }> {
  const ruleset = await loadRuleset(dir);
  const findings: AuditFinding[] = [];
  if (!ruleset.checkedAgainstOfficialText) {
    findings.push({ code: 'not-checked-against-official-text', file: path.join(dir, 'ruleset.yaml'), line: 1, ref: ruleset.name, message: t(opts.lang, 'Belum ada ketentuan yang dicocokkan dengan naskah resmi (JDIH).', 'No provision has been checked against the official (JDIH) text.') });
  }
  const instrumentsDir = path.join(dir, 'instruments');
  for (const name of readdirSync(instrumentsDir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join(instrumentsDir, name);
    const parsed = parseYaml(file, readFileSync(file, 'utf8'), instrumentFile);
    if (!parsed.ok) continue;
    const ins: InstrumentFile['instrument'] = parsed.value.instrument;
    if (!ins.in_force_from_verified) {
      findings.push({ code: 'unverified-date', file, line: parsed.lineOf(['instrument', 'in_force_from_verified']), ref: ins.id, message: t(opts.lang, `Tanggal berlaku ${ins.short} (${ins.in_force_from ?? 'tidak diketahui'}) belum diverifikasi.`, `The effective date of ${ins.short} (${ins.in_force_from ?? 'unknown'}) is not verified.`) });
    }
    if (ins.ended_on) {
      const by = ins.replaced_by ? ` oleh ${ins.replaced_by.name}` : '';
      const byEn = ins.replaced_by ? ` by ${ins.replaced_by.name}` : '';
      const unverified = ins.ended_on_verified ? '' : t(opts.lang, ' (tanggal belum diverifikasi)', ' (date not verified)');
      findings.push({ code: 'superseded', file, line: parsed.lineOf(['instrument', 'ended_on']), ref: ins.id, message: t(opts.lang, `${ins.short} dicabut/diganti${by}; tidak berlaku sejak ${ins.ended_on}${unverified}.`, `${ins.short} was repealed/replaced${byEn}; not in force from ${ins.ended_on}${unverified}.`) });
    }
    for (const a of ins.amended_by) {
      findings.push({ code: 'amended', file, line: parsed.lineOf(['instrument', 'amended_by']), ref: ins.id, message: t(opts.lang, `${ins.short} diubah dengan ${a.name}${a.on ? ` (${a.on}${a.verified ? '' : ', tanggal belum diverifikasi'})` : ''}; tetap berlaku sebagaimana telah diubah.`, `${ins.short} amended by ${a.name}${a.on ? ` (${a.on}${a.verified ? '' : ', date not verified'})` : ''}; still in force as amended.`) });
    }
    parsed.value.provisions.forEach((p, i) => {
      const ref = `${ins.id}#${p.id}`;
      if (!p.verification.verified) {
        findings.push({ code: 'unverified-citation', file, line: parsed.lineOf(['provisions', i]), ref, message: t(opts.lang, `${ins.short}, ${p.article}: nomor pasal/rumusan belum diverifikasi (${CONFIDENCE_LABEL.id[p.verification.confidence] ?? p.verification.confidence}).`, `${ins.short}, ${p.article}: article number/wording not verified (${CONFIDENCE_LABEL.en[p.verification.confidence] ?? p.verification.confidence}).`) });
      }
      if (p.review_by && p.review_by < opts.asOf) {
        findings.push({ code: 'review-overdue', file, line: parsed.lineOf(['provisions', i, 'review_by']), ref, message: t(opts.lang, `${ins.short}, ${p.article}: seharusnya ditinjau ulang paling lambat ${p.review_by}.`, `${ins.short}, ${p.article}: was due for review by ${p.review_by}.`) });
      }
    });
  }
  const exitCode = opts.strict && findings.length > 0 ? 1 : 0;
  if (opts.format === 'json') return { text: `${JSON.stringify({ ruleset: { name: ruleset.name, version: ruleset.version, sha256: ruleset.sha256 }, asOf: opts.asOf, findings }, null, 2)}\n`, exitCode };
  const lines = findings.map((f) => `${f.file}:${f.line}: [${f.code}] ${f.message}`);
  const count = (c: AuditFinding['code']) => findings.filter((f) => f.code === c).length;
  lines.push(
    t(
      opts.lang,
      `${findings.length} temuan: ${count('unverified-citation')} kutipan belum diverifikasi, ${count('unverified-date')} tanggal berlaku belum diverifikasi, ${count('superseded')} instrumen dicabut/diganti, ${count('amended')} perubahan, ${count('review-overdue')} tinjauan terlambat.`,
      `${findings.length} findings: ${count('unverified-citation')} unverified citations, ${count('unverified-date')} unverified effective dates, ${count('superseded')} repealed/replaced instruments, ${count('amended')} amendments, ${count('review-overdue')} overdue reviews.`,
    ),
  );
  return { text: `${lines.join('\n')}\n`, exitCode };
}

