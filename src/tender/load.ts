// Reads a tender file into a Tender: metadata plus each requirement with its kind, declared or inferred.
import { readFileSync, statSync } from 'node:fs';
import { KualifikasiError, type SourceProblem } from '../errors/catalogue.js';
import { sha256Hex } from '../hash.js';
import type { Ruleset } from '../rules/load.js';
import { inferKind, type KindExpr, namedTaxYear, parseDeclaredKind } from './infer.js';
import type { TenderFile } from './schema.js';

/** A tender file is a page of text; anything bigger is not one (and is not read into memory). */
export const MAX_TENDER_BYTES = 4 * 1024 * 1024;

export interface Requirement {
  id: string;
  text: string;
  kind: KindExpr;
  kindSource: 'declared' | 'inferred';
  /** Tax year named in the wording, for SPT requirements. */
  taxYear?: number;
  line: number;
  /** The page of the tender document (PDF) the requirement was read on. */
  page?: number;
}

export interface Tender {
  file: string;
  readonly sha256: string;
  meta: TenderFile['tender'];
  requirements: Requirement[];
  /** The pages of the tender document (PDF) the dates were read on. */
  pages?: { announced?: number; deadline?: number };
}

export async function loadTender(file: string, ruleset: Ruleset): Promise<Tender> {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_TENDER_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KualifikasiError('TENDER_NOT_FOUND', { file });
    const detail =
      code === 'EISDIR' ? 'it is a folder' : code === 'EFBIG' ? `larger than ${MAX_TENDER_BYTES / 1024 / 1024} MB` : String(code ?? e);
    throw new KualifikasiError('TENDER_UNREADABLE', { file, detail });
  }
  return tenderFromYaml(file, bytes, bytes.toString('utf8'), ruleset);
}

/**
 * Tender YAML (a file's own, or the one understood from a document) validated into a Tender. `lineOf` may
 * place the requirements on the lines of the document they were read from instead.
 */
export async function tenderFromYaml(
  file: string,
  bytes: Uint8Array,
  yaml: string,
  ruleset: Ruleset,
  lineOf?: (path: readonly PropertyKey[]) => number,
): Promise<Tender> {
  const [{ parseYaml }, { tenderFile }] = await Promise.all([import('../yaml/source.js'), import('./schema.js')]);
  const parsed = parseYaml(file, yaml, tenderFile);
  if (!parsed.ok) throw new KualifikasiError('TENDER_INVALID', { file }, parsed.problems);
  return buildTender(file, bytes, parsed.value, lineOf ?? parsed.lineOf, ruleset);
}

/** Resolves each requirement's kind (declared, else inferred from the wording). Also used for LDK plain text. */
export function buildTender(
  file: string,
  bytes: Uint8Array,
  data: TenderFile,
  lineOf: (path: readonly PropertyKey[]) => number,
  ruleset: Ruleset,
): Tender {
  const problems: SourceProblem[] = [];
  const requirements = data.requirements.map((r, i): Requirement => {
    const line = lineOf(['requirements', i]);
    let kind: KindExpr;
    if (r.kind) {
      const declared = parseDeclaredKind(r.kind, ruleset);
      if (declared.unknown.length > 0) {
        problems.push({
          file,
          line: lineOf(['requirements', i, 'kind']),
          column: 1,
          message: `requirements[${i}].kind: unknown kind ${declared.unknown.map((k) => `"${k}"`).join(', ')} (known: ${[...ruleset.requirements.keys()].join(', ')})`,
        });
      }
      kind = declared.kind;
    } else {
      kind = inferKind(r.text, ruleset);
    }
    const taxYear = namedTaxYear(r.text);
    return { id: r.id, text: r.text, kind, kindSource: r.kind ? 'declared' : 'inferred', ...(taxYear ? { taxYear } : {}), line };
  });
  if (problems.length > 0) throw new KualifikasiError('TENDER_INVALID', { file }, problems);
  let sha256: string | undefined;
  return {
    file,
    // Only reports and JSON name the tender by its hash: it is computed when first asked for.
    get sha256() {
      sha256 ??= sha256Hex(bytes);
      return sha256;
    },
    meta: data.tender,
    requirements,
  };
}
