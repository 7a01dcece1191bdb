// Knowing that files are unchanged without reading them, as git's index does: each file's size, modification
// and change times and inode. An edit, a copy over the file or a checkout changes the change time at least,
// and no tool can set it back, so an equal fingerprint means equal files. A file changed within two seconds
// before the fingerprint was taken is never trusted ("racily clean", as in git): its next edit could land in
// the same clock tick and keep all four the same.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type FileStamp = [file: string, size: number, mtimeMs: number, ctimeMs: number, ino: number];

export interface Fingerprint {
  takenAt: number;
  files: FileStamp[];
}

const RACY_MS = 2000;

/** The fingerprint of `files` (relative to `base`), or undefined if one cannot be read. */
export function fingerprintOf(base: string, files: readonly string[]): Fingerprint | undefined {
  const takenAt = Date.now();
  const out: FileStamp[] = [];
  for (const rel of files) {
    const s = statSync(path.resolve(base, rel), { throwIfNoEntry: false });
    if (!s) return undefined;
    out.push([rel, s.size, s.mtimeMs, s.ctimeMs, s.ino]);
  }
  return { takenAt, files: out };
}

export function sameFiles(saved: unknown, now: Fingerprint): boolean {
  if (!Array.isArray(saved) || saved.length !== now.files.length) return false;
  return now.files.every((f, i) => {
    const s: unknown = saved[i];
    return Array.isArray(s) && s.length === f.length && s.every((v, j) => v === f[j]);
  });
}

/** Whether the fingerprint may be recorded: no file changed too recently to be told apart from its next edit. */
export function trustworthy(fp: Fingerprint): boolean {
  return fp.files.every(([, , mtime, ctime]) => Math.max(mtime, ctime) <= fp.takenAt - RACY_MS);
}

/** A file name standing for a path, readable and without hashing (a hash would load node:crypto). */
export function nameForPath(p: string): string {
  return path
    .resolve(p)
    .replace(/[^A-Za-z0-9._-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)
    .slice(-200);
}

/** Cache files: written whole or not at all; a read-only or full disk only costs the next run its speed. */
export function writeAtomically(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    // carry on without
  }
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined; // missing, unreadable or damaged: the caller does the work instead
  }
}

/** How many builds' cache folders are kept: this one, and a few for other installs on the same machine. */
const KEPT_BUILDS = 3;

/** Removes the folders of older builds under `parent` (each named for its build), keeping `current` and the newest few. */
export function pruneOtherBuilds(parent: string, current: string): void {
  try {
    const stale = readdirSync(parent)
      .filter((d) => d !== current)
      .map((d) => ({ d, at: statSync(path.join(parent, d)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(KEPT_BUILDS - 1);
    for (const { d } of stale) rmSync(path.join(parent, d), { recursive: true, force: true });
  } catch {
    // best effort
  }
}
