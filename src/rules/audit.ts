// `rules audit`: what a maintainer must still do, from the ruleset as the loader validated it (an invalid
// file stops the audit with its problems, it is never skipped): unverified citations and dates, repealed or
// amended instruments, overdue reviews. Findings are data; report/formatters/rules-audit-*.ts word them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KualifikasiError } from '../errors/catalogue.js';
import { parseYaml } from '../yaml/source.js';
import { type Instrument, loadRuleset, type Ruleset } from './load.js';
import { instrumentFile, type Provision } from './schema.js';

interface Where {
  file: string;
  line: number;
  ref: string;
}

export type AuditFinding = Where &
  (
    | { code: 'not-checked-against-official-text' }
    | { code: 'unverified-date'; instrument: Instrument }
    | { code: 'superseded'; instrument: Instrument }
    | { code: 'amended'; instrument: Instrument; amendment: Instrument['amended_by'][number] }
    | { code: 'unverified-citation'; instrument: Instrument; provision: Provision }
    | { code: 'review-overdue'; instrument: Instrument; provision: Provision }
  );

export interface Audit {
  ruleset: { name: string; version: string; sha256: string };
  asOf: string;
  findings: AuditFinding[];
  exitCode: number;
}

export async function auditRules(dir: string, opts: { asOf: string; strict: boolean }): Promise<Audit> {
  const ruleset = await loadRuleset(dir);
  const findings: AuditFinding[] = [];
  if (!ruleset.checkedAgainstOfficialText)
    findings.push({ code: 'not-checked-against-official-text', file: path.join(dir, 'ruleset.yaml'), line: 1, ref: ruleset.name });
  const byFile = [...ruleset.instruments.values()].map((ins) => ({ ins, rel: ruleset.origins.get(`instrument:${ins.id}`) ?? '' }));
  for (const { ins, rel } of byFile.sort((a, b) => a.rel.localeCompare(b.rel)))
    findings.push(...auditInstrument(ruleset, ins, path.join(dir, rel), opts.asOf));
  return {
    ruleset: { name: ruleset.name, version: ruleset.version, sha256: ruleset.sha256 },
    asOf: opts.asOf,
    findings,
    exitCode: opts.strict && findings.length > 0 ? 1 : 0,
  };
}

function auditInstrument(ruleset: Ruleset, ins: Instrument, file: string, asOf: string): AuditFinding[] {
  const lineOf = linesOf(file);
  const at = (p: readonly PropertyKey[]) => ({ file, line: lineOf(p), ref: ins.id });
  const out: AuditFinding[] = [];
  if (!ins.in_force_from_verified) out.push({ code: 'unverified-date', ...at(['instrument', 'in_force_from_verified']), instrument: ins });
  if (ins.ended_on) out.push({ code: 'superseded', ...at(['instrument', 'ended_on']), instrument: ins });
  for (const amendment of ins.amended_by) out.push({ code: 'amended', ...at(['instrument', 'amended_by']), instrument: ins, amendment });
  const provisions = [...ruleset.provisions.values()].filter((p) => p.instrument === ins).map((p) => p.provision);
  provisions.forEach((provision, i) => {
    const where = (p: readonly PropertyKey[]) => ({ file, line: lineOf(p), ref: `${ins.id}#${provision.id}` });
    if (!provision.verification.verified)
      out.push({ code: 'unverified-citation', ...where(['provisions', i]), instrument: ins, provision });
    if (provision.review_by && provision.review_by < asOf)
      out.push({ code: 'review-overdue', ...where(['provisions', i, 'review_by']), instrument: ins, provision });
  });
  return out;
}

/** Line numbers in an instrument file the loader accepted; should it no longer parse, its problems are the error. */
function linesOf(file: string): (p: readonly PropertyKey[]) => number {
  const parsed = parseYaml(file, readFileSync(file, 'utf8'), instrumentFile);
  if (!parsed.ok) throw new KualifikasiError('RULES_INVALID', { path: path.dirname(path.dirname(file)) }, parsed.problems);
  return parsed.lineOf;
}
