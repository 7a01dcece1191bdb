// Loads rules/ into a Ruleset: every file validated by its schema, then the cross-file checks
// (references, dates, colliding exceptions). Problems name file:line; any problem stops the load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';
import { KualifikasiError, type SourceProblem } from '../errors/catalogue.js';
import { sha256 as newSha256 } from '../hash.js';
import { equivalenceRefs, type LawAt, lawAt, periodOf } from './at.js';
import type {
  DocumentType,
  EvidenceOption,
  InstrumentFile,
  LawFile,
  Localized,
  Provision,
  RequirementKind,
  RulesetManifest,
} from './schema.js';

export type Instrument = InstrumentFile['instrument'];

export interface ResolvedProvision {
  ref: string;
  instrument: Instrument;
  provision: Provision;
}

export interface Ruleset {
  dir: string;
  name: string;
  version: string;
  /** sha256 over every file of the rules tree (relative path and bytes), so a report pins the exact rules. */
  sha256: string;
  /** sha256 over the document types alone: what recognising a document depends on (documents/cache.ts). */
  documentsSha256: string;
  checkedAgainstOfficialText: boolean;
  /** Law may have changed after this date (coverage gap). */
  reviewBy: string;
  changelog: RulesetManifest['ruleset']['changelog'];
  instruments: ReadonlyMap<string, Instrument>;
  provisions: ReadonlyMap<string, ResolvedProvision>;
  documents: ReadonlyMap<string, DocumentType>;
  requirements: ReadonlyMap<string, RequirementKind>;
  /** Where each document type and requirement kind was defined (for validate, explain and errors). */
  origins: ReadonlyMap<string, string>;
  /** rules/law.yaml: the ids and legal constants the code names. */
  law: LawFile;
  /** The law in force on a date: the only place that compares dates with the law (rules/at.ts). */
  at(date: string): LawAt;
}

/** Gives a ruleset its `at`, the law in force on a date. */
export function withLaw(r: Omit<Ruleset, 'at'>): Ruleset {
  return { ...r, at: (date: string) => lawAt(r, date) };
}

/** The rules shipped with the tool: rules/ beside dist/ and src/. */
export function defaultRulesDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
}

/** Golden cases live beside the rules they test, but are not rules: excluded from loading and the hash. */
export const RULE_TESTS_DIR = 'tests';

export async function loadRuleset(dir: string = defaultRulesDir()): Promise<Ruleset> {
  const files = listYaml(dir).filter((f) => !f.startsWith(`${RULE_TESTS_DIR}/`));
  if (!files.includes('ruleset.yaml')) throw new KualifikasiError('RULES_NOT_FOUND', { path: dir });

  const problems: SourceProblem[] = [];
  const hash = newSha256();
  const documentsHash = newSha256();
  const texts = new Map<string, string>();
  // Blocking reads: a few dozen small files, read before anything else can run, cost less one after another
  // than as four thread-pool round trips each.
  for (const rel of files) {
    const bytes = readFileSync(path.join(dir, rel));
    hash.update(rel).update('\0').update(bytes).update('\0');
    if (rel.startsWith('documents/')) documentsHash.update(rel).update('\0').update(bytes).update('\0');
    texts.set(rel, bytes.toString('utf8'));
  }
  const sha256 = hash.digest('hex');
  const documentsSha256 = documentsHash.digest('hex');

  const [{ parseYaml }, { documentFile, instrumentFile, lawFile, requirementFile, rulesetManifest }] = await Promise.all([
    import('../yaml/source.js'),
    import('./schema.js'),
  ]);
  type Loc = (p: readonly PropertyKey[]) => number;
  const parseOne = <S extends z.ZodType>(rel: string, schema: S): { value: z.infer<S>; lineOf: Loc } | undefined => {
    const parsed = parseYaml(path.join(dir, rel), texts.get(rel) ?? '', schema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return parsed;
  };

  const manifest = parseOne('ruleset.yaml', rulesetManifest);
  const law = files.includes(LAW_FILE) ? parseOne(LAW_FILE, lawFile) : undefined;
  if (!files.includes(LAW_FILE)) problems.push(problem(path.join(dir, LAW_FILE), 1, L(`${LAW_FILE} tidak ada`, `${LAW_FILE} is missing`)));
  const instruments = new Map<string, Instrument>();
  const provisions = new Map<string, ResolvedProvision>();
  const documents = new Map<string, DocumentType>();
  const requirements = new Map<string, RequirementKind>();
  const origins = new Map<string, string>();
  const requirementSources: Array<{ rel: string; kind: RequirementKind; lineOf: Loc }> = [];
  const documentSources: Array<{ rel: string; doc: DocumentType; lineOf: Loc }> = [];

  const duplicate = (rel: string, line: number, what: string, id: string) =>
    problems.push(
      problem(
        path.join(dir, rel),
        line,
        L(
          `${what} "${id}" didefinisikan dua kali (pertama di ${origins.get(`${what}:${id}`)})`,
          `${what} "${id}" is defined twice (first in ${origins.get(`${what}:${id}`)})`,
        ),
      ),
    );

  for (const rel of files.filter((f) => f.startsWith('instruments/'))) {
    const r = parseOne(rel, instrumentFile);
    if (!r) continue;
    const ins = r.value.instrument;
    if (instruments.has(ins.id)) duplicate(rel, r.lineOf(['instrument', 'id']), 'instrument', ins.id);
    instruments.set(ins.id, ins);
    origins.set(`instrument:${ins.id}`, rel);
    r.value.provisions.forEach((p, i) => {
      const ref = `${ins.id}#${p.id}`;
      if (provisions.has(ref))
        problems.push(
          problem(
            path.join(dir, rel),
            r.lineOf(['provisions', i, 'id']),
            L(`ketentuan "${ref}" didefinisikan dua kali`, `provision "${ref}" is defined twice`),
          ),
        );
      provisions.set(ref, { ref, instrument: ins, provision: p });
    });
  }
  for (const [id, ins] of instruments) {
    const rel = origins.get(`instrument:${id}`) as string;
    const at = (message: Localized) => problems.push(problem(path.join(dir, rel), 1, message));
    if (ins.replaced_by?.id && !instruments.has(ins.replaced_by.id))
      at(
        L(
          `replaced_by "${ins.replaced_by.id}" bukan instrumen dalam aturan ini (tulis namanya saja bila belum dimuat)`,
          `replaced_by "${ins.replaced_by.id}" is not an instrument of this ruleset (give only its name if it is not encoded)`,
        ),
      );
    if (ins.ended_on && ins.in_force_from && ins.ended_on <= ins.in_force_from)
      at(
        L(
          `ended_on ${ins.ended_on} tidak sesudah in_force_from ${ins.in_force_from}`,
          `ended_on ${ins.ended_on} is not after in_force_from ${ins.in_force_from}`,
        ),
      );
    if (ins.ended_on && ins.ended_on_verified === undefined)
      at(L('ended_on memerlukan ended_on_verified', 'ended_on needs ended_on_verified'));
  }
  for (const rel of files.filter((f) => f.startsWith('documents/'))) {
    const r = parseOne(rel, documentFile);
    if (!r) continue;
    const doc = r.value.document;
    if (documents.has(doc.id)) duplicate(rel, r.lineOf(['document', 'id']), 'document', doc.id);
    documents.set(doc.id, doc);
    origins.set(`document:${doc.id}`, rel);
    documentSources.push({ rel, doc, lineOf: r.lineOf });
  }
  for (const rel of files.filter((f) => f.startsWith('requirements/'))) {
    const r = parseOne(rel, requirementFile);
    if (!r) continue;
    const kind = r.value.requirement;
    if (requirements.has(kind.id)) duplicate(rel, r.lineOf(['requirement', 'id']), 'requirement', kind.id);
    requirements.set(kind.id, kind);
    origins.set(`requirement:${kind.id}`, rel);
    requirementSources.push({ rel, kind, lineOf: r.lineOf });
  }

  for (const { rel, doc, lineOf } of documentSources) {
    const validity = doc.validity;
    if (validity.type === 'until_field' && !doc.fields.some((f) => f.name === validity.field)) {
      problems.push(
        problem(
          path.join(dir, rel),
          lineOf(['document', 'validity']),
          L(
            `ruas masa berlaku "${validity.field}" tidak ada di antara ruas dokumen`,
            `validity field "${validity.field}" is not among the document's fields`,
          ),
        ),
      );
    }
    if (doc.issued_on_field && !doc.fields.some((f) => f.name === doc.issued_on_field)) {
      problems.push(
        problem(
          path.join(dir, rel),
          lineOf(['document', 'issued_on_field']),
          L(
            `issued_on_field "${doc.issued_on_field}" tidak ada di antara ruas dokumen`,
            `issued_on_field "${doc.issued_on_field}" is not among the document's fields`,
          ),
        ),
      );
    }
  }
  for (const src of requirementSources) checkRequirement(dir, src, { provisions, documents, requirements, instruments }, problems);
  // A document type no requirement can use is recognised for nothing: an unreachable rule.
  const used = new Set(
    [...requirements.values()].flatMap((k) => [
      ...k.check.evidence.map((o) => o.document),
      ...k.equivalences.flatMap((e) => e.evidence.map((o) => o.document)),
      ...(k.check.type === 'power_of_attorney' ? k.check.signed_documents : []),
      ...(k.check.type === 'risk_certificate' ? [k.check.nib.document] : []),
      ...k.equivalences.flatMap((e) => Object.values(e.risk?.levels ?? {}).flatMap((l) => l.needs.map((o) => o.document))),
    ]),
  );
  for (const { rel, doc, lineOf } of documentSources) {
    if (!used.has(doc.id))
      problems.push(
        problem(
          path.join(dir, rel),
          lineOf(['document', 'id']),
          L(
            `jenis dokumen "${doc.id}" tidak terpakai: tidak ada jenis persyaratan yang menerimanya sebagai bukti`,
            `document type "${doc.id}" is unreachable: no requirement kind accepts it as evidence`,
          ),
        ),
      );
  }

  if (law) checkLaw(dir, law, { provisions, documents, requirements, instruments }, problems);

  if (problems.length > 0 || !manifest || !law) throw new KualifikasiError('RULES_INVALID', { path: dir }, problems);
  const m = manifest.value.ruleset;
  const ruleset: Ruleset = withLaw({
    dir,
    name: m.name,
    version: m.version,
    sha256,
    documentsSha256,
    checkedAgainstOfficialText: m.checked_against_official_text,
    reviewBy: m.review_by,
    changelog: m.changelog,
    instruments,
    provisions,
    documents,
    requirements,
    origins,
    law: law.value,
  });
  return ruleset;
}

interface Tables {
  provisions: Map<string, ResolvedProvision>;
  documents: Map<string, DocumentType>;
  requirements: Map<string, RequirementKind>;
  instruments: Map<string, Instrument>;
}

function checkRequirement(
  dir: string,
  { rel, kind, lineOf }: { rel: string; kind: RequirementKind; lineOf: (p: readonly PropertyKey[]) => number },
  t: Tables,
  problems: SourceProblem[],
): void {
  const file = path.join(dir, rel);
  const at = (p: PropertyKey[], message: Localized) => problems.push(problem(file, lineOf(['requirement', ...p]), message));

  const checkProvision = (ref: string, p: PropertyKey[]) => {
    if (!t.provisions.has(ref)) at(p, noProvision(ref));
  };
  const checkEvidence = (options: EvidenceOption[], p: PropertyKey[]) =>
    options.forEach((o, i) => {
      const doc = t.documents.get(o.document);
      if (!doc) at([...p, i, 'document'], noDocument(o.document));
      else if (o.field && !doc.fields.some((f) => f.name === o.field)) at([...p, i, 'field'], noField(o.document, o.field));
    });
  // An item applies only while its instruments are in force: dates of its own may narrow that, never widen it.
  const checkDates = (x: { from?: string | undefined; until?: string | undefined }, refs: readonly string[], p: PropertyKey[]) => {
    if (x.from !== undefined && x.until !== undefined && x.until <= x.from)
      at([...p, 'until'], L(`berakhir (${x.until}) sebelum mulai (${x.from})`, `ends (${x.until}) before it starts (${x.from})`));
    const period = periodOf(
      t.provisions,
      {},
      refs.filter((r) => t.provisions.has(r)),
    );
    if (period.from === '9999-12-31')
      at(
        p,
        L(
          'bertumpu pada instrumen tanpa in_force_from: tidak akan berlaku pada tanggal mana pun',
          'rests on an instrument with no in_force_from: it would apply on no date',
        ),
      );
    else if (period.until !== null && period.from !== null && period.until <= period.from)
      at(
        p,
        L(
          `instrumennya tidak pernah berlaku bersamaan (${refs.join(', ')})`,
          `its instruments are never in force together (${refs.join(', ')})`,
        ),
      );
  };

  kind.basis.forEach((ref, i) => {
    checkProvision(ref, ['basis', i]);
  });
  kind.infer_suppresses.forEach((id, i) => {
    if (!t.requirements.has(id))
      at(['infer_suppresses', i], L(`jenis persyaratan "${id}" tidak ada`, `requirement kind "${id}" does not exist`));
  });
  const c = kind.check;
  checkEvidence(c.evidence, ['check', 'evidence']);
  const fieldOf = (field: string, p: PropertyKey[]) => {
    if (!c.evidence.some((o) => t.documents.get(o.document)?.fields.some((f) => f.name === field)))
      at(p, L(`tidak ada dokumen bukti yang memiliki ruas "${field}"`, `no evidence document has the field "${field}"`));
  };
  if (c.type === 'tax_return') fieldOf(c.year_field, ['check', 'year_field']);
  if (c.type === 'status') fieldOf(c.field, ['check', 'field']);
  if (c.type === 'risk_certificate') {
    checkEvidence([c.nib], ['check', 'nib']);
    if (!t.documents.get(c.nib.document)?.fields.some((f) => f.name === c.risk_field))
      at(['check', 'risk_field'], noField(c.nib.document, c.risk_field));
    c.provisions.forEach((ref, i) => {
      checkProvision(ref, ['check', 'provisions', i]);
    });
  }
  if (c.type === 'power_of_attorney') {
    c.provisions.forEach((ref, i) => {
      checkProvision(ref, ['check', 'provisions', i]);
    });
    c.signed_documents.forEach((d, i) => {
      if (!t.documents.has(d)) at(['check', 'signed_documents', i], noDocument(d));
    });
  }
  kind.equivalences.forEach((e, i) => {
    checkEvidence(e.evidence, ['equivalences', i, 'evidence']);
    // An equivalence offering only what the check itself accepts can never be the reason for a pass.
    const own = new Set(c.evidence.map((o) => o.document));
    if (e.evidence.every((o) => own.has(o.document)))
      at(
        ['equivalences', i, 'evidence'],
        L(
          `kesetaraan "${e.id}" tidak pernah terpakai: pemeriksaan sudah menerima ${e.evidence.map((o) => o.document).join(', ')}`,
          `equivalence "${e.id}" is unreachable: the check already accepts ${e.evidence.map((o) => o.document).join(', ')}`,
        ),
      );
    checkProvision(e.provision, ['equivalences', i, 'provision']);
    e.also.forEach((ref, j) => {
      checkProvision(ref, ['equivalences', i, 'also', j]);
    });
    checkDates(e, equivalenceRefs(e), ['equivalences', i]);
    if (e.risk) {
      const risk = e.risk;
      if (!e.evidence.some((o) => t.documents.get(o.document)?.fields.some((f) => f.name === risk.field)))
        at(
          ['equivalences', i, 'risk', 'field'],
          L(`tidak ada dokumen bukti yang memiliki ruas "${risk.field}"`, `no evidence document has the field "${risk.field}"`),
        );
      for (const [level, spec] of Object.entries(risk.levels)) {
        checkProvision(spec.provision, ['equivalences', i, 'risk', 'levels', level, 'provision']);
        checkEvidence(spec.needs, ['equivalences', i, 'risk', 'levels', level, 'needs']);
      }
    }
  });
  kind.waivers.forEach((w, i) => {
    w.provisions.forEach((ref, j) => {
      checkProvision(ref, ['waivers', i, 'provisions', j]);
    });
    checkDates(w, w.provisions, ['waivers', i]);
  });
  kind.exemptions.forEach((x, i) => {
    checkProvision(x.provision, ['exemptions', i, 'provision']);
    checkDates(x, [x.provision], ['exemptions', i]);
  });
  kind.obsolete_wording.forEach((o, i) => {
    checkProvision(o.provision, ['obsolete_wording', i, 'provision']);
    checkDates(o, [o.provision], ['obsolete_wording', i]);
  });
  // Catala's rule: two exceptions that grant different outcomes on the same date collide.
  const period = (x: { from?: string | undefined; until?: string | undefined }, refs: readonly string[]) =>
    periodOf(
      t.provisions,
      x,
      refs.filter((r) => t.provisions.has(r)),
    );
  kind.waivers.forEach((w, i) => {
    kind.exemptions.forEach((x) => {
      const a = period(w, w.provisions);
      const b = period(x, [x.provision]);
      const start = (a.from ?? '') > (b.from ?? '') ? a.from : b.from;
      const overlap = (a.until === null || (b.from ?? '') < a.until) && (b.until === null || (a.from ?? '') < b.until);
      if (overlap)
        at(
          ['waivers', i],
          L(
            `penghapusan "${w.id}" (tidak dipersyaratkan) dan pengecualian "${x.id}" (tidak berlaku) sama-sama berlaku sejak ${start}: tetapkan mana yang menang dengan mengakhiri salah satunya`,
            `waiver "${w.id}" (waived) and exemption "${x.id}" (not applicable) both apply from ${start}: say which wins by ending one`,
          ),
        );
    });
  });
}

/** rules/law.yaml: every id the code names must exist. */
function checkLaw(
  dir: string,
  law: { value: LawFile; lineOf: (p: readonly PropertyKey[]) => number },
  t: Tables,
  problems: SourceProblem[],
): void {
  const file = path.join(dir, LAW_FILE);
  const at = (p: PropertyKey[], message: Localized) => problems.push(problem(file, law.lineOf(p), message));
  for (const [role, refs] of Object.entries(law.value.provisions)) {
    refs.forEach((ref, i) => {
      if (!t.provisions.has(ref)) at(['provisions', role, i], noProvision(ref));
    });
  }
  law.value.identity_documents.forEach((d, i) => {
    if (!t.documents.has(d)) at(['identity_documents', i], noDocument(d));
  });
  law.value.fields.forEach((f, i) => {
    const doc = t.documents.get(f.document);
    if (!doc) at(['fields', i, 'document'], noDocument(f.document));
    else if (!doc.fields.some((x) => x.name === f.field)) at(['fields', i, 'field'], noField(f.document, f.field));
  });
  law.value.spt_deadlines.forEach((s, i) => {
    if (!t.provisions.has(s.provision)) at(['spt_deadlines', i, 'provision'], noProvision(s.provision));
  });
}

/** The ids and legal constants the code names. */
export const LAW_FILE = 'law.yaml';

const L = (id: string, en: string): Localized => ({ id, en });

/** A problem in a rule file, in both languages (the English one is `message`). */
function problem(file: string, line: number, text: Localized): SourceProblem {
  return { file, line, column: 1, message: text.en, text };
}
const noProvision = (ref: string) =>
  L(`ketentuan "${ref}" tidak ada di rules/instruments/`, `provision "${ref}" does not exist in rules/instruments/`);
const noDocument = (id: string) =>
  L(`jenis dokumen "${id}" tidak ada di rules/documents/`, `document type "${id}" does not exist in rules/documents/`);
const noField = (doc: string, field: string) =>
  L(`jenis dokumen "${doc}" tidak memiliki ruas "${field}"`, `document type "${doc}" has no field "${field}"`);

function listYaml(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new KualifikasiError('RULES_NOT_FOUND', { path: dir });
  }
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  // Every entry lies under `dir`: its relative path is a slice (path.relative costs ~1.5 ms over the rules).
  const prefix = path.join(dir, path.sep);
  const relative = (full: string) => (full.startsWith(prefix) ? full.slice(prefix.length) : path.relative(dir, full));
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => relative(path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
