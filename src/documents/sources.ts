// Where a bundle's files come from: a folder, or a .zip read in memory. A folder of folders (or of
// zips) is a pokja's whole tender: one bundle per entry. Zips are read defensively: no path leaves
// the archive, and entry count and sizes are bounded, so a zip bomb is refused, not unpacked.
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { KualifikasiError } from '../errors/catalogue.js';

export interface SourceFile {
  /** Path inside the bundle, "/"-separated. */
  rel: string;
  read: () => Promise<Uint8Array>;
}

export interface BundleSource {
  /** What the user named (folder or zip path). */
  path: string;
  files: SourceFile[];
  /** Entries that were skipped, with why (zip entries refused by the safety limits). */
  refused: Array<{ rel: string; reason: string }>;
}

export const ZIP_LIMITS = {
  maxEntries: 500,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxZipBytes: 256 * 1024 * 1024,
};

/** Expands the bundle arguments: a folder holding files is one bundle; a folder holding only folders/zips is many. */
export async function expandBundleArgs(args: readonly string[]): Promise<BundleSource[]> {
  const out: BundleSource[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw new KualifikasiError('BUNDLE_NOT_FOUND', { path: arg });
    if (info.isFile() && /\.zip$/i.test(arg)) {
      out.push(await zipSource(arg));
      continue;
    }
    if (!info.isDirectory()) throw new KualifikasiError('BUNDLE_NOT_DIRECTORY', { path: arg });
    const entries = (await readdir(arg, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
    const hasFiles = entries.some((e) => e.isFile() && !/\.zip$/i.test(e.name));
    const children = entries.filter((e) => e.isDirectory() || (e.isFile() && /\.zip$/i.test(e.name)));
    if (!hasFiles && children.length > 0) {
      for (const e of children.sort((a, b) => a.name.localeCompare(b.name))) {
        const p = path.join(arg, e.name);
        out.push(e.isDirectory() ? await dirSource(p) : await zipSource(p));
      }
    } else {
      out.push(await dirSource(arg));
    }
  }
  return out;
}

/** Every regular file below the folder, sorted, skipping hidden files. Symbolic links and special files are
 * never followed or opened (a link could point outside the bundle): they are listed as refused. */
export async function dirSource(dir: string): Promise<BundleSource> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const rel = (e: { parentPath: string; name: string }) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
  const visible = entries.filter(
    (e) =>
      !rel(e)
        .split('/')
        .some((part) => part.startsWith('.')),
  );
  const rels = visible
    .filter((e) => e.isFile())
    .map(rel)
    .sort();
  const refused = visible
    .filter((e) => !e.isFile() && !e.isDirectory())
    .map((e) => ({ rel: rel(e), reason: e.isSymbolicLink() ? 'symbolic link, not followed' : 'not a regular file' }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { path: dir, files: rels.map((r) => ({ rel: r, read: () => readBounded(path.join(dir, r)) })), refused };
}

/** Largest single file read from a folder (a zip entry is bounded by ZIP_LIMITS.maxEntryBytes). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Below this size a file is read in one blocking call, cheaper than the thread pool's four round trips. */
const SMALL_FILE_BYTES = 4 * 1024 * 1024;

async function readBounded(file: string): Promise<Uint8Array> {
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) throw Object.assign(new Error(`${size} bytes`), { code: 'EFBIG' });
  return size < SMALL_FILE_BYTES ? readFileSync(file) : readFile(file);
}

export async function zipSource(file: string): Promise<BundleSource> {
  const info = await stat(file);
  if (info.size > ZIP_LIMITS.maxZipBytes)
    return { path: file, files: [], refused: [{ rel: path.basename(file), reason: `zip larger than ${ZIP_LIMITS.maxZipBytes} bytes` }] };
  const bytes = await readFile(file);
  const refused: BundleSource['refused'] = [];
  let count = 0;
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        const rel = safeEntryName(f.name);
        if (rel === null) {
          if (!f.name.endsWith('/')) refused.push({ rel: f.name, reason: 'path leaves the archive' });
          return false;
        }
        count += 1;
        total += f.originalSize;
        if (count > ZIP_LIMITS.maxEntries) return refuse(refused, rel, `more than ${ZIP_LIMITS.maxEntries} entries`);
        if (f.originalSize > ZIP_LIMITS.maxEntryBytes) return refuse(refused, rel, `entry larger than ${ZIP_LIMITS.maxEntryBytes} bytes`);
        if (total > ZIP_LIMITS.maxTotalBytes) return refuse(refused, rel, `archive unpacks to more than ${ZIP_LIMITS.maxTotalBytes} bytes`);
        return true;
      },
    });
  } catch (e) {
    return { path: file, files: [], refused: [{ rel: path.basename(file), reason: `unreadable zip: ${(e as Error).message}` }] };
  }
  const files = Object.entries(entries)
    .map(([name, data]) => ({ rel: safeEntryName(name) as string, data }))
    .filter((e) => !e.rel.split('/').some((p) => p.startsWith('.')))
    .sort((a, b) => a.rel.localeCompare(b.rel))
    .map(({ rel, data }) => ({ rel, read: async () => data }));
  return { path: file, files, refused };
}

function refuse(refused: BundleSource['refused'], rel: string, reason: string): false {
  refused.push({ rel, reason });
  return false;
}

/** A zip entry name made safe: relative, no "..", no drive letters; null for directories and escapes. */
export function safeEntryName(name: string): string | null {
  if (name.endsWith('/')) return null;
  const parts = name.replace(/\\/g, '/').split('/');
  if (/^[a-zA-Z]:$/.test(parts[0] ?? '') || name.startsWith('/')) return null;
  if (parts.some((p) => p === '..')) return null;
  const rel = parts.filter((p) => p !== '' && p !== '.').join('/');
  return rel === '' ? null : rel;
}
