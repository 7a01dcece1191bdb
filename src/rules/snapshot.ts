// A ruleset that passed validation, saved as JSON beside the text cache and keyed by the rules' sha256 and
// by this build of the tool. Loading it skips YAML parsing and schema validation (about two thirds of the
// start-up of `check` and `lint`). Nothing is trusted across builds or rule edits: a different rules tree or
// a rebuilt tool (build-id.ts) gives a different key, and a missing or unreadable snapshot only means a full load.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_ID } from '../build-id.js';
import type { Instrument, ResolvedProvision, Ruleset } from './load.js';
import type { DocumentType, Provision, RequirementKind } from './schema.js';

const FORMAT = 1;
const KEPT_BUILDS = 3;

interface Snapshot {
  format: typeof FORMAT;
  sha256: string;
  documentsSha256: string;
  name: string;
  version: string;
  checkedAgainstOfficialText: boolean;
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
    return restore(JSON.parse(readFileSync(fileOf(dir, sha256), 'utf8')) as Snapshot, sha256, rulesDir);
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
  return {
    dir: rulesDir,
    name: s.name,
    version: s.version,
    sha256,
    documentsSha256: s.documentsSha256,
    checkedAgainstOfficialText: s.checkedAgainstOfficialText,
    changelog: s.changelog,
    instruments,
    provisions,
    documents: new Map(s.documents.map((d) => [d.id, d])),
    requirements: new Map(s.requirements.map((k) => [k.id, k])),
    origins: new Map(s.origins),
  };
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
    changelog: r.changelog,
    instruments: [...r.instruments.values()],
    provisions: [...r.provisions.values()].map((p) => ({ ref: p.ref, instrument: p.instrument.id, provision: p.provision })),
    documents: [...r.documents.values()],
    requirements: [...r.requirements.values()],
    origins: [...r.origins],
  };
  writeAtomically(fileOf(dir, r.sha256), JSON.stringify(snapshot));
  pruneBuilds(path.join(dir, 'rules'));
}

/** Other builds' snapshots are of no use to this one; the newest few are kept for a second install. */
function pruneBuilds(rulesCache: string): void {
  try {
    const stale = readdirSync(rulesCache)
      .filter((d) => d !== `v${FORMAT}-${BUILD_ID}`)
      .map((d) => ({ d, at: statSync(path.join(rulesCache, d)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(KEPT_BUILDS - 1);
    for (const { d } of stale) rmSync(path.join(rulesCache, d), { recursive: true, force: true });
  } catch {
    // best effort
  }
}

function writeAtomically(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    // carry on without
  }
}

/**
 * What a rules folder's files look like on disk: path, size, modification and change times, inode. An edit,
 * a copy over it or a checkout changes the change time at least (no tool can set it back), so an equal
 * fingerprint means equal files, the rule git's index relies on. As in git, a file changed within the last
 * two seconds before the fingerprint was taken is never trusted ("racily clean"): its next edit could keep
 * all four the same.
 */
export interface Fingerprint {
  takenAt: number;
  files: Array<[rel: string, size: number, mtimeMs: number, ctimeMs: number, ino: number]>;
}

const RACY_MS = 2000;

export function fingerprintOf(rulesDir: string, files: readonly string[]): Fingerprint | undefined {
  const takenAt = Date.now();
  const out: Fingerprint['files'] = [];
  for (const rel of files) {
    const s = statSync(path.join(rulesDir, rel), { throwIfNoEntry: false });
    if (!s) return undefined;
    out.push([rel, s.size, s.mtimeMs, s.ctimeMs, s.ino]);
  }
  return { takenAt, files: out };
}

interface FingerprintFile {
  format: typeof FORMAT;
  rulesDir: string;
  sha256: string;
  files: Fingerprint['files'];
}

/** One fingerprint per rules folder, named by its path (no hash: hashing would load node:crypto). */
function fingerprintFileOf(dir: string, rulesDir: string): string {
  const name = path.resolve(rulesDir).replace(/[^A-Za-z0-9._-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
  return path.join(dir, 'rules', `v${FORMAT}-${BUILD_ID}`, 'folders', `${name.slice(-200)}.json`);
}

export function readByFingerprint(dir: string, rulesDir: string, now: Fingerprint): Ruleset | undefined {
  let saved: FingerprintFile;
  try {
    saved = JSON.parse(readFileSync(fingerprintFileOf(dir, rulesDir), 'utf8')) as FingerprintFile;
  } catch {
    return undefined;
  }
  if (saved?.format !== FORMAT || saved.rulesDir !== path.resolve(rulesDir) || !Array.isArray(saved.files)) return undefined;
  if (saved.files.length !== now.files.length) return undefined;
  for (const [i, f] of now.files.entries()) {
    const s = saved.files[i];
    if (!s || s.length !== f.length || s.some((v, j) => v !== f[j])) return undefined;
  }
  return readSnapshot(dir, saved.sha256, rulesDir);
}

/** Records the fingerprint, unless a file is too recently changed to be told apart from its next edit. */
export function writeFingerprint(dir: string, rulesDir: string, fp: Fingerprint, sha256: string): void {
  if (fp.files.some(([, , mtime, ctime]) => Math.max(mtime, ctime) > fp.takenAt - RACY_MS)) return;
  const file: FingerprintFile = { format: FORMAT, rulesDir: path.resolve(rulesDir), sha256, files: fp.files };
  writeAtomically(fingerprintFileOf(dir, rulesDir), JSON.stringify(file));
}
