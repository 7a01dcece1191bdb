// Golden cases: a tender, a bundle (fixture PDFs, or document facts declared in the case), an as-of date and
// the expected outcome per requirement, written as YAML beside the rules they test (rules/tests/). They are
// what `rules test` runs and what `rules diff` runs under two rulesets.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { type Bundle, type BundleDocument, identifyBidder, readBundle } from '../documents/bundle.js';
import { expandBundleArgs } from '../documents/sources.js';
import { KualifikasiError, type SourceProblem } from '../errors/catalogue.js';
import { evaluateBundle, type RequirementResult, type Status } from '../evaluate/evaluate.js';
import { say } from '../i18n/messages.js';
import { type Verdict, verdictOf } from '../report/report.js';
import { RULE_TESTS_DIR, type Ruleset } from '../rules/load.js';
import { bidderForm, isoDate, type Localized, slug } from '../rules/schema.js';
import { kindsOf } from '../tender/infer.js';
import { loadTender } from '../tender/load.js';
import { parseYaml } from '../yaml/source.js';

export const CASES_DIR = RULE_TESTS_DIR;

const status = z.enum(['pass', 'fail', 'review', 'waived', 'not_applicable']);

const expectation = z.union([
  status,
  z.strictObject({
    status,
    /** The equivalence, waiver or exemption id that must have decided it. */
    via: slug.optional(),
    /** Provision refs ("pp-24-2018#nib-sebagai-tdp") that must all be cited. */
    cites: z.array(z.string().min(1)).optional(),
    /** Evidence that must be shown: "file" or "file:page". */
    evidence: z.array(z.string().min(1)).optional(),
  }),
]);

export const goldenCaseFile = z.strictObject({
  case: slug,
  description: z.string().optional(),
  /** Tender YAML, relative to the case file. */
  tender: z.string().min(1),
  /** A bundle folder or zip of real PDFs, relative to the case file... */
  bundle: z.string().min(1).optional(),
  /** ...or the documents declared as facts: what the bundle is recognised to hold, and the fields read. */
  bidder: z.strictObject({ name: z.string().optional(), form: bidderForm.optional() }).optional(),
  documents: z
    .array(
      z.strictObject({
        file: z.string().min(1),
        type: slug,
        page: z.number().int().positive().default(1),
        /** A list for a field a document carries several times (the KBLI codes of an NIB). */
        fields: z
          .record(
            z.string(),
            z.union([z.string(), z.number().transform(String), z.array(z.union([z.string(), z.number().transform(String)]))]),
          )
          .default({}),
        /** A document the tool could not read (a scan, a broken file). */
        unreadable: z.boolean().default(false),
      }),
    )
    .optional(),
  as_of: isoDate.optional(),
  expect: z.strictObject({
    verdict: z.enum(['pass', 'fail', 'review']).optional(),
    requirements: z.record(z.string(), expectation),
  }),
});
export type GoldenCaseFile = z.infer<typeof goldenCaseFile>;

export interface GoldenCase {
  file: string;
  data: GoldenCaseFile;
  lineOf: (p: readonly PropertyKey[]) => number;
}

export interface CaseOutcome {
  case: GoldenCase;
  verdict: Verdict;
  results: RequirementResult[];
  /** One line per unmet expectation; empty when the case passes. */
  failures: Array<{ requirement: string | null; line: number; message: string; text: Localized }>;
}

/** Every *.yaml under dir (sorted), validated. */
export async function loadCases(dir: string): Promise<GoldenCase[]> {
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) return [];
  const names = (await readdir(dir, { recursive: true })).filter((n) => /\.ya?ml$/.test(n)).sort();
  const problems: SourceProblem[] = [];
  const cases: GoldenCase[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const parsed = parseYaml(file, await readFile(file, 'utf8'), goldenCaseFile);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const data = parsed.value;
    if (!data.bundle === !data.documents)
      problems.push({
        file,
        line: 1,
        column: 1,
        message: 'a case needs exactly one of `bundle` (PDF files) or `documents` (declared facts)',
        text: {
          id: 'sebuah kasus memerlukan tepat satu dari `bundle` (berkas PDF) atau `documents` (fakta yang dinyatakan)',
          en: 'a case needs exactly one of `bundle` (PDF files) or `documents` (declared facts)',
        },
      });
    const first = ids.get(data.case);
    if (first)
      problems.push({
        file,
        line: parsed.lineOf(['case']),
        column: 1,
        message: `case id "${data.case}" is also used by ${first}`,
        text: { id: `id kasus "${data.case}" juga dipakai oleh ${first}`, en: `case id "${data.case}" is also used by ${first}` },
      });
    ids.set(data.case, file);
    cases.push({ file, data, lineOf: parsed.lineOf });
  }
  if (problems.length > 0) throw new KualifikasiError('CASES_INVALID', { path: dir }, problems);
  return cases;
}

/** Runs one case under a ruleset and compares with its expectations. */
export async function runCase(c: GoldenCase, ruleset: Ruleset): Promise<CaseOutcome> {
  const base = path.dirname(c.file);
  const tender = await loadTender(path.resolve(base, c.data.tender), ruleset);
  const bundle = c.data.bundle ? await pdfBundle(path.resolve(base, c.data.bundle), ruleset) : declaredBundle(c.data, ruleset);
  const asOf = c.data.as_of ?? tender.meta.announced;
  const results = evaluateBundle(tender, bundle, { ruleset, asOf, deadline: tender.meta.deadline });
  const verdict = verdictOf(results);
  const failures: CaseOutcome['failures'] = [];
  const expect = c.data.expect;
  if (expect.verdict && expect.verdict !== verdict)
    failures.push(
      failure(null, c.lineOf(['expect', 'verdict']), {
        id: `hasil ${verdict}, diharapkan ${expect.verdict}`,
        en: `verdict ${verdict}, expected ${expect.verdict}`,
      }),
    );
  for (const [id, e] of Object.entries(expect.requirements)) {
    const line = c.lineOf(['expect', 'requirements', id]);
    const r = results.find((x) => x.id === id);
    if (!r) {
      failures.push(failure(id, line, { id: `tender tidak memiliki persyaratan "${id}"`, en: `the tender has no requirement "${id}"` }));
      continue;
    }
    const want = typeof e === 'string' ? { status: e } : e;
    if (r.status !== want.status)
      failures.push(
        failure(id, line, {
          id: `status ${r.status}, diharapkan ${want.status} (${say(r.reason, 'id')})`,
          en: `status ${r.status}, expected ${want.status} (${say(r.reason, 'en')})`,
        }),
      );
    const via = [r.via, ...(r.parts ?? []).map((p) => p.via)].filter(Boolean);
    if ('via' in want && want.via && !via.includes(want.via))
      failures.push(
        failure(id, line, {
          id: `diputus melalui ${via.join(', ') || 'tanpa aturan'}, diharapkan melalui ${want.via}`,
          en: `decided via ${via.join(', ') || 'no rule'}, expected via ${want.via}`,
        }),
      );
    const cited = new Set([...r.citations, ...(r.parts ?? []).flatMap((p) => p.citations)].map((x) => x.ref));
    for (const ref of ('cites' in want ? want.cites : undefined) ?? []) {
      if (!cited.has(ref))
        failures.push(
          failure(id, line, {
            id: `tidak mengutip ${ref} (mengutip ${[...cited].join(', ') || 'tidak ada'})`,
            en: `does not cite ${ref} (cites ${[...cited].join(', ') || 'nothing'})`,
          }),
        );
    }
    const shown = [...r.evidence, ...(r.parts ?? []).flatMap((p) => p.evidence)];
    for (const ev of ('evidence' in want ? want.evidence : undefined) ?? []) {
      const [file, page] = splitEvidence(ev);
      if (!shown.some((s) => s.file === file && (page === undefined || s.page === page)))
        failures.push(failure(id, line, { id: `tidak menunjukkan bukti ${ev}`, en: `does not show evidence ${ev}` }));
    }
  }
  return { case: c, verdict, results, failures };
}

function splitEvidence(ev: string): [string, number | undefined] {
  const m = /^(.*):(\d+)$/.exec(ev);
  return m ? [m[1] as string, Number(m[2])] : [ev, undefined];
}

async function pdfBundle(target: string, ruleset: Ruleset): Promise<Bundle> {
  const [source] = await expandBundleArgs([target]);
  if (!source) throw new KualifikasiError('BUNDLE_NOT_FOUND', { path: target });
  return readBundle(source, ruleset);
}

/** A bundle from declared facts: no PDF is read, so a case pins the rules' logic alone. */
function declaredBundle(data: GoldenCaseFile, ruleset: Ruleset): Bundle {
  const documents: BundleDocument[] = (data.documents ?? []).map((d) => {
    if (!ruleset.documents.has(d.type) && !d.unreadable)
      throw new KualifikasiError('CASES_INVALID', { path: `${data.case}: unknown document type "${d.type}"` });
    return {
      file: d.file,
      sha256: null,
      bytes: 0,
      pages: d.unreadable ? 0 : 1,
      docType: d.unreadable ? null : d.type,
      classification: null,
      fields: Object.entries(d.fields).flatMap(([name, v]) =>
        (Array.isArray(v) ? v : [v]).map((value) => ({ name, value, raw: value, page: d.page, snippet: value })),
      ),
      problems: d.unreadable ? [{ code: 'no_text_layer' as const, detail: 'declared unreadable' }] : [],
    };
  });
  const bidder = identifyBidder(data.bidder ? { bidder: data.bidder } : undefined, documents);
  return { path: `case:${data.case}`, bidder, documents };
}

/** Which requirement kinds and which equivalences, waivers and exemptions the outcomes exercised. */
export function coverage(outcomes: readonly CaseOutcome[], ruleset: Ruleset): { total: string[]; covered: Set<string>; missing: string[] } {
  const total: string[] = [];
  for (const [id, k] of ruleset.requirements) {
    total.push(`kind:${id}`);
    for (const e of k.equivalences) total.push(`equivalence:${e.id}`);
    for (const w of k.waivers) total.push(`waiver:${w.id}`);
    for (const x of k.exemptions) total.push(`exemption:${x.id}`);
  }
  const ruleKind = new Map<string, string>();
  for (const k of ruleset.requirements.values()) {
    for (const e of k.equivalences) ruleKind.set(e.id, 'equivalence');
    for (const w of k.waivers) ruleKind.set(w.id, 'waiver');
    for (const x of k.exemptions) ruleKind.set(x.id, 'exemption');
  }
  const covered = new Set<string>();
  for (const o of outcomes) {
    for (const r of o.results) {
      for (const k of kindsOf(r.expr)) covered.add(`kind:${k}`);
      for (const part of r.parts ?? [r]) if (part.via) covered.add(`${ruleKind.get(part.via) ?? 'rule'}:${part.via}`);
    }
  }
  return { total, covered, missing: total.filter((t) => !covered.has(t)) };
}

export type { Status };

/** An unmet expectation, in both languages (`message` is the English one, for JUnit and JSON). */
function failure(requirement: string | null, line: number, text: Localized): CaseOutcome['failures'][number] {
  return { requirement, line, message: text.en, text };
}
