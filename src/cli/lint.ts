// `kualifikasi lint`: the tender's own requirements, checked before anyone is disqualified. Reads a tender
// YAML file, or the LDK's qualification section as plain text (pasted from SPSE or a PDF) plus flags for
// the metadata plain text lacks; `--emit-yaml` prints the tender file it understood.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { KualifikasiError } from '../errors/catalogue.js';
import type { Lang } from '../i18n/labels.js';
import { lintTender, withoutDeadline, worstSeverity, type LintReport } from '../lint/lint.js';
import type { Ruleset } from '../rules/load.js';
import type { LdkMetaOverrides, LdkParse } from '../tender/ldk-text.js';
import { buildTender, loadTender, type Tender } from '../tender/load.js';

export interface LintOptions extends LdkMetaOverrides {
  format: 'text' | 'json';
  lang: Lang;
  asOf?: string;
  emitYaml: boolean;
}

/** The tender as read: from YAML, or from LDK text (then with the YAML understood and the lines not attributed). */
export interface LintInput {
  tender: Tender;
  yaml: string | undefined;
  notices: string[];
  /** Metadata the plain text lacked and no option gave: stand-ins were used. */
  unknown: { announced: boolean; deadline: boolean };
}

const isYamlName = (file: string) => /\.ya?ml$/i.test(file);

export async function readLintInput(file: string, opts: LintOptions, ruleset: Ruleset): Promise<LintInput> {
  if (!isYamlName(file)) return tenderFromText(file, opts, ruleset);
  return { tender: await loadTender(file, ruleset), yaml: undefined, notices: [], unknown: { announced: false, deadline: false } };
}

/** The findings on the tender's requirements; without a known deadline, none that depends on it. */
export function lintInput(input: LintInput, ruleset: Ruleset, asOf: string | undefined): LintReport {
  const full = lintTender(input.tender, ruleset, asOf ?? input.tender.meta.announced);
  return input.unknown.deadline ? withoutDeadline(full, input.tender) : full;
}

/** 1 when any finding is an error (the tender requires what the law forbids), else 0. */
export const lintExitCode = (report: LintReport): number => (worstSeverity(report) === 'error' ? 1 : 0);

/** Stand-ins for what a pasted LDK lacks when it is only linted: the name and type decide nothing here. */
function standIns(parse: LdkParse, opts: LintOptions, file: string): { overrides: LdkMetaOverrides; unknown: { announced: boolean; deadline: boolean } } {
  const announced = opts.announced ?? parse.meta.announced;
  const deadline = opts.deadline ?? parse.meta.deadline;
  const today = new Date().toISOString().slice(0, 10);
  const day = opts.asOf ?? announced ?? (deadline !== undefined && deadline < today ? deadline : today);
  return {
    overrides: {
      ...opts,
      name: opts.name ?? parse.meta.name ?? path.basename(file),
      type: opts.type ?? parse.meta.procurementType ?? 'barang',
      announced: announced ?? (deadline !== undefined && deadline < day ? deadline : day),
      deadline: deadline ?? (announced !== undefined && announced > day ? announced : day),
    },
    unknown: { announced: announced === undefined, deadline: deadline === undefined },
  };
}

async function tenderFromText(file: string, opts: LintOptions, ruleset: Ruleset): Promise<{ tender: Tender; yaml: string; notices: string[]; unknown: { announced: boolean; deadline: boolean } }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KualifikasiError('TENDER_NOT_FOUND', { file });
    throw new KualifikasiError('TENDER_UNREADABLE', { file, detail: String(code ?? e) });
  }
  // Plain text needs the LDK parser, the YAML writer and reader and the schema: loaded only for it.
  const [{ parseLdkText, toTenderYaml }, { parseYaml }, { tenderFile }] = await Promise.all([import('../tender/ldk-text.js'), import('../yaml/source.js'), import('../tender/schema.js')]);
  const parse = parseLdkText(bytes.toString('utf8'));
  if (parse.requirements.length === 0) throw new KualifikasiError('LDK_EMPTY', { file });
  // --emit-yaml writes a tender file for reuse, which needs the real metadata; linting alone does not.
  const { overrides, unknown } = opts.emitYaml ? { overrides: opts, unknown: { announced: false, deadline: false } } : standIns(parse, opts, file);
  const { yaml, missing } = toTenderYaml(parse, overrides);
  if (missing.length > 0) throw new KualifikasiError('LDK_META_MISSING', { file, missing: missing.map((m) => `--${m}`).join(', ') });
  const parsed = parseYaml(file, yaml, tenderFile);
  if (!parsed.ok) throw new KualifikasiError('TENDER_INVALID', { file }, parsed.problems);
  // Lines are those of the plain text, so findings point at what the pokja typed.
  const lineOf = (p: readonly PropertyKey[]) => (p[0] === 'requirements' && typeof p[1] === 'number' ? (parse.requirements[p[1]]?.line ?? 1) : 1);
  const tender = buildTender(file, bytes, parsed.value, lineOf, ruleset);
  const notices = parse.unparsed.map((u) => `${file}:${u.line}: ${u.text}`);
  return { tender, yaml, notices, unknown };
}
