// A ruleset that passed validation, saved as JSON beside the text cache and keyed by the rules' sha256 and
// by this build of the tool. Loading it skips YAML parsing and schema validation (about two thirds of the
// start-up of `check` and `lint`). Nothing is trusted across builds or rule edits: a different rules tree or
// a rebuilt tool (build-id.ts) gives a different key, and a missing or unreadable snapshot only means a full load.
import path from 'node:path';
import { BUILD_ID } from '../build-id.js';
import { nameForPath, pruneOtherBuilds, readJson, sameFiles, trustworthy, writeAtomically, type FileStamp, type Fingerprint } from '../fingerprint.js';
import { withLaw, type Instrument, type ResolvedProvision, type Ruleset } from './load.js';
import type { DocumentType, LawFile, Provision, RequirementKind } from './schema.js';

const FORMAT = 2;

interface Snapshot {
  format: typeof FORMAT;
  sha256: string;
  documentsSha256: string;
  name: string;
  version: string;
  checkedAgainstOfficialText: boolean;
  reviewBy: string;
  law: LawFile;
  changelog: Ruleset['changelog'];
  instruments: Instrument[];
  provisions: Array<{ ref: string; instrument: string; provision: Provision }>;
  documents: DocumentType[];
  requirements: RequirementKind[];
  origins: Array<[string, string]>;
}

function fileOf(dir: string, sha256: string): string {
  return path.join(dir, 'rules', `v${FORMAT}-${BUILD_ID}`, `${sha256}.json`);
}

export function readSnapshot(dir: string, sha256: string, rulesDir: string): Ruleset | undefined {
  try {
    return restore(readJson(fileOf(dir, sha256)) as Snapshot, sha256, rulesDir);
  } catch {
    return undefined; // missing, unreadable or not ours: load in full
  }
}

function restore(s: Snapshot, sha256: string, rulesDir: string): Ruleset | undefined {
  if (s?.format !== FORMAT || s.sha256 !== sha256 || !Array.isArray(s.instruments)) return undefined;
  const instruments = new Map(s.instruments.map((i) => [i.id, i]));
  const provisions = new Map<string, ResolvedProvision>();
  for (const p of s.provisions) {
    const instrument = instruments.get(p.instrument);
    if (!instrument) return undefined;
    provisions.set(p.ref, { ref: p.ref, instrument, provision: p.provision });
  }
  return withLaw({
    dir: rulesDir,
    name: s.name,
    version: s.version,
    sha256,
    documentsSha256: s.documentsSha256,
    checkedAgainstOfficialText: s.checkedAgainstOfficialText,
    reviewBy: s.reviewBy,
    changelog: s.changelog,
    instruments,
    provisions,
    documents: new Map(s.documents.map((d) => [d.id, d])),
    requirements: new Map(s.requirements.map((k) => [k.id, k])),
    origins: new Map(s.origins),
    law: s.law,
  });
}

/** Best effort: a read-only or full disk costs the next run its speed, never a result. */
export function writeSnapshot(dir: string, r: Ruleset): void {
  const snapshot: Snapshot = {
    format: FORMAT,
    sha256: r.sha256,
    documentsSha256: r.documentsSha256,
    name: r.name,
    version: r.version,
    checkedAgainstOfficialText: r.checkedAgainstOfficialText,
    reviewBy: r.reviewBy,
    law: r.law,
    changelog: r.changelog,
    instruments: [...r.instruments.values()],
    provisions: [...r.provisions.values()].map((p) => ({ ref: p.ref, instrument: p.instrument.id, provision: p.provision })),
    documents: [...r.documents.values()],
    requirements: [...r.requirements.values()],
    origins: [...r.origins],
  };
  writeAtomically(fileOf(dir, r.sha256), JSON.stringify(snapshot));
  pruneOtherBuilds(path.join(dir, 'rules'), `v${FORMAT}-${BUILD_ID}`);
}

interface FingerprintFile {
  format: typeof FORMAT;
  rulesDir: string;
  sha256: string;
  files: FileStamp[];
}

/** One fingerprint per rules folder (fingerprint.ts), named by the folder's path. */
function fingerprintFileOf(dir: string, rulesDir: string): string {
  return path.join(dir, 'rules', `v${FORMAT}-${BUILD_ID}`, 'folders', `${nameForPath(rulesDir)}.json`);
}

/** The saved ruleset of a rules folder whose files are as they were when it was saved, read without reading them. */
export function readByFingerprint(dir: string, rulesDir: string, now: Fingerprint): Ruleset | undefined {
  const saved = readJson(fingerprintFileOf(dir, rulesDir)) as FingerprintFile | undefined;
  if (saved?.format !== FORMAT || saved.rulesDir !== path.resolve(rulesDir) || typeof saved.sha256 !== 'string' || !sameFiles(saved.files, now)) return undefined;
  return readSnapshot(dir, saved.sha256, rulesDir);
}

export function writeFingerprint(dir: string, rulesDir: string, fp: Fingerprint, sha256: string): void {
  if (!trustworthy(fp)) return;
  const file: FingerprintFile = { format: FORMAT, rulesDir: path.resolve(rulesDir), sha256, files: fp.files };
  writeAtomically(fingerprintFileOf(dir, rulesDir), JSON.stringify(file));
}
