// Tenders already read: a tender file whose fingerprint (fingerprint.ts) is unchanged, read under the same
// rules and build, is taken from here instead of being parsed and validated again. `lint` then starts
// without the YAML reader or zod; `check` too. Only valid tenders are kept, one entry per tender file; an
// edit, other rules or another build means a full read.
import path from 'node:path';
import { BUILD_ID } from '../build-id.js';
import { nameForPath, pruneOtherBuilds, readJson, sameFiles, trustworthy, writeAtomically, type FileStamp, type Fingerprint } from '../fingerprint.js';
import type { Ruleset } from '../rules/load.js';
import type { Requirement, Tender } from './load.js';

const FORMAT = 1;

interface Entry {
  format: typeof FORMAT;
  files: FileStamp[];
  rulesSha256: string;
  sha256: string;
  meta: Tender['meta'];
  requirements: Requirement[];
}

const entryFile = (cacheDir: string, file: string) => path.join(cacheDir, 'tenders', `v${FORMAT}-${BUILD_ID}`, `${nameForPath(file)}.json`);

export function readCachedTender(cacheDir: string, file: string, now: Fingerprint, ruleset: Ruleset): Tender | undefined {
  const e = readJson(entryFile(cacheDir, file)) as Entry | undefined;
  if (e?.format !== FORMAT || e.rulesSha256 !== ruleset.sha256 || !sameFiles(e.files, now)) return undefined;
  if (typeof e.sha256 !== 'string' || typeof e.meta !== 'object' || !Array.isArray(e.requirements)) return undefined;
  return { file, sha256: e.sha256, meta: e.meta, requirements: e.requirements };
}

export function saveTender(cacheDir: string, fp: Fingerprint, ruleset: Ruleset, tender: Tender): void {
  if (!trustworthy(fp)) return;
  const entry: Entry = { format: FORMAT, files: fp.files, rulesSha256: ruleset.sha256, sha256: tender.sha256, meta: tender.meta, requirements: tender.requirements };
  writeAtomically(entryFile(cacheDir, tender.file), JSON.stringify(entry));
  pruneOtherBuilds(path.join(cacheDir, 'tenders'), `v${FORMAT}-${BUILD_ID}`);
}
